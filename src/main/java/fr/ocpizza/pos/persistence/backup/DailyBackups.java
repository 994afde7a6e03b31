package fr.ocpizza.pos.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The daily backups' folder: their names ({@code ocpizza-2026-11-25-030000.backup}, local time),
 * which one is due, and keeping the newest few. Only files of that name are counted or deleted:
 * a backup the operator put there by hand under another name is left alone.
 */
public final class DailyBackups {

    /** A daily backup found in the folder: its file, when it was taken, its size. */
    public record Entry(Path file, LocalDateTime takenAt, long bytes) {
    }

    static final String PREFIX = "ocpizza-";
    static final String SUFFIX = ".backup";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile("ocpizza-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.backup");
    /** The scheduled run may start this late (the check runs every few minutes; the machine may be busy). */
    static final Duration CATCH_UP_WINDOW = Duration.ofHours(1);

    private final Path dir;
    private final LocalTime time;
    private final int keep;
    private final Clock clock;

    public DailyBackups(Path dir, LocalTime time, int keep, Clock clock) {
        this.dir = dir;
        this.time = time;
        this.keep = keep;
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    /** The name of a backup taken now. */
    public Path nextFile() {
        return dir.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + SUFFIX);
    }

    /** The daily backups in the folder, newest first. */
    public List<Entry> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> NAME.matcher(f.getFileName().toString()).matches()).toList()) {
                String stamp = file.getFileName().toString().substring(PREFIX.length(),
                        file.getFileName().toString().length() - SUFFIX.length());
                entries.add(new Entry(file, LocalDateTime.parse(stamp, STAMP), Files.size(file)));
            }
        } catch (IOException e) {
            throw new BackupException("Cannot list the backups in " + dir + " (" + e.getMessage() + ").", e);
        }
        entries.sort(Comparator.comparing(Entry::takenAt).reversed());
        return entries;
    }

    /** When the newest daily backup was taken, if any. */
    public Optional<Instant> lastBackup() {
        return list().stream().findFirst().map(e -> e.takenAt().atZone(clock.getZone()).toInstant());
    }

    /**
     * Whether a backup should run now: none yet; or the newest is 24 hours old or more (the
     * terminal was off at the scheduled time: the first check after the start catches up); or
     * today's scheduled time has just passed (within {@link #CATCH_UP_WINDOW}) with no backup since.
     */
    public boolean isDue() {
        Optional<Instant> last = lastBackup();
        if (last.isEmpty()) {
            return true;
        }
        Instant now = clock.instant();
        if (!Duration.between(last.get(), now).minus(Duration.ofDays(1)).isNegative()) {
            return true;
        }
        Instant scheduled = latestScheduledTime(now);
        return last.get().isBefore(scheduled) && now.isBefore(scheduled.plus(CATCH_UP_WINDOW));
    }

    /** Today's scheduled time if it has passed, else yesterday's. */
    Instant latestScheduledTime(Instant now) {
        ZoneId zone = clock.getZone();
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(time).atZone(zone);
        return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toInstant();
    }

    /** Deletes all but the {@code keep} newest daily backups, and any leftover {@code .part}; returns the deleted files. */
    public List<Path> prune() {
        List<Path> deleted = new ArrayList<>();
        List<Entry> entries = list();
        for (Entry old : entries.subList(Math.min(keep, entries.size()), entries.size())) {
            delete(old.file(), deleted);
        }
        try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(SUFFIX + ".part"))
                    .forEach(f -> delete(f, deleted));
        } catch (IOException e) {
            throw new BackupException("Cannot list the backups in " + dir + " (" + e.getMessage() + ").", e);
        }
        return deleted;
    }

    private static void delete(Path file, List<Path> deleted) {
        try {
            Files.deleteIfExists(file);
            deleted.add(file);
        } catch (IOException e) {
            throw new BackupException("Cannot delete old backup " + file + " (" + e.getMessage() + ").", e);
        }
    }
}
