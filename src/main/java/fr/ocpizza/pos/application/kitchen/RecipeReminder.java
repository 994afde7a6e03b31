package fr.ocpizza.pos.application.kitchen;

import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pizzaiolo's reminder for one product size: what goes on one portion (quantities for that
 * size, in assembly order) and the product's steps, in order. For one half of a half-and-half
 * pizza, {@code half} is true and the quantities are those of half a portion. In the reminder of
 * a ticket line ({@link LineReminder}), a topping the customer removed is kept, marked
 * {@code removed}, with nothing to put on.
 */
public record RecipeReminder(int productSizeId, String productName, String sizeCode, ProductCategory category,
                             List<Ingredient> ingredients, List<Step> steps, boolean half) {

    public RecipeReminder {
        ingredients = List.copyOf(ingredients);
        steps = List.copyOf(steps);
    }

    /**
     * An ingredient of one portion: "Mozzarella fior di latte, 120 g".
     *
     * @param recipeQuantity what the recipe says for this size (or half)
     * @param quantity       what goes on, as the stock takes it: zero when removed
     * @param removed        the customer asked for the pizza without it
     */
    public record Ingredient(String name, BigDecimal recipeQuantity, BigDecimal quantity, Unit unit, boolean removed) {

        /** An ingredient as the recipe has it. */
        public Ingredient(String name, BigDecimal quantity, Unit unit) {
            this(name, quantity, quantity, unit, false);
        }
    }

    /** A preparation step, numbered from 1. */
    public record Step(int number, String instruction) {
    }
}
