package fr.ocpizza.pos.ui.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Kiosk mode: full screen from the start, no exit hint, Escape ignored, F11 toggles. */
@ExtendWith(ApplicationExtension.class)
class KitchenKioskTest {

    private Stage stage;
    private StackPane workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = new StackPane();
        stage.setScene(new Scene(new StackPane(workspace), 1280, 800));
        stage.show();
    }

    /** The primary stage is shared by the UI tests of the run: give it back as it was. */
    @AfterEach
    void leaveFullScreen() {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setFullScreen(false);
            stage.setFullScreenExitHint(null);
            stage.setFullScreenExitKeyCombination(null);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aKioskOpensFullScreenAndOnlyF11LeavesIt(FxRobot robot) {
        KioskMode kiosk = new KioskMode(workspace, true);
        robot.interact(kiosk::start);

        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getFullScreenExitHint()).isEmpty();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isFalse();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();

        robot.interact(kiosk::stop);
        assertThat(stage.isFullScreen()).as("a kiosk stays full screen for the next login").isTrue();
    }

    @Test
    void withoutKioskF11TogglesAndClosingTheWorkspaceLeavesFullScreen(FxRobot robot) {
        KioskMode mode = new KioskMode(workspace, false);
        robot.interact(mode::start);
        assertThat(stage.isFullScreen()).isFalse();

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();

        robot.interact(mode::stop);
        assertThat(stage.isFullScreen()).isFalse();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).as("F11 belongs to the kitchen only while it is open").isFalse();
    }
}
