package fr.ocpizza.pos.domain.stock;

import fr.ocpizza.pos.domain.menu.ProductSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many portions of a product size the current stock allows, and the ingredient that limits
 * it. Each figure is for that product alone: two products sharing mozzarella compete for it.
 */
public record Availability(ProductSize productSize, int portions, Optional<Integer> limitingIngredientId) {

    public static Availability of(ProductSize size, Map<Integer, BigDecimal> stockByIngredient) {
        if (!size.available() || size.recipe().isEmpty()) {
            return new Availability(size, 0, Optional.empty());
        }
        int portions = Integer.MAX_VALUE;
        Integer limiting = null;
        for (Map.Entry<Integer, BigDecimal> item : size.recipe().entrySet()) {
            BigDecimal inStock = stockByIngredient.getOrDefault(item.getKey(), BigDecimal.ZERO);
            int possible = inStock.divide(item.getValue(), 0, RoundingMode.FLOOR)
                    .min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
            if (possible < portions || (possible == portions && limiting != null && item.getKey() < limiting)) {
                portions = possible;
                limiting = item.getKey();
            }
        }
        return new Availability(size, portions, Optional.ofNullable(limiting));
    }

    public static List<Availability> all(List<ProductSize> sizes, Map<Integer, BigDecimal> stockByIngredient) {
        return sizes.stream()
                .map(size -> of(size, stockByIngredient))
                .sorted(Comparator.comparing((Availability a) -> a.productSize().category())
                        .thenComparing(a -> a.productSize().productName())
                        .thenComparing(a -> sizeRank(a.productSize().sizeCode())))
                .toList();
    }

    private static int sizeRank(String sizeCode) {
        return "SMLU".indexOf(sizeCode);
    }
}
