package fr.ocpizza.pos.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The JavaFX dialogs: owned by the terminal's window, buttons worded by the bundle, Enter confirms. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private Stage stage;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new FxDialogService(Messages.forLocale(java.util.Locale.ENGLISH), FxDialogService::terminalWindow);
    }

    @Test
    void aConfirmationIsOwnedByTheWindowAndEnterConfirms(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("Discard", "Discard the basket?", "Discard", "Keep")));
        DialogPane pane = waitForDialog(robot);

        assertThat(pane.getScene().getWindow()).isInstanceOf(Stage.class);
        assertThat(((Stage) pane.getScene().getWindow()).getOwner()).isSameAs(stage);
        assertThat(pane.getContentText()).isEqualTo("Discard the basket?");
        assertThat(pane.getButtonTypes()).extracting(type -> ((Button) pane.lookupButton(type)).getText())
                .containsExactlyInAnyOrder("Discard", "Keep");
        robot.type(KeyCode.ENTER);

        assertThat(answer.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void escapeKeepsWhatAConfirmationWouldHaveDone(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("Discard", "Discard the basket?", "Discard", "Keep")));
        waitForDialog(robot);

        robot.type(KeyCode.ESCAPE);

        assertThat(answer.get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void anErrorIsAcknowledgedWithTheBundlesOk(FxRobot robot) throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            dialogs.showError("Export", "Cannot write into /media/usb.");
            closed.complete(null);
        });
        DialogPane pane = waitForDialog(robot);

        assertThat(pane.getContentText()).isEqualTo("Cannot write into /media/usb.");
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertThat(ok.getText()).isEqualTo(Messages.forLocale(java.util.Locale.ENGLISH).get("dialog.ok"));
        robot.interact(ok::fire);

        closed.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theTerminalWindowIsTheShownStage() throws Exception {
        Window window = WaitForAsyncUtils.asyncFx(FxDialogService::terminalWindow).get(5, TimeUnit.SECONDS);

        assertThat(window).isSameAs(stage);
    }

    private static DialogPane waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup(".dialog-pane").query();
        return (DialogPane) pane;
    }
}
