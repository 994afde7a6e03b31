package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import javafx.scene.Node;

/**
 * A role's main screen inside the shell (counter, kitchen, back office, deliveries), opened for
 * one staff member's session. The shell puts {@link #view()} in its workspace area and calls
 * {@link #close()} when the staff member leaves, so that subscriptions and refreshers stop.
 * <p>
 * To add a workspace: write the class (usually an FXML view, its controller and its view
 * model), a factory for it beside {@code fr.ocpizza.pos.app.CounterViews}, and register it for
 * its role in {@code fr.ocpizza.pos.app.ViewFactory#workspaces()}.
 */
public interface Workspace extends AutoCloseable {

    /** The screen; called once, on the UI thread. */
    Node view();

    /**
     * Shown again, as it was left, to the same person after an idle lock: put the keyboard where
     * he expects it. The screen never left the window (UI thread).
     */
    default void resumed() {
    }

    /**
     * A workspace kept across logins (the terminal's counter) is handed the one who just logged
     * in: from now on it works under him, and starts afresh, nothing of the one before left
     * (UI thread). Workspaces opened per login are never called.
     */
    default void startSession(StaffPrincipal staff) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is opened per login");
    }

    /**
     * The one who was handed this kept workspace logged out (or another person's login closed his
     * locked session): forget his work now, not at the next login (UI thread).
     */
    default void endSession() {
    }

    /** Stops what the workspace started: event subscriptions, background refreshes. */
    @Override
    default void close() {
    }
}
