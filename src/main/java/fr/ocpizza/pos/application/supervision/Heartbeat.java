package fr.ocpizza.pos.application.supervision;

import fr.ocpizza.pos.domain.supervision.TerminalStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One heartbeat of a desktop terminal: who it is, what it shows, and whether its connections
 * answer. The row of {@code terminal_heartbeat} and the message of {@code ocpizza:terminals}.
 *
 * @param workspace     {@code login}, {@code counter}, {@code kitchen}, {@code backoffice}, or the role's name
 * @param staffLogin    who is logged in, null at the login screen
 * @param lastEventAt   when this terminal last received a live event (null: none since it started)
 * @param stoppedAt     set by the last heartbeat of a terminal being closed
 */
public record Heartbeat(UUID terminalId, String hostname, int storeId, String workspace, String staffLogin,
                        String appVersion, Instant lastEventAt, UUID lastEventId, Long lastEventSeq,
                        boolean databaseUp, LiveUpdates liveUpdates, int periodSeconds, Instant startedAt,
                        Instant heartbeatAt, Instant stoppedAt) {

    /** The workspace of a terminal that shows its login screen. */
    public static final String LOGIN = "login";

    public Heartbeat {
        Objects.requireNonNull(terminalId);
        Objects.requireNonNull(hostname);
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(appVersion);
        Objects.requireNonNull(liveUpdates);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(heartbeatAt);
    }

    /** Online, late, offline or stopped at {@code now}. */
    public TerminalStatus status(Instant now) {
        return TerminalStatus.of(heartbeatAt, Duration.ofSeconds(periodSeconds), stoppedAt != null, now);
    }
}
