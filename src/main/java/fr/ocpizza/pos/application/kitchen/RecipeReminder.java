package fr.ocpizza.pos.application.kitchen;

import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pizzaiolo's reminder for one product size: what goes on one portion (quantities for that
 * size, in assembly order) and the product's steps, in order.
 */
public record RecipeReminder(int productSizeId, String productName, String sizeCode, ProductCategory category,
                             List<Ingredient> ingredients, List<Step> steps) {

    public RecipeReminder {
        ingredients = List.copyOf(ingredients);
        steps = List.copyOf(steps);
    }

    /** An ingredient of one portion: "Mozzarella fior di latte, 120 g". */
    public record Ingredient(String name, BigDecimal quantity, Unit unit) {
    }

    /** A preparation step, numbered from 1. */
    public record Step(int number, String instruction) {
    }
}
