package fr.ocpizza.pos.ui.kitchen;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Full screen for the kitchen display: F11 (or the toolbar button) toggles it; in kiosk mode
 * ({@code kitchen.kiosk=true}) the window opens full screen with no exit hint and Escape does not
 * leave it. Follows the workspace's node into its window, and lets go when the workspace closes.
 */
final class KioskMode {

    private final Node root;
    private final boolean kiosk;
    private final EventHandler<KeyEvent> f11 = event -> {
        if (event.getCode() == KeyCode.F11) {
            toggle();
            event.consume();
        }
    };
    private final ChangeListener<Scene> sceneChanged = (observable, before, after) -> attachTo(after);
    private final ChangeListener<Window> windowChanged = (observable, before, after) -> enterKioskIn(after);
    private Scene scene;

    KioskMode(Node root, boolean kiosk) {
        this.root = root;
        this.kiosk = kiosk;
    }

    void start() {
        root.sceneProperty().addListener(sceneChanged);
        attachTo(root.getScene());
    }

    /** Full screen on or off; nothing when the view is not in a window (yet). */
    void toggle() {
        Stage stage = stage();
        if (stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    /** Leaves full screen unless the terminal is a kiosk, and stops listening to F11. */
    void stop() {
        root.sceneProperty().removeListener(sceneChanged);
        Stage stage = stage();
        attachTo(null);
        if (!kiosk && stage != null && stage.isFullScreen()) {
            stage.setFullScreen(false);
        }
    }

    private void attachTo(Scene next) {
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, f11);
            scene.windowProperty().removeListener(windowChanged);
        }
        scene = next;
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, f11);
            scene.windowProperty().addListener(windowChanged);
            enterKioskIn(scene.getWindow());
        }
    }

    private void enterKioskIn(Window window) {
        if (kiosk && window instanceof Stage stage && !stage.isFullScreen()) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        }
    }

    private Stage stage() {
        return scene != null && scene.getWindow() instanceof Stage stage ? stage : null;
    }
}
