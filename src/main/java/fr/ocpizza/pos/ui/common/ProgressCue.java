package fr.ocpizza.pos.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Shows a progress node only when work lasts: a flicker for every quick read would draw the eye
 * for nothing, a wait of more than {@link #DELAY} with no sign looks like a frozen screen. UI thread.
 */
public final class ProgressCue {

    /** How long work runs before its cue shows. */
    public static final Duration DELAY = Duration.millis(300);

    private ProgressCue() {
    }

    /** Keeps {@code cue} hidden while {@code busy} is false, shown once it has been true for {@link #DELAY}. */
    public static void attach(Node cue, ObservableBooleanValue busy) {
        PauseTransition wait = new PauseTransition(DELAY);
        wait.setOnFinished(event -> cue.setVisible(busy.get()));
        cue.setVisible(false);
        busy.addListener((observable, before, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                cue.setVisible(false);
            }
        });
        if (busy.get()) {
            wait.playFromStart();
        }
    }
}
