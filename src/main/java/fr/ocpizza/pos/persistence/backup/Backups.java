package fr.ocpizza.pos.persistence.backup;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Backup and restore of one database, in either format ({@link BackupFormat}). A backup is written
 * to {@code FILE.part} and renamed when complete, so a half-written file never carries the
 * backup's name. A restore checks the file whole and the database (empty, same schema version)
 * before it writes anything, then writes in one transaction: all or nothing.
 */
public final class Backups {

    /** How the operator asked for the format of a backup. */
    public enum Choice {
        /** Snapshot for the embedded database; pg_dump for a server when a recent enough one is on the PATH. */
        AUTO, SNAPSHOT, PG_DUMP
    }

    /** What a backup or a restore did. */
    public record Outcome(Path file, BackupFormat format, String schemaVersion, int tables, long rows, long bytes,
                          Duration elapsed) {
    }

    static final String LOCK_TIMEOUT = "10s";
    static final String IN_USE = "The database is in use (a table stayed locked for " + LOCK_TIMEOUT + "): close every"
            + " terminal on it, then restore again. Nothing was restored.";

    private final DataSource dataSource;
    private final BackupTarget target;
    private final boolean embedded;
    private final Clock clock;
    private final PgDumpTools tools;

    public Backups(DataSource dataSource, BackupTarget target, boolean embedded, Clock clock) {
        this(dataSource, target, embedded, clock, PgDumpTools.onPath());
    }

    Backups(DataSource dataSource, BackupTarget target, boolean embedded, Clock clock, PgDumpTools tools) {
        this.dataSource = dataSource;
        this.target = target;
        this.embedded = embedded;
        this.clock = clock;
        this.tools = tools;
    }

    /** The version written into a snapshot's manifest: the jar's, or "development" when run from classes. */
    public static String appVersion() {
        String version = Backups.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    // ---------------------------------------------------------------- backup

    /** Writes a backup of the whole public schema to {@code file}, which must not exist yet. */
    public Outcome backup(Path file, Choice choice, BackupProgress progress) {
        if (Files.exists(file)) {
            throw new BackupException("File " + file + " already exists: choose another name (a backup never overwrites a file).");
        }
        long started = System.nanoTime();
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Connection c = dataSource.getConnection()) {
            BackupFormat format = chooseFormat(c, choice, progress);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                Outcome outcome = format == BackupFormat.SNAPSHOT ? writeSnapshot(c, file, part, progress)
                        : writePgDump(c, file, part, progress);
                c.commit();
                moveIntoPlace(part, file);
                return new Outcome(file, format, outcome.schemaVersion(), outcome.tables(), outcome.rows(), Files.size(file),
                        Duration.ofNanos(System.nanoTime() - started));
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new BackupException("The backup failed: " + e.getMessage() + ". No backup file was written.", e);
        } catch (IOException e) {
            throw new BackupException("Cannot write the backup to " + file + " (" + e.getMessage() + "). No backup file was written.", e);
        } finally {
            deleteQuietly(part);
        }
    }

    private BackupFormat chooseFormat(Connection c, Choice choice, BackupProgress progress) throws SQLException {
        if (choice == Choice.SNAPSHOT || (choice == Choice.AUTO && embedded)) {
            return BackupFormat.SNAPSHOT;
        }
        Optional<String> unusable = pgDumpUnusable(c);
        if (unusable.isEmpty()) {
            return BackupFormat.PG_DUMP;
        }
        if (choice == Choice.PG_DUMP) {
            throw new BackupException("Cannot back up with pg_dump: " + unusable.get() + ". Use --format snapshot, or install the"
                    + " PostgreSQL client tools of the server's version.");
        }
        progress.notice(unusable.get() + ": using the snapshot format instead (restorable by `ocpizza db restore`).");
        return BackupFormat.SNAPSHOT;
    }

    private Optional<String> pgDumpUnusable(Connection c) throws SQLException {
        if (tools.pgDump().isEmpty()) {
            return Optional.of("pg_dump is not on the PATH");
        }
        if (target.libpqParts().isEmpty()) {
            return Optional.of("db.url " + target.safeUrl() + " cannot be given to pg_dump (one host, one database only)");
        }
        int server = PublicSchema.serverMajorVersion(c);
        int client = PgDumpTools.majorVersion(tools.pgDump().get());
        if (client < server) {
            return Optional.of("pg_dump " + client + " is older than the server (PostgreSQL " + server + ")");
        }
        return Optional.empty();
    }

