package fr.ocpizza.pos.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Reads a snapshot back: first checks the whole file (manifest, every table's row count and
 * SHA-256) without touching the database, then loads it in the caller's transaction.
 */
final class SnapshotRestore {

    private SnapshotRestore() {
    }

    /** The manifest of a file whose every table matches it; a damaged or truncated file is refused. */
    static SnapshotManifest verify(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(SnapshotManifest.ENTRY);
            if (manifestEntry == null) {
                throw damaged(file, "it has no manifest.json");
            }
            SnapshotManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = SnapshotManifest.read(in);
            }
            if (!SnapshotManifest.FORMAT.equals(manifest.format())) {
                throw damaged(file, "its manifest is not an OC Pizza snapshot's");
            }
            if (manifest.formatVersion() > SnapshotManifest.FORMAT_VERSION) {
                throw new BackupException("Backup " + file + " is of snapshot format " + manifest.formatVersion()
                        + " (made by OC Pizza Terminal " + manifest.appVersion() + "); this build reads format "
                        + SnapshotManifest.FORMAT_VERSION + " only: restore it with that version or newer. Nothing was restored.");
            }
            for (SnapshotManifest.TableEntry table : manifest.tables()) {
                ZipEntry entry = zip.getEntry(table.file());
                if (entry == null) {
                    throw damaged(file, "table " + table.name() + " is missing");
                }
                MessageDigest sha = SnapshotBackup.sha256();
                long lines = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        sha.update(buffer, 0, n);
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '\n') {
                                lines++;
                            }
                        }
                    }
                }
                if (lines != table.rows() || !HexFormat.of().formatHex(sha.digest()).equals(table.sha256())) {
                    throw damaged(file, "table " + table.name() + " does not match its checksum");
                }
            }
            return manifest;
        } catch (IOException e) {
            // ZipFile reports a truncated file as "zip END header not found", a damaged one as a bad CRC or block.
            throw damaged(file, e.getMessage());
        }
    }

    private static BackupException damaged(Path file, String why) {
        return new BackupException("Backup " + file + " is damaged or incomplete (" + why + "): nothing was restored."
                + " Use another backup (the daily ones are kept in backup.dir).");
    }

    /**
     * Replaces the content of the manifest's tables with the file's, in the caller's transaction:
     * emptied in one TRUNCATE, loaded parents first (foreign keys stay checked), the tables' own
     * triggers off while loading (the rows already carry what they computed), sequences set last.
     */
    static void load(Connection c, Path file, SnapshotManifest manifest, BackupProgress progress) throws SQLException, IOException {
        Map<String, SnapshotManifest.TableEntry> byName = manifest.tables().stream()
                .collect(Collectors.toMap(SnapshotManifest.TableEntry::name, t -> t));
        List<String> order = PublicSchema.dependencyOrder(c, byName.keySet()).orElse(null);
        // As a superuser (the embedded database, most servers' postgres), replica mode skips the
        // foreign-key checks and the tables' triggers for this transaction: the rows come from one
        // consistent snapshot whose checksums were just verified, and checking every reference one
        // by one is most of the restore's time (docs/benchmarks.md). Otherwise, parents first with checks on.
        boolean replica = PublicSchema.isSuperuser(c);
        if (order == null && !replica) {
            throw new BackupException("The schema's foreign keys go round in a circle: restoring it needs a superuser"
                    + " (SET session_replication_role). Nothing was restored.");
        }
        if (order == null) {
            order = List.copyOf(new java.util.TreeSet<>(byName.keySet()));
        }
        Set<String> triggered = new java.util.TreeSet<>();
        PublicSchema.fixTextFormat(c);
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + order.stream().map(PublicSchema::qualified).collect(Collectors.joining(", ")));
            if (replica) {
                s.execute("SET LOCAL session_replication_role = replica");
            } else {
                triggered.addAll(PublicSchema.tablesWithUserTriggers(c));
                triggered.retainAll(byName.keySet());
                for (String table : triggered) {
                    s.execute("ALTER TABLE " + PublicSchema.qualified(table) + " DISABLE TRIGGER USER");
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (String name : order) {
                    SnapshotManifest.TableEntry table = byName.get(name);
                    long started = System.nanoTime();
                    long rows;
                    try (InputStream in = zip.getInputStream(zip.getEntry(table.file()))) {
                        rows = copy.copyIn("COPY " + PublicSchema.qualified(name) + " (" + SnapshotBackup.columnList(table.columns())
                                + ") FROM STDIN", in);
                    }
                    if (rows != table.rows()) {
                        throw new BackupException("Table " + name + " loaded " + rows + " rows where the backup lists "
                                + table.rows() + ": nothing was restored.");
                    }
                    progress.table(name, rows, Duration.ofNanos(System.nanoTime() - started));
                }
            }
            for (String table : triggered) {
                s.execute("ALTER TABLE " + PublicSchema.qualified(table) + " ENABLE TRIGGER USER");
            }
        }
        try (PreparedStatement setval = c.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
            for (SnapshotManifest.SequenceValue sequence : manifest.sequences()) {
                setval.setString(1, PublicSchema.qualified(sequence.name()));
                setval.setLong(2, sequence.lastValue());
                setval.setBoolean(3, sequence.isCalled());
                setval.execute();
            }
        }
    }
}
