package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.Money;

/**
 * An ingredient in the line editor: whether the pizza has it ({@code inRecipe}), the price of
 * one extra in this size (null when it cannot be added) and what the line does with it now.
 */
record ToppingChoice(int ingredientId, String name, boolean inRecipe, Money extraPrice, Change change) {

    enum Change { NONE, ADDED, REMOVED }

    boolean canBeAdded() {
        return extraPrice != null;
    }
}
