package fr.ocpizza.pos.ui.counter;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The edits of the basket being typed, for Ctrl+Z / Ctrl+Y: Scene Builder's {@code JobManager}
 * in small. An edit is kept only when it changed the basket; a new edit forgets what was undone.
 * Emptied when the order is placed, discarded, or an order is loaded for modification. UI thread only.
 */
final class EditHistory {

    /** A lunch basket is a few lines: more than this is never undone by hand. */
    static final int LIMIT = 100;

    private final Deque<BasketEdit> done = new ArrayDeque<>();
    private final Deque<BasketEdit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    /** Executes the edit and keeps it; false when the basket refused it (nothing kept). */
    boolean perform(BasketEdit edit) {
        if (!edit.execute()) {
            return false;
        }
        if (done.isEmpty() || !done.peek().absorb(edit)) {
            done.push(edit);
            if (done.size() > LIMIT) {
                done.removeLast();
            }
        }
        undone.clear();
        update();
        return true;
    }

    /** Undoes the last edit; false when there is none or the menu no longer allows it. */
    boolean undo() {
        if (done.isEmpty() || !done.peek().undo()) {
            return false;
        }
        undone.push(done.pop());
        update();
        return true;
    }

    /** Redoes the last edit undone; false when there is none or the menu no longer allows it. */
    boolean redo() {
        if (undone.isEmpty() || !undone.peek().redo()) {
            return false;
        }
        done.push(undone.pop());
        update();
        return true;
    }

    void clear() {
        done.clear();
        undone.clear();
        update();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoDescription.set(done.isEmpty() ? "" : done.peek().description());
        redoDescription.set(undone.isEmpty() ? "" : undone.peek().description());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Ctrl+Z would undo ("Ajout de Reine M"); empty when nothing. */
    ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** What Ctrl+Y would redo; empty when nothing. */
    ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
