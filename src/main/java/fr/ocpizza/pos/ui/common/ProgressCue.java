package fr.ocpizza.pos.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Shows a progress node only when background work lasts: a lookup that answers in 50 ms must not
 * flash a spinner, one that takes a second must say that something is happening.
 */
public final class ProgressCue {

    /** Work shorter than this feels immediate: no cue. */
    public static final Duration DELAY = Duration.millis(300);

    private ProgressCue() {
    }

    /** Makes {@code cue} visible once {@code busy} has been true for {@link #DELAY}, hidden as soon as it is false. */
    public static void show(Node cue, ObservableBooleanValue busy) {
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
    }
}
