package fr.ocpizza.pos.application.supervision;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This terminal's heartbeat, from start to close: every period, on a thread of its own, it writes
 * its row of {@code terminal_heartbeat} and publishes the same on {@code ocpizza:terminals}; the
 * last one, on {@link #close()}, says the terminal stopped. Either may fail (database or Redis
 * down): the other still goes out, and the next beat tries again. Never blocks its callers.
 */
public final class TerminalHeartbeat implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TerminalHeartbeat.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final TerminalIdentity identity;
    private final int storeId;
    private final String appVersion;
    private final Duration period;
    private final Clock clock;
    private final TerminalHeartbeats table;
    private final HeartbeatChannel channel;
    private final Supplier<LiveUpdates> liveProbe;
    private final LastEventSeen lastEvent;
    private final Instant startedAt;

    private volatile String workspace = Heartbeat.LOGIN;
    private volatile String staffLogin;
    private ScheduledExecutorService scheduler;
    /** Guarded by {@code this}: so that a failure is logged once, and its end too. */
    private boolean saveFailing;
    private boolean publishFailing;
    private boolean stopped;

    /**
     * @param liveProbe how live updates travel now; may block on a Redis PING
     */
    public TerminalHeartbeat(TerminalIdentity identity, int storeId, String appVersion, Duration period, Clock clock,
                             TerminalHeartbeats table, HeartbeatChannel channel, Supplier<LiveUpdates> liveProbe,
                             LastEventSeen lastEvent) {
        this.identity = Objects.requireNonNull(identity);
        this.storeId = storeId;
        this.appVersion = Objects.requireNonNull(appVersion);
        this.period = Objects.requireNonNull(period);
        this.clock = Objects.requireNonNull(clock);
        this.table = Objects.requireNonNull(table);
        this.channel = Objects.requireNonNull(channel);
        this.liveProbe = Objects.requireNonNull(liveProbe);
        this.lastEvent = Objects.requireNonNull(lastEvent);
        this.startedAt = clock.instant();
    }

    /** Beats now, then every period until {@link #close()}. */
    public synchronized void start() {
        if (scheduler != null || stopped) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("terminal-heartbeat-"));
        scheduler.scheduleAtFixedRate(this::beatSafely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Heartbeat of terminal {} ({}) every {} s", identity.terminalId(), identity.hostname(), period.toSeconds());
    }

    /**
     * What the terminal shows now: a workspace and who is logged in, or {@link Heartbeat#LOGIN} and
     * null. Any thread; the change goes out with an extra beat at once, on the heartbeat's thread.
     */
    public void showing(String workspaceShown, String loginOrNull) {
        workspace = Objects.requireNonNull(workspaceShown);
        staffLogin = loginOrNull;
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
        }
        if (running != null) {
            try {
                running.execute(this::beatSafely);
            } catch (RejectedExecutionException closing) {
                // The terminal is closing: its last beat says so.
            }
        }
    }

    /** Sends one heartbeat now, on the caller's thread (which it may block for seconds), and returns it. */
    public Heartbeat beat() {
        return beat(null);
    }

    private void beatSafely() {
        try {
            beat(null);
        } catch (RuntimeException e) {
            // An exception would cancel the schedule: the next beat must still go out.
            LOG.warn("Heartbeat failed", e);
        }
    }

    private synchronized Heartbeat beat(Instant stoppedAt) {
        LiveUpdates live;
        try {
            live = liveProbe.get();
        } catch (RuntimeException e) {
            live = LiveUpdates.REDIS_DOWN;
        }
        LastEventSeen.Seen seen = lastEvent.last();
        Instant now = clock.instant();
        Heartbeat beat = new Heartbeat(identity.terminalId(), identity.hostname(), storeId, workspace, staffLogin,
                appVersion, seen == null ? null : seen.receivedAt(), seen == null ? null : seen.eventId(),
                seen == null ? null : seen.seq(), true, live, (int) period.toSeconds(), startedAt, now, stoppedAt);
        try {
            table.save(beat);
            if (saveFailing) {
                LOG.info("Heartbeat written to the database again");
                saveFailing = false;
            }
        } catch (RuntimeException e) {
            if (!saveFailing) {
                LOG.warn("Cannot write the heartbeat to the database ({}); it still goes out on Redis", e.getMessage());
                saveFailing = true;
            }
            beat = new Heartbeat(beat.terminalId(), beat.hostname(), storeId, beat.workspace(), beat.staffLogin(),
                    appVersion, beat.lastEventAt(), beat.lastEventId(), beat.lastEventSeq(), false, live,
                    beat.periodSeconds(), startedAt, now, stoppedAt);
        }
        try {
            channel.publish(HeartbeatJson.write(beat));
            publishFailing = false;
        } catch (RuntimeException e) {
            if (!publishFailing) {
                LOG.info("Cannot publish the heartbeat on {} ({}); the database row is kept", HeartbeatChannel.NAME,
                        e.getMessage());
                publishFailing = true;
            }
        }
        return beat;
    }

    /** The period between two heartbeats. */
    public Duration period() {
        return period;
    }

    /** Stops the beats and sends the last one, marked stopped. Blocks up to a few seconds. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            running = scheduler;
            scheduler = null;
        }
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            beat(clock.instant());
            LOG.info("Last heartbeat sent: terminal {} stopped", identity.terminalId());
        } catch (RuntimeException e) {
            LOG.warn("The last heartbeat could not be sent", e);
        }
    }
}
