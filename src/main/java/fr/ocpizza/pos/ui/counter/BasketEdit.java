package fr.ocpizza.pos.ui.counter;

import java.util.List;
import java.util.Objects;

/**
 * One reversible change of the basket, in the manner of Scene Builder's {@code Job}: it is
 * executed once, then undone and redone by the {@link EditHistory}. Each works on the basket's
 * primitives (insert, remove, replace a line by its key) and prices the result; a change the menu
 * refuses (an extra this size does not offer) puts the basket back and answers false.
 */
abstract sealed class BasketEdit {

    /** What the cashier did, for "Annuler : …". */
    enum Kind { ADD, REMOVE, QUANTITY, SIZE, EXTRA, REMOVAL, HALF, NOTE, REPEAT }

    final BasketViewModel basket;
    final Kind kind;
    private final String description;

    BasketEdit(BasketViewModel basket, Kind kind, String description) {
        this.basket = Objects.requireNonNull(basket);
        this.kind = Objects.requireNonNull(kind);
        this.description = Objects.requireNonNull(description);
    }

    /** Applies the edit the first time; false when the menu refused it (nothing changed). */
    boolean execute() {
        return redo();
    }

    /** Puts the basket back as it was before the edit; false when the menu no longer allows it. */
    abstract boolean undo();

    /** Applies the edit again after an undo; false when the menu no longer allows it. */
    abstract boolean redo();

    String description() {
        return description;
    }

    /** Whether {@code next} continues this edit (letters typed in the same note) and was folded into it. */
    boolean absorb(BasketEdit next) {
        return false;
    }

    /** New lines at the end of the basket: a product touched, or a customer's last order repeated. */
    static final class AddLines extends BasketEdit {
        private final List<BasketLine> added;

        AddLines(BasketViewModel basket, Kind kind, String description, List<BasketLine> added) {
            super(basket, kind, description);
            this.added = List.copyOf(added);
        }

        @Override
        boolean undo() {
            return basket.change(() -> added.forEach(line -> basket.removeLine(line.key())),
                    () -> added.forEach(basket::appendLine), -1);
        }

        @Override
        boolean redo() {
            return basket.change(() -> added.forEach(basket::appendLine),
                    () -> added.forEach(line -> basket.removeLine(line.key())), added.get(added.size() - 1).key());
        }
    }

    /** A line taken out of the basket (put back where it was by undo). */
    static final class RemoveLine extends BasketEdit {
        private final BasketLine removed;
        private final int index;

        RemoveLine(BasketViewModel basket, String description, BasketLine removed, int index) {
            super(basket, Kind.REMOVE, description);
            this.removed = removed;
            this.index = index;
        }

        @Override
        boolean undo() {
            return basket.change(() -> basket.insertLine(index, removed), () -> basket.removeLine(removed.key()), removed.key());
        }

        @Override
        boolean redo() {
            return basket.change(() -> basket.removeLine(removed.key()), () -> basket.insertLine(index, removed), -1);
        }
    }

    /** A line changed in place: its quantity, size, extras, removals, second half or note. */
    static final class ChangeLine extends BasketEdit {
        private final BasketLine before;
        private BasketLine after;

        ChangeLine(BasketViewModel basket, Kind kind, String description, BasketLine before, BasketLine after) {
            super(basket, kind, description);
            this.before = before;
            this.after = after;
        }

        @Override
        boolean undo() {
            return basket.change(() -> basket.replaceLine(before), () -> basket.replaceLine(after), before.key());
        }

        @Override
        boolean redo() {
            return basket.change(() -> basket.replaceLine(after), () -> basket.replaceLine(before), after.key());
        }

        /** A note is typed letter by letter: the letters of one note are one edit. */
        @Override
        boolean absorb(BasketEdit next) {
            if (kind == Kind.NOTE && next instanceof ChangeLine change && change.kind == Kind.NOTE
                    && change.before.key() == before.key() && change.before.equals(after)) {
                after = change.after;
                return true;
            }
            return false;
        }
    }
}
