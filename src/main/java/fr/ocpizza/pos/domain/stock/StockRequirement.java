package fr.ocpizza.pos.domain.stock;

import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.order.PricedLine;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.order.ToppingChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an order takes from stock: per ingredient, the recipe quantity of each line's size
 * times its quantity, plus the extras added, minus the recipe quantity of removed toppings.
 * A half-and-half pizza takes half of each half's recipe ({@link ProductSize#half}, summed when
 * both halves use an ingredient); its extras cover the whole pizza (full extra quantity) and a
 * removed topping comes out of both halves. Ingredients are kept in id order, the order in which stock rows are locked (no deadlock
 * between two terminals consuming the same ingredients).
 */
public record StockRequirement(int ingredientId, BigDecimal quantity, List<String> productLabels) {

    public static List<StockRequirement> of(Menu menu, PricedOrder order) {
        Map<Integer, BigDecimal> quantities = new TreeMap<>();
        Map<Integer, Set<String>> labels = new TreeMap<>();
        for (PricedLine line : order.lines()) {
            BigDecimal portions = BigDecimal.valueOf(line.quantity());
            Map<Integer, BigDecimal> perPortion = new TreeMap<>();
            if (line.isHalfAndHalf()) {
                line.productSize().halfRecipe().forEach((id, quantity) -> perPortion.merge(id, quantity, BigDecimal::add));
                line.secondHalf().halfRecipe().forEach((id, quantity) -> perPortion.merge(id, quantity, BigDecimal::add));
            } else {
                perPortion.putAll(line.productSize().recipe());
            }
            for (ToppingChange topping : line.toppings()) {
                if (topping.kind() == ToppingChange.Kind.REMOVE) {
                    perPortion.remove(topping.ingredientId());
                } else {
                    ExtraTopping extra = menu.extra(topping.ingredientId(), line.productSize().sizeCode()).orElseThrow();
                    perPortion.merge(topping.ingredientId(), extra.quantity(), BigDecimal::add);
                }
            }
            perPortion.forEach((ingredientId, quantity) -> {
                quantities.merge(ingredientId, quantity.multiply(portions), BigDecimal::add);
                labels.computeIfAbsent(ingredientId, id -> new LinkedHashSet<>()).add(line.label());
            });
        }
        List<StockRequirement> requirements = new ArrayList<>();
        quantities.forEach((id, quantity) ->
                requirements.add(new StockRequirement(id, quantity, List.copyOf(labels.get(id)))));
        return Collections.unmodifiableList(requirements);
    }
}
