package fr.ocpizza.pos.ui.shell;

import java.util.Objects;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;

/**
 * Locks the terminal when nobody has touched it for a while: every key, mouse or touch event
 * reaching the window restarts a {@link PauseTransition}; when it runs out while armed (someone
 * is logged in), {@code onIdle} runs. UI thread only; no thread, no polling, no I/O.
 * A zero delay disables the lock.
 */
public final class IdleLock implements AutoCloseable {

    /**
     * Entered and exited events are also fired by JavaFX itself when the screen changes under a
     * resting pointer (a kitchen ticket moving): they are not someone at the terminal.
     */
    private static final Set<EventType<?>> NOT_ACTIVITY = Set.of(MouseEvent.MOUSE_ENTERED, MouseEvent.MOUSE_EXITED,
            MouseEvent.MOUSE_ENTERED_TARGET, MouseEvent.MOUSE_EXITED_TARGET);

    private final Scene scene;
    private final java.time.Duration delay;
    private final PauseTransition countdown;
    private final EventHandler<InputEvent> activity = this::activity;
    private boolean armed;

    /**
     * @param scene  the window's scene, whose events count as activity
     * @param delay  how long without activity before locking; zero never locks
     * @param onIdle what locking means (back to the login), run on the UI thread
     */
    public IdleLock(Scene scene, java.time.Duration delay, Runnable onIdle) {
        this.scene = Objects.requireNonNull(scene);
        this.delay = Objects.requireNonNull(delay);
        Objects.requireNonNull(onIdle);
        if (delay.isNegative()) {
            throw new IllegalArgumentException("An idle delay cannot be negative: " + delay);
        }
        countdown = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        countdown.setOnFinished(event -> {
            armed = false;
            onIdle.run();
        });
        if (isEnabled()) {
            scene.addEventFilter(KeyEvent.ANY, activity);
            scene.addEventFilter(MouseEvent.ANY, activity);
            scene.addEventFilter(TouchEvent.ANY, activity);
        }
    }

    /** False when the delay is zero: the terminal never locks by itself. */
    public boolean isEnabled() {
        return !delay.isZero();
    }

    /** The configured delay, for the notice on the login screen. */
    public java.time.Duration delay() {
        return delay;
    }

    /** Someone logged in: start counting from now. */
    public void arm() {
        if (isEnabled()) {
            armed = true;
            countdown.playFromStart();
        }
    }

    /** Nobody is logged in any more (logout, lock, closing): stop counting. */
    public void disarm() {
        armed = false;
        countdown.stop();
    }

    /** Whether the countdown runs, i.e. someone is logged in and the lock is enabled. */
    public boolean isArmed() {
        return armed;
    }

    private void activity(InputEvent event) {
        if (armed && !NOT_ACTIVITY.contains(event.getEventType())) {
            countdown.playFromStart();
        }
    }

    /** Stops counting and stops listening to the scene. */
    @Override
    public void close() {
        disarm();
        scene.removeEventFilter(KeyEvent.ANY, activity);
        scene.removeEventFilter(MouseEvent.ANY, activity);
        scene.removeEventFilter(TouchEvent.ANY, activity);
    }
}
