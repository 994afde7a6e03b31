package fr.ocpizza.pos.application.supervision;

import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chain's terminals as their heartbeats tell: for a store manager his pizzeria's, for a chain
 * manager (and the command line) all of them. Managers only.
 */
public final class TerminalSupervision {

    private static final Logger LOG = LoggerFactory.getLogger(TerminalSupervision.class);

    private final TerminalHeartbeats table;
    private final HeartbeatChannel channel;

    public TerminalSupervision(TerminalHeartbeats table, HeartbeatChannel channel) {
        this.table = Objects.requireNonNull(table);
        this.channel = Objects.requireNonNull(channel);
    }

    /** Reading only, with no live channel (the command line): {@link #watch} is refused. */
    public static TerminalSupervision readOnly(TerminalHeartbeats table) {
        return new TerminalSupervision(table, new HeartbeatChannel() {
            @Override
            public void publish(String message) {
                throw new UnsupportedOperationException("no live channel here");
            }

            @Override
            public AutoCloseable subscribe(Consumer<String> onMessage) {
                throw new UnsupportedOperationException("no live channel here");
            }
        });
    }

    /** The last heartbeat of each terminal the caller may see, from the database. */
    public List<Heartbeat> terminals(StaffPrincipal caller) {
        Permissions.VIEW_TERMINALS.checkRole(caller);
        return table.latest(caller.isChainManager() ? null : caller.storeId());
    }

    /**
     * Hands each new heartbeat the caller may see to {@code onBeat}, on the bus's thread, until
     * the result is closed. Messages that are not heartbeats are logged and skipped.
     */
    public AutoCloseable watch(StaffPrincipal caller, Consumer<Heartbeat> onBeat) {
        Permissions.VIEW_TERMINALS.checkRole(caller);
        return channel.subscribe(message -> {
            Heartbeat beat;
            try {
                beat = HeartbeatJson.read(message);
            } catch (IllegalArgumentException e) {
                LOG.warn("Skipped a message on {}: {}", HeartbeatChannel.NAME, e.getMessage());
                return;
            }
            if (caller.worksAt(beat.storeId())) {
                onBeat.accept(beat);
            }
        });
    }

    /** Offline first, then late, online and stopped; within a status by store and machine name. */
    public static Comparator<Heartbeat> byUrgency(Instant now) {
        return Comparator.<Heartbeat, Integer>comparing(beat -> beat.status(now).ordinal())
                .thenComparingInt(Heartbeat::storeId)
                .thenComparing(Heartbeat::hostname)
                .thenComparing(Heartbeat::terminalId);
    }
}
