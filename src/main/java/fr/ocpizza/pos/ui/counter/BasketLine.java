package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.ToppingChange;
import java.util.HashSet;
import java.util.Set;

/**
 * One line of the basket as the cashier builds it, before pricing. {@code key} identifies the
 * line while it is edited (its position changes when lines above are removed).
 */
record BasketLine(long key, int productSizeId, Integer secondHalfProductSizeId, int quantity,
                  Set<Integer> added, Set<Integer> removed, String note) {

    BasketLine {
        added = Set.copyOf(added);
        removed = Set.copyOf(removed);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    static BasketLine of(long key, int productSizeId) {
        return new BasketLine(key, productSizeId, null, 1, Set.of(), Set.of(), null);
    }

    static BasketLine of(long key, LineRequest request) {
        return new BasketLine(key, request.productSizeId(), request.secondHalfProductSizeId(), request.quantity(),
                request.addedIngredientIds(), request.removedIngredientIds(), request.note());
    }

    static BasketLine of(long key, OrderView.Line line) {
        Set<Integer> added = new HashSet<>();
        Set<Integer> removed = new HashSet<>();
        for (ToppingChange topping : line.toppings()) {
            (topping.kind() == ToppingChange.Kind.ADD ? added : removed).add(topping.ingredientId());
        }
        return new BasketLine(key, line.productSizeId(), line.secondHalfProductSizeId(), line.quantity(), added, removed,
                line.note());
    }

    LineRequest toRequest() {
        return new LineRequest(productSizeId, quantity, added, removed, note, secondHalfProductSizeId);
    }

    /** A product as it comes, which a second tap on the same product counts again. */
    boolean isPlain() {
        return secondHalfProductSizeId == null && added.isEmpty() && removed.isEmpty() && note == null;
    }

    BasketLine withQuantity(int newQuantity) {
        return new BasketLine(key, productSizeId, secondHalfProductSizeId, newQuantity, added, removed, note);
    }

    BasketLine withNote(String newNote) {
        return new BasketLine(key, productSizeId, secondHalfProductSizeId, quantity, added, removed, newNote);
    }

    BasketLine withSecondHalf(Integer secondHalf) {
        return new BasketLine(key, productSizeId, secondHalf, quantity, added, removed, note);
    }

    BasketLine withSize(int newProductSizeId, Integer newSecondHalf) {
        return new BasketLine(key, newProductSizeId, newSecondHalf, quantity, added, removed, note);
    }

    /** Adds the extra, or takes it back if it was added; an extra and a removal exclude each other. */
    BasketLine toggleExtra(int ingredientId) {
        Set<Integer> newAdded = new HashSet<>(added);
        Set<Integer> newRemoved = new HashSet<>(removed);
        if (!newAdded.remove(ingredientId)) {
            newAdded.add(ingredientId);
            newRemoved.remove(ingredientId);
        }
        return new BasketLine(key, productSizeId, secondHalfProductSizeId, quantity, newAdded, newRemoved, note);
    }

    /** Leaves the ingredient out ("sans"), or puts it back. */
    BasketLine toggleRemoval(int ingredientId) {
        Set<Integer> newAdded = new HashSet<>(added);
        Set<Integer> newRemoved = new HashSet<>(removed);
        if (!newRemoved.remove(ingredientId)) {
            newRemoved.add(ingredientId);
            newAdded.remove(ingredientId);
        }
        return new BasketLine(key, productSizeId, secondHalfProductSizeId, quantity, newAdded, newRemoved, note);
    }
}
