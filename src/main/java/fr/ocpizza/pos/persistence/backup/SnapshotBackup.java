package fr.ocpizza.pos.persistence.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a snapshot: every public table through {@code COPY ... TO STDOUT}, inside the caller's
 * REPEATABLE READ transaction, so that all tables, the schema version and the row counts are of
 * one instant while the shop keeps selling.
 */
final class SnapshotBackup {

    private SnapshotBackup() {
    }

    /** Writes the zip to {@code out} (not closed) and returns its manifest. */
    static SnapshotManifest write(Connection c, String appVersion, Clock clock, OutputStream out, BackupProgress progress)
            throws SQLException, IOException {
        String schemaVersion = PublicSchema.schemaVersion(c).orElseThrow(() -> new BackupException(
                "The database has no schema yet (no Flyway history): there is nothing to back up. Run `ocpizza db migrate` first."));
        String createdAt = clock.instant().toString();
        PublicSchema.fixTextFormat(c);
        Map<String, List<String>> tables = PublicSchema.tables(c);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<SnapshotManifest.TableEntry> entries = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
        // Level 1: COPY text compresses about 5:1 at level 1 already, and the backup runs beside the tills.
        zip.setLevel(Deflater.BEST_SPEED);
        for (var table : tables.entrySet()) {
            long started = System.nanoTime();
            String file = "tables/" + table.getKey() + ".copy";
            zip.putNextEntry(new ZipEntry(file));
            MessageDigest sha = sha256();
            long rows = copy.copyOut("COPY " + PublicSchema.qualified(table.getKey()) + " (" + columnList(table.getValue())
                    + ") TO STDOUT", new DigestOutputStream(new NonClosing(zip), sha));
            zip.closeEntry();
            entries.add(new SnapshotManifest.TableEntry(table.getKey(), file, table.getValue(), rows,
                    HexFormat.of().formatHex(sha.digest())));
            progress.table(table.getKey(), rows, Duration.ofNanos(System.nanoTime() - started));
        }
        SnapshotManifest manifest = new SnapshotManifest(SnapshotManifest.FORMAT, SnapshotManifest.FORMAT_VERSION, appVersion,
                createdAt, schemaVersion, serverVersion(c), entries, PublicSchema.sequences(c));
        zip.putNextEntry(new ZipEntry(SnapshotManifest.ENTRY));
        zip.write(manifest.toJson());
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(PublicSchema::quoted).toList());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String serverVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Lets COPY close "its" stream without closing the zip entry under it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
