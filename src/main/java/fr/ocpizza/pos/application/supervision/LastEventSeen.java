package fr.ocpizza.pos.application.supervision;

import fr.ocpizza.pos.application.live.StoreEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The last live event this terminal received, whatever screen it was for: the heartbeat reports
 * it, so that a terminal whose events stopped arriving shows in the back office. Thread-safe.
 */
public final class LastEventSeen {

    /** One received event: when it arrived here, its id and seq. */
    public record Seen(Instant receivedAt, UUID eventId, long seq) {
    }

    private final Clock clock;
    private volatile Seen last;

    public LastEventSeen(Clock clock) {
        this.clock = clock;
    }

    /** Called by the live feed's threads for each event read from a channel. */
    public void record(StoreEvent event) {
        last = new Seen(clock.instant(), event.eventId(), event.seq());
    }

    /** The last one, or null when none arrived since the start. */
    public Seen last() {
        return last;
    }
}
