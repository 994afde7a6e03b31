package fr.ocpizza.pos.domain.order;

import java.util.Set;

/**
 * What the customer asks for on one line: a product size, how many, toppings added and removed
 * (ingredient ids), and a free note for the kitchen ("bien cuite").
 */
public record LineRequest(int productSizeId, int quantity, Set<Integer> addedIngredientIds,
                          Set<Integer> removedIngredientIds, String note) {

    public LineRequest {
        addedIngredientIds = Set.copyOf(addedIngredientIds);
        removedIngredientIds = Set.copyOf(removedIngredientIds);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static LineRequest of(int productSizeId, int quantity) {
        return new LineRequest(productSizeId, quantity, Set.of(), Set.of(), null);
    }
}
