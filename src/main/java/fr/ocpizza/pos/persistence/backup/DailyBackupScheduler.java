package fr.ocpizza.pos.persistence.backup;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily backup of the embedded database, on a background thread of its own: every few
 * minutes it asks {@link DailyBackups#isDue()}, and when due writes a snapshot and keeps the newest
 * few. A failure is logged as a warning and tried again an hour later; the cashier sees nothing.
 */
public final class DailyBackupScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DailyBackupScheduler.class);
    static final Duration CHECK_EVERY = Duration.ofMinutes(5);
    /** Leaves the start of the terminal (login, first screens) alone. */
    static final Duration FIRST_CHECK = Duration.ofMinutes(2);
    static final Duration RETRY_AFTER = Duration.ofHours(1);

    private final Backups backups;
    private final DailyBackups daily;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    private Instant notBefore = Instant.MIN;

    private DailyBackupScheduler(Backups backups, DailyBackups daily, Clock clock) {
        this.backups = backups;
        this.daily = daily;
        this.clock = clock;
        this.thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("daily-backup-", Thread.MIN_PRIORITY));
    }

    /** Starts checking in the background. */
    public static DailyBackupScheduler start(Backups backups, DailyBackups daily, Clock clock) {
        DailyBackupScheduler scheduler = new DailyBackupScheduler(backups, daily, clock);
        scheduler.thread.scheduleWithFixedDelay(scheduler::checkQuietly, FIRST_CHECK.toSeconds(), CHECK_EVERY.toSeconds(),
                TimeUnit.SECONDS);
        LOG.info("Daily backup of the embedded database on: into {}", daily.dir());
        return scheduler;
    }

    /**
     * The terminal's daily backup, or {@code null} when it has none: turned off, or a database
     * server (whose backups are its administrator's, not one terminal's).
     */
    public static DailyBackupScheduler startIfWanted(AppConfig config, Database database) {
        if (!database.isEmbedded() || !config.backupDailyEnabled()) {
            return null;
        }
        Clock clock = Clock.systemDefaultZone();
        Backups backups = new Backups(database.dataSource(), new BackupTarget(database.url(), "postgres", ""), true, clock);
        return start(backups, new DailyBackups(config.backupDir(), config.backupDailyTime(), config.backupKeep(), clock), clock);
    }

    /** Takes the backup if one is due; returns the file written, if any. Runs on the scheduler's thread (or a test's). */
    Path checkNow() {
        if (clock.instant().isBefore(notBefore) || !daily.isDue()) {
            return null;
        }
        Path file = daily.nextFile();
        try {
            Backups.Outcome outcome = backups.backup(file, Backups.Choice.SNAPSHOT, BackupProgress.SILENT);
            LOG.info("Daily backup written: {} ({} tables, {} rows, {} kB, {} ms)", file, outcome.tables(), outcome.rows(),
                    outcome.bytes() / 1024, outcome.elapsed().toMillis());
            List<Path> deleted = daily.prune();
            if (!deleted.isEmpty()) {
                LOG.info("Old backups deleted: {}", deleted);
            }
            return file;
        } catch (RuntimeException e) {
            notBefore = clock.instant().plus(RETRY_AFTER);
            LOG.warn("Daily backup to {} failed, next try in an hour: {}", file, e.getMessage(), e);
            return null;
        }
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log and keep going.
            LOG.warn("Daily backup check failed: {}", e.getMessage(), e);
        }
    }

    /** Stops the thread; a backup under way is interrupted and leaves only a .part file, removed next time. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The daily backup did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
