package fr.ocpizza.pos.domain.order;

import java.util.Set;

/**
 * What the customer asks for on one line: a product size, how many, toppings added and removed
 * (ingredient ids), and a free note for the kitchen ("bien cuite"). A half-and-half pizza names
 * its second half in {@code secondHalfProductSizeId} (a pizza of the same size); null otherwise.
 */
public record LineRequest(int productSizeId, int quantity, Set<Integer> addedIngredientIds,
                          Set<Integer> removedIngredientIds, String note, Integer secondHalfProductSizeId) {

    public LineRequest {
        addedIngredientIds = Set.copyOf(addedIngredientIds);
        removedIngredientIds = Set.copyOf(removedIngredientIds);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** A whole product (not half-and-half). */
    public LineRequest(int productSizeId, int quantity, Set<Integer> addedIngredientIds,
                       Set<Integer> removedIngredientIds, String note) {
        this(productSizeId, quantity, addedIngredientIds, removedIngredientIds, note, null);
    }

    public static LineRequest of(int productSizeId, int quantity) {
        return new LineRequest(productSizeId, quantity, Set.of(), Set.of(), null);
    }

    /** A pizza made of two halves of the same size, with no topping change. */
    public static LineRequest halfAndHalf(int firstHalfProductSizeId, int secondHalfProductSizeId, int quantity) {
        return new LineRequest(firstHalfProductSizeId, quantity, Set.of(), Set.of(), null, secondHalfProductSizeId);
    }

    public boolean isHalfAndHalf() {
        return secondHalfProductSizeId != null;
    }
}
