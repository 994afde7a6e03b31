package fr.ocpizza.pos.application.menu;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product's new recipe: per size code, ingredient id → quantity of one portion (the whole
 * recipe of that size: an ingredient left out is removed), and the preparation steps in order.
 */
public record RecipeChange(Map<String, Map<Integer, BigDecimal>> quantitiesBySize, List<String> steps) {

    public RecipeChange {
        quantitiesBySize = Map.copyOf(quantitiesBySize);
        steps = List.copyOf(steps);
    }
}
