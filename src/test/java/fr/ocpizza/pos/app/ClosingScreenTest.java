package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Closing says what it does: "Fermeture…", then how many events it sent before the database closed. */
class ClosingScreenTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theClosingScreenCountsTheEventsSent() throws Exception {
        try (TestDatabase database = TestPostgres.newDatabase()) {
            Path config = folder.resolve("ocpizza.properties");
            Files.writeString(config, "db.url=" + database.url() + "\ndb.user=" + database.user() + "\nredis.url="
                    + TestRedis.url() + "\nevents.outbox.poll.millis=60000\n", StandardCharsets.UTF_8);
            DesktopApp.useConfigFile(config);
            Application application = FxToolkit.setupApplication(DesktopApp.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#keypad").tryQuery().isPresent());
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                 Statement statement = connection.createStatement()) {
                // Past the relay's first cycle (it holds the leader lock): what follows waits for closing.
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                    try (var rs = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
                        return rs.next() && rs.getLong(1) > 0;
                    }
                });
                Thread.sleep(300);
                statement.executeUpdate("UPDATE outbox_event SET published_at = now() WHERE published_at IS NULL");
                statement.executeUpdate("INSERT INTO outbox_event (event_id, store_id, topic, type, payload) VALUES"
                        + " (gen_random_uuid(), 1, 'orders', 'CLOSING_SCREEN_TEST', '{\"storeId\": 1}'),"
                        + " (gen_random_uuid(), 1, 'orders', 'CLOSING_SCREEN_TEST', '{\"storeId\": 1}')");
            }

            FxToolkit.cleanupApplication(application); // JavaFX's stop(): the closing sequence

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#closingProgress").tryQuery()
                    .map(label -> ((Label) label).getText().startsWith("Événements envoyés")).orElse(false));
            assertThat(robot.lookup("#closingProgress").queryAs(Label.class).getText())
                    .isEqualTo("Événements envoyés : 2. Fermeture de la base de données…");
        } finally {
            DesktopApp.useConfigFile(null);
        }
    }
}
