package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop application on a database a newer major release has migrated: it stops on the
 * failure screen with the French message before any screen of the terminal opens, and will exit
 * with the schema's own code.
 */
class SchemaRefusalStartupTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application application;

    @BeforeEach
    void registerStage() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApplication() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        DesktopApp.useConfigFile(null);
    }

    @Test
    void aDatabaseOfANewerMajorStopsTheStartWithWhatToDoAndExitCodeFour() throws Exception {
        try (TestDatabase database = TestPostgres.newDatabase()) {
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                        + " checksum, installed_by, execution_time, success) SELECT max(installed_rank) + 1, '200', 'next major',"
                        + " 'SQL', 'V200__next_major.sql', 0, 'newer-build', 1, true FROM flyway_schema_history");
            }
            Path config = folder.resolve("ocpizza.properties");
            Files.writeString(config, "db.url=" + database.url() + "\ndb.user=" + database.user() + "\nredis.url=\n",
                    StandardCharsets.UTF_8);
            DesktopApp.useOptions(new DesktopOptions(config, Optional.empty(), false));
            application = FxToolkit.setupApplication(DesktopApp.class);

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startupError").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup("#startupError").queryAs(Label.class).getText())
                    .startsWith("La base est au schéma 2.x (migration V200), cette version du terminal connaît 1.x");
            assertThat(robot.lookup("#keypad").tryQuery()).isEmpty();
            assertThat(DesktopApp.exitCode()).isEqualTo(Main.SCHEMA_MISMATCH);
            FxToolkit.cleanupApplication(application);
            application = null;
        }
    }
}
