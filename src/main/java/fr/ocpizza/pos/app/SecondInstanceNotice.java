package fr.ocpizza.pos.app;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * Tells the person who opened a second terminal that one is open already: on standard error
 * always, and in a small window when there is a screen to show it on.
 */
final class SecondInstanceNotice {

    private SecondInstanceNotice() {
    }

    static void show(String message) {
        System.err.println(message);
        if (!hasScreen()) {
            return;
        }
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.startup(() -> open(message, () -> {
                closed.countDown();
                Platform.exit();
            }));
            closed.await(10, TimeUnit.MINUTES);
        } catch (RuntimeException | Error e) {
            // No toolkit after all (a headless session): standard error has said it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Shows the notice and returns at once; {@code onClosed} runs when it is dismissed. Not
     * {@code showAndWait()}: called from {@link Platform#startup}'s runnable, a nested event loop
     * ran before the toolkit's first pulse, and the window stayed blank (seen under Xvfb).
     */
    static Alert open(String message, Runnable onClosed) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setTitle("OC Pizza — Terminal");
        alert.setHeaderText("Le terminal est déjà ouvert");
        alert.setOnHidden(event -> onClosed.run());
        alert.show();
        return alert;
    }

    private static boolean hasScreen() {
        if (Boolean.getBoolean("java.awt.headless")) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
    }

    private static boolean isSet(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }
}
