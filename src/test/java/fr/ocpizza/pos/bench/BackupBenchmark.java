package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.persistence.EmbeddedPostgresServer;
import fr.ocpizza.pos.persistence.backup.BackupProgress;
import fr.ocpizza.pos.persistence.backup.BackupTarget;
import fr.ocpizza.pos.persistence.backup.Backups;
import fr.ocpizza.pos.testsupport.DatabaseFingerprint;
import fr.ocpizza.pos.testsupport.PostgresServer;
import fr.ocpizza.pos.testsupport.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backup and restore of a shop with {@code bench.orders} orders (50,000 by default, generated as
 * for the reports), in both formats against the PostgreSQL server, and in the snapshot format
 * against the embedded server (the daily backup's case). Each run restores into a fresh empty
 * database and the first run of each format checks that every table and sequence came back
 * identical. Prints the times (median of {@code bench.runs}, default 3) and the file sizes.
 */
public final class BackupBenchmark {

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("bench.orders", 50_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path dir = Files.createTempDirectory("ocpizza-backup-bench");

        BenchDatabase server = BenchDatabase.create();
        try {
            ReportBenchmark.generate(server, orders);
            System.out.println("| database | format | backup (s) | file (MB) | restore (s) | identical |");
            System.out.println("|---|---|---|---|---|---|");
            measure("server " + serverVersion(server), server, Backups.Choice.SNAPSHOT, false, null, runs, dir);
            // The restoring role is the database's owner, not a superuser: foreign keys checked row by row.
            String owner = "ocpizza_bench_owner";
            server.server().admin("DROP ROLE IF EXISTS " + owner);
            server.server().admin("CREATE ROLE " + owner + " LOGIN PASSWORD 'bench'");
            try {
                measure("server, restored by the database owner (not superuser)", server, Backups.Choice.SNAPSHOT, false, owner,
                        runs, dir);
            } finally {
                server.server().admin("DROP ROLE IF EXISTS " + owner);
            }
            measure("server " + serverVersion(server), server, Backups.Choice.PG_DUMP, false, null, runs, dir);
        } finally {
            server.drop();
        }

        Path embeddedDir = dir.resolve("pgdata");
        try (EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(embeddedDir, freePort())) {
            PostgresServer pg = PostgresServer.parse(embedded.jdbcUrl().replace("/ocpizza", "/postgres"));
            BenchDatabase db = new BenchDatabase(pg, EmbeddedPostgresServer.DATABASE);
            try (Database database = Database.connect(db.url(), db.user(), db.password(), 2)) {
                database.migrations().migrate();
                DemoData.seed(database.sessionFactory());
            }
            ReportBenchmark.generate(db, orders);
            measure("embedded " + serverVersion(db), db, Backups.Choice.SNAPSHOT, true, null, runs, dir);
        }
    }

    private static void measure(String label, BenchDatabase db, Backups.Choice format, boolean embedded, String owner, int runs,
                                Path dir)
            throws IOException {
        double[] backup = new double[runs];
        double[] restore = new double[runs];
        long bytes = 0;
        String identical = "";
        try (Database source = Database.connect(db.url(), db.user(), db.password(), 2)) {
            Backups backups = new Backups(source.dataSource(), new BackupTarget(db.url(), db.user(), db.password()), embedded,
                    Clock.systemUTC());
            for (int run = 0; run < runs; run++) {
                Path file = dir.resolve(format.name().toLowerCase(Locale.ROOT) + "-" + run + (embedded ? "-embedded" : "") + ".backup");
                Backups.Outcome written = backups.backup(file, format, BackupProgress.SILENT);
                backup[run] = written.elapsed().toMillis() / 1000.0;
                bytes = written.bytes();
                String name = "ocpizza_bench_restore_" + run;
                db.server().admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                db.server().admin("CREATE DATABASE " + name + (owner == null ? "" : " OWNER " + owner));
                String user = owner == null ? db.user() : owner;
                String password = owner == null ? db.password() : "bench";
                try {
                    String url = db.server().url(name);
                    try (Database target = Database.connect(url, user, password, 2)) {
                        Backups.Outcome restored = new Backups(target.dataSource(), new BackupTarget(url, user, password),
                                embedded, Clock.systemUTC()).restore(file, false, BackupProgress.SILENT);
                        restore[run] = restored.elapsed().toMillis() / 1000.0;
                    }
                    if (run == 0) {
                        Map<String, String> before = DatabaseFingerprint.of(new TestDatabase(db.url(), db.user(), db.password(), () -> { }));
                        Map<String, String> after = DatabaseFingerprint.of(new TestDatabase(url, user, password, () -> { }));
                        identical = before.equals(after) ? "yes (" + before.size() + " tables and sequences)" : "**no**";
                    }
                } finally {
                    db.server().admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    Files.deleteIfExists(file);
                }
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f (%s) | %.1f | %.2f (%s) | %s |%n", label, format.name().toLowerCase(Locale.ROOT),
                median(backup), all(backup), bytes / 1e6, median(restore), all(restore), identical);
    }

    private static String serverVersion(BenchDatabase db) {
        try (Database d = Database.connect(db.url(), db.user(), db.password(), 1);
             var c = d.dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT current_setting('server_version'), pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1).split(" ")[0] + ", " + rs.getString(2);
        } catch (java.sql.SQLException e) {
            return "?";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String all(double[] values) {
        List<String> each = new ArrayList<>();
        for (double v : values) {
            each.add(String.format(Locale.ROOT, "%.2f", v));
        }
        return String.join(", ", each);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
