package fr.ocpizza.pos.application.menu;

import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product's recipe: per ingredient, the quantity one portion of each size takes
 * ({@code perSize}: size code → quantity), and the preparation steps in order.
 */
public record MenuRecipe(int productId, String productName, long version, List<String> sizeCodes, List<Line> lines,
                         List<String> steps) {

    public MenuRecipe {
        sizeCodes = List.copyOf(sizeCodes);
        lines = List.copyOf(lines);
        steps = List.copyOf(steps);
    }

    /** One ingredient of the recipe. */
    public record Line(int ingredientId, String ingredientName, Unit unit, Map<String, BigDecimal> perSize) {
        public Line {
            perSize = Map.copyOf(perSize);
        }
    }
}
