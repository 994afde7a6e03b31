package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.persistence.Database;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The benchmark's own database on a real PostgreSQL server: OCPIZZA_BENCH_DB_URL if set (a server
 * URL such as {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret}),
 * else the local server on 127.0.0.1:5432 as {@code postgres}. Created fresh (schema + demo data),
 * dropped by {@link #drop()}.
 */
record BenchDatabase(String host, int port, String user, String password, String adminDatabase, String name) {

    static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    static BenchDatabase create() {
        String configured = System.getenv("OCPIZZA_BENCH_DB_URL");
        BenchDatabase db = parse(configured == null || configured.isBlank() ? DEFAULT_SERVER : configured,
                "ocpizza_bench_" + UUID.randomUUID().toString().substring(0, 8));
        db.admin("CREATE DATABASE " + db.name());
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

    private static BenchDatabase parse(String jdbcUrl, String name) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String user = "postgres";
        String password = "";
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].toLowerCase(Locale.ROOT).equals("user")) {
                    user = kv[1];
                } else if (kv[0].toLowerCase(Locale.ROOT).equals("password")) {
                    password = kv[1];
                }
            }
        }
        String admin = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new BenchDatabase(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, admin, name);
    }

    String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url(), user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("`" + sql + "` failed: " + e.getMessage(), e);
        }
    }

    void drop() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + adminDatabase, user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmark database setup failed on `" + sql + "`: " + e.getMessage(), e);
        }
    }
}
