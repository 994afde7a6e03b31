package fr.ocpizza.pos.application.kitchen;

import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * The recipe reminder of one ticket line, with the customer's changes: the recipe of its size,
 * or of each half at half quantities (first half first), removed toppings marked and at zero,
 * then the extras at the quantity of the line's size. Quantities are those of one portion, as
 * {@link fr.ocpizza.pos.domain.stock.LinePortion} takes them from stock.
 *
 * @param quantity how many of these the line asks for
 */
public record LineReminder(int quantity, List<RecipeReminder> recipes, List<Extra> extras) {

    public LineReminder {
        recipes = List.copyOf(recipes);
        extras = List.copyOf(extras);
    }

    /**
     * A topping added on top of the recipe, for the whole pizza.
     *
     * @param inRecipe the recipe's own quantity of it (summed over the halves), zero when the
     *                 recipe has none: the pizza then gets {@code inRecipe + quantity}
     */
    public record Extra(String name, BigDecimal quantity, Unit unit, BigDecimal inRecipe) {

        public BigDecimal total() {
            return inRecipe.add(quantity);
        }
    }
}
