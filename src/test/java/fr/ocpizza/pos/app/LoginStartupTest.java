package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeats;
import fr.ocpizza.pos.application.supervision.TerminalIdentity;
import fr.ocpizza.pos.persistence.Database;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * The desktop application's own start, as {@code java -jar ocpizza.jar --config FILE} runs it:
 * "Démarrage…", services on a background thread, then the login; or a clear failure screen.
 */
class LoginStartupTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application application;

    @BeforeEach
    void registerStage() throws Exception {
        // The terminal keeps its id (supervision) in the data folder: this test's own, not the developer's.
        System.setProperty("ocpizza.data.dir", folder.resolve("data").toString());
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApplication() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        DesktopApp.useConfigFile(null);
        System.clearProperty("ocpizza.data.dir");
    }

    @Test
    void startsOnTheLoginAndACashierReachesTheCounter() throws Exception {
        try (TestDatabase database = TestPostgres.newDatabase()) {
            start(configFile(Map.of("db.url", database.url(), "db.user", database.user(),
                    "db.password", database.password(), "redis.url", "")));

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#keypad").tryQuery().isPresent());
            // The lookup ran on this thread while the UI thread attached the screen: let it finish.
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#login").write("caisse1");
            for (char digit : DemoData.CASHIER_PIN.toCharArray()) {
                robot.clickOn("#key" + digit);
            }
            robot.clickOn("#loginButton");

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#workspaceTitle").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#workspaceTitle").queryAs(Label.class).getText()).isEqualTo("Comptoir");
            // The started terminal sends its heartbeat: it is on the counter, with the cashier.
            try (Database db = database.connect()) {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new TerminalHeartbeats(db.sessionFactory()).latest(null)
                        .stream().anyMatch(beat -> "counter".equals(beat.workspace()) && "caisse1".equals(beat.staffLogin())));
            }
            assertThat(folder.resolve("data").resolve(TerminalIdentity.ID_FILE)).exists();
            FxToolkit.cleanupApplication(application);
            application = null;
        }
    }

    @Test
    void badSettingShowsWhatToDoUnderAFrenchHeadline() throws Exception {
        start(configFile(Map.of("store.id", "abc")));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startupError").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".title").queryAs(Label.class).getText()).isEqualTo("Le terminal n’a pas pu démarrer");
        assertThat(robot.lookup("#startupError").queryAs(Label.class).getText())
                .startsWith("Setting store.id=abc is not a whole number")
                .doesNotContain("Exception", "\tat ");
        assertThat(robot.lookup("#quitButton").tryQuery()).isPresent();
    }

    private void start(Path config) throws Exception {
        DesktopApp.useConfigFile(config);
        application = FxToolkit.setupApplication(DesktopApp.class);
    }

    private Path configFile(Map<String, String> values) throws Exception {
        Path file = folder.resolve("ocpizza.properties");
        String text = values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
