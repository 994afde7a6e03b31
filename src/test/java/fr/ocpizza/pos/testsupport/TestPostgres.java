package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.persistence.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use: OCPIZZA_TEST_DB_URL if set (a server URL such as
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres), else the local server on 5432 when it
 * answers, else an embedded one started once for the test run. Each test class gets its own
 * database, copied from a template migrated and seeded once per run.
 */
public final class TestPostgres {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TEMPLATE = "ocpizza_tpl_" + RUN;
    private static Server server;
    private static boolean templateReady;

    /** Where to reach the server: an admin URL (database postgres), user and password. */
    private record Server(String host, int port, String user, String password) {
        String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    private TestPostgres() {
    }

    /** A fresh database with the schema and the demo data. Drop it with {@link TestDatabase#close()}. */
    public static synchronized TestDatabase newDatabase() {
        Server s = server();
        if (!templateReady) {
            createTemplate(s);
            templateReady = true;
        }
        String name = "ocpizza_t_" + RUN + "_" + UUID.randomUUID().toString().substring(0, 8);
        admin(s, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return new TestDatabase(s.url(name), s.user(), s.password(), () -> admin(s, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** A fresh database with nothing in it (migration and CLI tests). */
    public static synchronized TestDatabase newEmptyDatabase() {
        Server s = server();
        String name = "ocpizza_e_" + RUN + "_" + UUID.randomUUID().toString().substring(0, 8);
        admin(s, "CREATE DATABASE " + name);
        return new TestDatabase(s.url(name), s.user(), s.password(), () -> admin(s, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void createTemplate(Server s) {
        admin(s, "CREATE DATABASE " + TEMPLATE);
        try (Database database = Database.connect(s.url(TEMPLATE), s.user(), s.password(), 2)) {
            database.migrations().migrate();
            DemoData.seed(database.sessionFactory());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> admin(s, "DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)")));
    }

    private static Server server() {
        if (server != null) {
            return server;
        }
        String configured = System.getenv("OCPIZZA_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            server = parse(configured);
        } else if (answers("127.0.0.1", 5432, "postgres", "")) {
            server = new Server("127.0.0.1", 5432, "postgres", "");
        } else {
            server = startEmbedded();
        }
        return server;
    }

    private static Server parse(String jdbcUrl) {
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
        return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password);
    }

    private static boolean answers(String host, int port, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres?connectTimeout=2", user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Server startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(Files.createTempDirectory("ocpizza-test-pg"))
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
            return new Server("127.0.0.1", postgres.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
        }
    }

    private static void admin(Server s, String sql) {
        try (Connection connection = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed on `" + sql + "`: " + e.getMessage(), e);
        }
    }
}
