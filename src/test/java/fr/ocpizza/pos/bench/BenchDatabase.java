package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The benchmark's own database on a real PostgreSQL server: OCPIZZA_BENCH_DB_URL if set (a server
 * URL such as {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret}),
 * else the local server on 127.0.0.1:5432 as {@code postgres}. Created fresh (schema + demo data),
 * dropped by {@link #drop()}.
 */
record BenchDatabase(PostgresServer server, String name) {

    static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    static BenchDatabase create() {
        BenchDatabase db = existing("ocpizza_bench_" + UUID.randomUUID().toString().substring(0, 8));
        db.server().admin("CREATE DATABASE " + db.name());
        // Dropped by the caller when done; this hook only covers an interrupted run (Ctrl-C).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.drop();
            } catch (RuntimeException ignored) {
                // the server is gone: nothing left to drop
            }
        }));
        try {
            try (Database database = Database.connect(db.url(), db.user(), db.password(), 2)) {
                database.migrations().migrate();
                DemoData.seed(database.sessionFactory());
            }
            // Stock high enough never to run out during the run. A real restock would also write a
            // DELIVERY or INITIAL stock_movement row so that the ledger sums to the quantity; the
            // benchmark does not need the ledger to balance, so it sets the quantity directly.
            db.execute("UPDATE stock SET quantity = 1e8");
        } catch (RuntimeException | Error e) {
            db.drop();
            throw e;
        }
        return db;
    }

    /** A database of the same server by its name, as a run with {@code bench.keep=true} left it. */
    static BenchDatabase existing(String name) {
        String configured = System.getenv("OCPIZZA_BENCH_DB_URL");
        return new BenchDatabase(
                PostgresServer.parse(configured == null || configured.isBlank() ? DEFAULT_SERVER : configured), name);
    }

    String url() {
        return server.url(name);
    }

    String user() {
        return server.user();
    }

    String password() {
        return server.password();
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url(), user(), password()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("`" + sql + "` failed: " + e.getMessage(), e);
        }
    }

    void drop() {
        server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
