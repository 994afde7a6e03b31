package fr.ocpizza.pos.domain.order;

import fr.ocpizza.pos.domain.Money;

/** A topping added (at a price) or removed (free) on a line. */
public record ToppingChange(int ingredientId, String ingredientName, Kind kind, Money price) {

    /** Added on top of the recipe, or taken out of it. */
    public enum Kind { ADD, REMOVE }
}
