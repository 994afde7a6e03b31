package fr.ocpizza.pos.domain.stock;

import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.order.ToppingChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one portion of an order line takes from stock, part by part: the recipe of its size (or
 * of each half, at half quantities), the toppings the customer removed, and the extras added.
 * The one place of that rule: {@link StockRequirement} takes {@link #total()} from stock, and the
 * kitchen's recipe reminder shows the parts, so that the two cannot disagree.
 * <p>
 * A removed topping comes out of every part that has it; an extra covers the whole pizza, at the
 * extra quantity of the line's size.
 *
 * @param parts   the whole recipe, or the two halves, first half first
 * @param removed ingredient ids taken out of the recipe
 * @param extras  ingredient id → quantity added on top, in ingredient id order
 */
public record LinePortion(List<Part> parts, Set<Integer> removed, Map<Integer, BigDecimal> extras) {

    public LinePortion {
        parts = List.copyOf(parts);
        removed = Collections.unmodifiableSet(new TreeSet<>(removed));
        extras = Collections.unmodifiableMap(new TreeMap<>(extras));
    }

    /**
     * One recipe as it goes on the pizza: ingredient id → quantity of the recipe for that size
     * (halved for one half), in ingredient id order, removed toppings included (see
     * {@link #takes}).
     */
    public record Part(ProductSize size, boolean half, Map<Integer, BigDecimal> recipe) {
        public Part {
            recipe = Collections.unmodifiableMap(new TreeMap<>(recipe));
        }
    }

    /** The portion of a line of {@code size} (and {@code secondHalf}, null for a whole product). */
    public static LinePortion of(Menu menu, ProductSize size, ProductSize secondHalf, List<ToppingChange> toppings) {
        List<Part> parts = new ArrayList<>();
        if (secondHalf == null) {
            parts.add(new Part(size, false, size.recipe()));
        } else {
            parts.add(new Part(size, true, size.halfRecipe()));
            parts.add(new Part(secondHalf, true, secondHalf.halfRecipe()));
        }
        Set<Integer> removed = new TreeSet<>();
        Map<Integer, BigDecimal> extras = new TreeMap<>();
        for (ToppingChange topping : toppings) {
            if (topping.kind() == ToppingChange.Kind.REMOVE) {
                removed.add(topping.ingredientId());
            } else {
                ExtraTopping extra = menu.extra(topping.ingredientId(), size.sizeCode()).orElseThrow();
                extras.merge(topping.ingredientId(), extra.quantity(), BigDecimal::add);
            }
        }
        return new LinePortion(parts, removed, extras);
    }

    /** What this part's ingredient takes from stock: nothing once removed, else the recipe's quantity. */
    public BigDecimal takes(int ingredientId, BigDecimal recipeQuantity) {
        return removed.contains(ingredientId) ? BigDecimal.ZERO : recipeQuantity;
    }

    /**
     * Per ingredient, what one portion takes from stock: the parts' quantities summed, removed
     * toppings left out (no zero rows), extras added. Ingredient id order.
     */
    public Map<Integer, BigDecimal> total() {
        Map<Integer, BigDecimal> total = new TreeMap<>();
        for (Part part : parts) {
            part.recipe().forEach((id, quantity) -> {
                if (!removed.contains(id)) {
                    total.merge(id, quantity, BigDecimal::add);
                }
            });
        }
        extras.forEach((id, quantity) -> total.merge(id, quantity, BigDecimal::add));
        return Collections.unmodifiableMap(total);
    }
}
