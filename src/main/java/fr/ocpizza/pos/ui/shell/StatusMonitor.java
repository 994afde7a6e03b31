package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes the connections at a fixed delay on its own background thread and hands each result to
 * the UI thread. The probe does network I/O (a database round trip, a Redis PING), which is why
 * this is not a JavaFX timeline.
 */
public final class StatusMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusMonitor.class);

    private final Supplier<ConnectionStatus> probe;
    private final Duration period;
    private final Executor uiThread;
    private final Consumer<ConnectionStatus> listener;
    private ScheduledExecutorService scheduler;

    /**
     * @param probe    checks the connections; may block for a few seconds
     * @param period   delay between the end of one probe and the start of the next
     * @param uiThread hands work to the UI thread ({@code Platform::runLater})
     * @param listener receives each result on the UI thread
     */
    public StatusMonitor(Supplier<ConnectionStatus> probe, Duration period, Executor uiThread,
                         Consumer<ConnectionStatus> listener) {
        this.probe = Objects.requireNonNull(probe);
        this.period = Objects.requireNonNull(period);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Probes now, then every period until {@link #close()}. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("status-monitor-"));
        scheduler.scheduleWithFixedDelay(this::probeOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probeOnce() {
        try {
            ConnectionStatus status = probe.get();
            uiThread.execute(() -> listener.accept(status));
        } catch (RuntimeException e) {
            // An exception would cancel the schedule: the status bar must keep refreshing.
            LOG.warn("Connection probe failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
