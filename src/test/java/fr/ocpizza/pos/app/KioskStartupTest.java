package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.ui.shell.TerminalWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The kitchen launcher's start ({@code --workspace kitchen --kiosk}): full screen, and the window's close request ignored. */
class KioskStartupTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application application;
    private Stage stage;

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApplication() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        WaitForAsyncUtils.asyncFx(() -> stage.setFullScreen(false)).get(5, TimeUnit.SECONDS);
        DesktopApp.useConfigFile(null);
    }

    @Test
    void theKitchenKioskOpensFullScreenAndIgnoresTheCloseRequest() throws Exception {
        try (TestDatabase database = TestPostgres.newDatabase()) {
            Path config = folder.resolve("ocpizza.properties");
            Files.writeString(config, "db.url=" + database.url() + "\ndb.user=" + database.user() + "\nredis.url=\n",
                    StandardCharsets.UTF_8);
            DesktopApp.useOptions(new DesktopOptions(config, Optional.of(TerminalWorkspace.KITCHEN), true));
            application = FxToolkit.setupApplication(DesktopApp.class);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#keypad").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(stage.isFullScreen()).isTrue();
            assertThat(stage.getFullScreenExitHint()).isEmpty();
            assertThat(robot.lookup("#terminalWorkspace").queryAs(Label.class).getText())
                    .isEqualTo("Terminal de la cuisine — Pizzaïolo ou Gérant");

            WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
                    .get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(stage.isShowing()).isTrue();
            assertThat(robot.lookup("#keypad").tryQuery()).isPresent();
            assertThat(robot.lookup("#closing").tryQuery()).isEmpty();
            FxToolkit.cleanupApplication(application);
            application = null;
        }
    }
}
