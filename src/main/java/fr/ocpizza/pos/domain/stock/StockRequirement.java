package fr.ocpizza.pos.domain.stock;

import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.order.PricedLine;
import fr.ocpizza.pos.domain.order.PricedOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an order takes from stock: per ingredient, what one portion of each line takes
 * ({@link LinePortion#total}: the recipe of its size, or half of each half's recipe
 * ({@link ProductSize#half}), without the removed toppings, plus the extras) times its quantity.
 * Ingredients are kept in id order, the order in which stock rows are locked (no deadlock
 * between two terminals consuming the same ingredients).
 */
public record StockRequirement(int ingredientId, BigDecimal quantity, List<String> productLabels) {

    public static List<StockRequirement> of(Menu menu, PricedOrder order) {
        Map<Integer, BigDecimal> quantities = new TreeMap<>();
        Map<Integer, Set<String>> labels = new TreeMap<>();
        for (PricedLine line : order.lines()) {
            BigDecimal portions = BigDecimal.valueOf(line.quantity());
            Map<Integer, BigDecimal> perPortion =
                    LinePortion.of(menu, line.productSize(), line.secondHalf(), line.toppings()).total();
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
