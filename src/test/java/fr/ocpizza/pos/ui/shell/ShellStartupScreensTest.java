package fr.ocpizza.pos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.ui.common.Messages;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The screen a terminal shows when it cannot start: French headline, what to do, Quit. */
@ExtendWith(ApplicationExtension.class)
class ShellStartupScreensTest {

    private static final String WHAT_TO_DO = "Setting store.id=abc is not a whole number (set it in the config file or OCPIZZA_STORE_ID).";

    private final AtomicBoolean quit = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(StartupScreens.failed(Messages.french(), WHAT_TO_DO, () -> quit.set(true)), 1024, 700));
        stage.show();
    }

    @Test
    void failureShowsAFrenchHeadlineWhatToDoAndAQuitButton(FxRobot robot) {
        assertThat(robot.lookup(".title").queryAs(Label.class).getText()).isEqualTo("Le terminal n’a pas pu démarrer");
        assertThat(robot.lookup("#startupError").queryAs(Label.class).getText()).isEqualTo(WHAT_TO_DO);

        robot.clickOn("#quitButton");

        assertThat(quit).isTrue();
    }
}