    private Outcome writeSnapshot(Connection c, Path file, Path part, BackupProgress progress) throws SQLException, IOException {
        SnapshotManifest manifest;
        try (FileOutputStream fileOut = new FileOutputStream(part.toFile());
             OutputStream out = new BufferedOutputStream(fileOut, 256 * 1024)) {
            manifest = SnapshotBackup.write(c, appVersion(), clock, out, progress);
            out.flush();
            fileOut.getFD().sync();
        }
        return new Outcome(file, BackupFormat.SNAPSHOT, manifest.schemaVersion(), manifest.tables().size(), manifest.totalRows(),
                0, Duration.ZERO);
    }

    private Outcome writePgDump(Connection c, Path file, Path part, BackupProgress progress) throws SQLException {
        String snapshot;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_export_snapshot()")) {
            rs.next();
            snapshot = rs.getString(1);
        }
        String version = PublicSchema.schemaVersion(c).orElseThrow(() -> new BackupException(
                "The database has no schema yet (no Flyway history): there is nothing to back up."));
        Map<String, List<String>> tables = PublicSchema.tables(c);
        Map<String, Long> rows = PublicSchema.tablesWithRows(c, tables.keySet());
        rows.put(PublicSchema.FLYWAY_HISTORY, count(c, PublicSchema.FLYWAY_HISTORY));
        tables.keySet().forEach(t -> rows.putIfAbsent(t, 0L));
        tools.dump(target, snapshot, part, progress, rows);
        return new Outcome(file, BackupFormat.PG_DUMP, version, tables.size(), rows.values().stream().mapToLong(Long::longValue).sum(),
                0, Duration.ZERO);
    }

    // ---------------------------------------------------------------- restore

    /**
     * Restores {@code file} (its format read from its first bytes) into this database. Refused,
     * with nothing written, when the file is damaged, when the database holds business rows and
     * {@code force} is not given, or when its schema version is not the backup's.
     */
    public Outcome restore(Path file, boolean force, BackupProgress progress) {
        long started = System.nanoTime();
        BackupFormat format = BackupFormat.detect(file);
        SnapshotManifest manifest = null;
        String version;
        if (format == BackupFormat.SNAPSHOT) {
            manifest = SnapshotRestore.verify(file);
            version = manifest.schemaVersion();
        } else {
            if (tools.pgRestore().isEmpty()) {
                throw new BackupException("Backup " + file + " was made with pg_dump: restoring it needs pg_restore (PostgreSQL"
                        + " client tools, of the dump's version or newer) on the PATH. Nothing was restored.");
            }
            version = tools.schemaVersion(file).orElseThrow(() -> new BackupException("Backup " + file
                    + " holds no Flyway history: it is not a backup of an OC Pizza database. Nothing was restored."));
        }
        try {
            boolean blank;
            try (Connection c = dataSource.getConnection()) {
                Map<String, List<String>> tables = PublicSchema.tables(c);
                blank = tables.isEmpty();
                if (!blank) {
                    requireRestorable(c, tables, version, force);
                }
            }
            if (format == BackupFormat.SNAPSHOT) {
                if (blank) {
                    // No connection held here: Flyway takes its own from the pool.
                    progress.notice("The database is blank: creating the schema at version " + version + " first.");
                    migrateTo(version);
                }
                try (Connection c = dataSource.getConnection()) {
                    requireSameTables(PublicSchema.tables(c), manifest, version);
                    loadInOneTransaction(c, file, manifest, progress);
                }
            } else {
                restoreWithPgRestore(file, !blank, progress);
            }
            try (Connection c = dataSource.getConnection()) {
                Map<String, List<String>> restored = PublicSchema.tables(c);
                long rows = PublicSchema.tablesWithRows(c, restored.keySet()).values().stream().mapToLong(Long::longValue).sum()
                        + count(c, PublicSchema.FLYWAY_HISTORY);
                return new Outcome(file, format, version, restored.size(), rows, Files.size(file),
                        Duration.ofNanos(System.nanoTime() - started));
            }
        } catch (SQLException e) {
            throw new BackupException("The restore failed and was rolled back, nothing was restored: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupException("Cannot read backup " + file + " (" + e.getMessage() + "). Nothing was restored.", e);
        }
    }

    /**
     * pg_restore, watched: its script sets lock_timeout to 0, so a table held by a running terminal
     * would keep it waiting for ever. A statement of it waiting on a lock longer than
     * {@link #LOCK_TIMEOUT} is cancelled, which rolls its single transaction back.
     */
    private void restoreWithPgRestore(Path file, boolean clean, BackupProgress progress) {
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                DaemonThreads.named("pg_restore-lock-watchdog-"));
        watchdog.scheduleWithFixedDelay(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_cancel_backend(pid) FROM pg_stat_activity"
                         + " WHERE datname = current_database() AND application_name = 'pg_restore' AND wait_event_type = 'Lock'"
                         + " AND now() - query_start > interval '" + LOCK_TIMEOUT + "'")) {
                while (rs.next()) {
                    cancelled.set(true);
                }
            } catch (SQLException | RuntimeException e) {
                // the next round tries again; pg_restore's own outcome decides
            }
        }, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        try {
            tools.restore(target, file, clean, progress, cancelled::get);
        } finally {
            watchdog.shutdownNow();
        }
    }

    private void requireRestorable(Connection c, Map<String, List<String>> tables, String version, boolean force) throws SQLException {
        Optional<String> current = PublicSchema.schemaVersion(c);
        if (current.isEmpty()) {
            throw new BackupException("The database at " + target.safeUrl() + " has tables but no Flyway history: it is not an"
                    + " OC Pizza database. Restore into an empty database. Nothing was restored.");
        }
        if (!MigrationVersion.fromVersion(current.get()).equals(MigrationVersion.fromVersion(version))) {
            throw new BackupException("The database at " + target.safeUrl() + " is at schema version " + current.get()
                    + " but the backup at version " + version + ": a restore needs the same version. Restore into an empty"
                    + " database (its schema is then created at version " + version + "; run `ocpizza db migrate` afterwards),"
                    + " or use a backup of version " + current.get() + ". Nothing was restored.");
        }
        Map<String, Long> rows = PublicSchema.tablesWithRows(c, tables.keySet());
        if (!rows.isEmpty() && !force) {
            String biggest = rows.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,d", e.getValue()))
                    .collect(Collectors.joining(", "));
            throw new BackupException("The database at " + target.safeUrl() + " is not empty: " + rows.size()
                    + " table(s) hold rows (" + biggest + (rows.size() > 4 ? ", ..." : "") + "). Restoring would replace"
                    + " all of it. Run again with --force to replace it, or restore into an empty database."
                    + " Nothing was restored.");
        }
    }

    private static void requireSameTables(Map<String, List<String>> tables, SnapshotManifest manifest, String version) {
        Map<String, List<String>> backedUp = manifest.tables().stream()
                .collect(Collectors.toMap(SnapshotManifest.TableEntry::name, SnapshotManifest.TableEntry::columns));
        if (!backedUp.equals(tables)) {
            String differ = java.util.stream.Stream.concat(tables.keySet().stream(), backedUp.keySet().stream()).distinct().sorted()
                    .filter(t -> !java.util.Objects.equals(tables.get(t), backedUp.get(t))).collect(Collectors.joining(", "));
            throw new BackupException("The database's tables differ from the backup's although both are at schema version "
                    + version + " (" + differ + "): restore into an empty database. Nothing was restored.");
        }
    }

    private void migrateTo(String version) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(version)).load();
        boolean known = Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getVersion() != null && m.getVersion().equals(MigrationVersion.fromVersion(version)));
        if (!known) {
            throw new BackupException("The backup is at schema version " + version + ", which this build does not know: restore"
                    + " it with the OC Pizza Terminal that made it, or a newer one. Nothing was restored.");
        }
        flyway.migrate();
    }

    private void loadInOneTransaction(Connection c, Path file, SnapshotManifest manifest, BackupProgress progress)
            throws SQLException, IOException {
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                // Terminals still connected would make TRUNCATE wait for ever: give up after a while and say so.
                s.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
            }
            SnapshotRestore.load(c, file, manifest, progress);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if ("55P03".equals(e.getSQLState())) {
                throw new BackupException(IN_USE, e);
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    // ---------------------------------------------------------------- files

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + PublicSchema.qualified(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void moveIntoPlace(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale .part is never taken for a backup, and the next daily run removes it
        }
    }
}
