package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.persistence.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
    private static PostgresServer server;
    private static boolean templateReady;

    private TestPostgres() {
    }

    /** A fresh database with the schema and the demo data. Drop it with {@link TestDatabase#close()}. */
    public static synchronized TestDatabase newDatabase() {
        PostgresServer s = server();
        if (!templateReady) {
            createTemplate(s);
            templateReady = true;
        }
        String name = "ocpizza_t_" + RUN + "_" + UUID.randomUUID().toString().substring(0, 8);
        s.admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return new TestDatabase(s.url(name), s.user(), s.password(), () -> s.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** A fresh database with nothing in it (migration and CLI tests). */
    public static synchronized TestDatabase newEmptyDatabase() {
        PostgresServer s = server();
        String name = "ocpizza_e_" + RUN + "_" + UUID.randomUUID().toString().substring(0, 8);
        s.admin("CREATE DATABASE " + name);
        return new TestDatabase(s.url(name), s.user(), s.password(), () -> s.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void createTemplate(PostgresServer s) {
        s.admin("CREATE DATABASE " + TEMPLATE);
        try (Database database = Database.connect(s.url(TEMPLATE), s.user(), s.password(), 2)) {
            database.migrations().migrate();
            DemoData.seed(database.sessionFactory());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> s.admin("DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)")));
    }

    private static PostgresServer server() {
        if (server != null) {
            return server;
        }
        String configured = System.getenv("OCPIZZA_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            server = PostgresServer.parse(configured);
        } else if (answers("127.0.0.1", 5432, "postgres", "")) {
            server = new PostgresServer("127.0.0.1", 5432, "postgres", "", "postgres");
        } else {
            server = startEmbedded();
        }
        return server;
    }

    private static boolean answers(String host, int port, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres?connectTimeout=2", user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static PostgresServer startEmbedded() {
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
            return new PostgresServer("127.0.0.1", postgres.getPort(), "postgres", "", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
        }
    }

}
