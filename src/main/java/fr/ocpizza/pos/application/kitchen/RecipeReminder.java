package fr.ocpizza.pos.application.kitchen;

import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * The pizzaiolo's reminder for one product size: what goes on one portion (quantities for that
 * size, in assembly order) and the product's steps, in order. For one half of a half-and-half
 * pizza, {@code half} is true and the quantities are those of half a portion.
 */
public record RecipeReminder(int productSizeId, String productName, String sizeCode, ProductCategory category,
                             List<Ingredient> ingredients, List<Step> steps, boolean half) {

    public RecipeReminder {
        ingredients = List.copyOf(ingredients);
        steps = List.copyOf(steps);
    }

    /** The same recipe for one half of a half-and-half: each quantity halved as the stock takes it. */
    public RecipeReminder halved() {
        if (half) {
            return this;
        }
        return new RecipeReminder(productSizeId, productName, sizeCode, category, ingredients.stream()
                .map(i -> new Ingredient(i.name(), ProductSize.half(i.quantity()), i.unit())).toList(), steps, true);
    }

    /** An ingredient of one portion: "Mozzarella fior di latte, 120 g". */
    public record Ingredient(String name, BigDecimal quantity, Unit unit) {
    }

    /** A preparation step, numbered from 1. */
    public record Step(int number, String instruction) {
    }
}
