package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the terminal's own store rolled up ahead of the reports, on a background thread: a few
 * minutes after the terminal starts, then every hour, it rolls up the closed days of the last
 * {@value #DAYS_KEPT_AHEAD} days that are not yet. Without it the first report over a long period
 * would roll up every day itself (about 25 ms a store-day here: 9 s for a store's year, 46 s for the
 * chain's). The days are the store's whatever the person logged in: it is the terminal's
 * housekeeping, not a read of anyone's figures, so it asks no permission.
 */
public final class ReportRollupJob implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRollupJob.class);
    /** A year and a month: a year compared with the year before starts here. */
    static final int DAYS_KEPT_AHEAD = 400;

    private final ReportRollup rollup;
    private final int storeId;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public ReportRollupJob(SessionFactory sessions, int storeId, Clock clock) {
        this.rollup = new ReportRollup(sessions);
        this.storeId = storeId;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Runs after {@code delay}, then every {@code period}, until {@link #close()}. */
    public synchronized void start(Duration delay, Duration period) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("report-rollup-", Thread.MIN_PRIORITY));
        scheduler.scheduleWithFixedDelay(this::runOnce, delay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Rolls up what is missing now and returns how many days; a failure is logged, never thrown. */
    public int runOnce() {
        LocalDate today = LocalDate.now(clock);
        try {
            long start = System.nanoTime();
            int days = rollup.closeDays(ReportScope.store(storeId),
                    Period.of(today.minusDays(DAYS_KEPT_AHEAD - 1), today));
            if (days > 0) {
                LOG.info("Report rollup: {} day(s) of store {} rolled up in {} ms", days, storeId,
                        (System.nanoTime() - start) / 1_000_000);
            }
            return days;
        } catch (RuntimeException e) {
            // The reports roll up what they need themselves: a missed run only makes them slower.
            LOG.warn("Report rollup of store {} failed; the next run or report will try again", storeId, e);
            return 0;
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
