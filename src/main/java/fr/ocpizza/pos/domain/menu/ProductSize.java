package fr.ocpizza.pos.domain.menu;

import fr.ocpizza.pos.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sellable item: a product in one size, with its price (VAT included), its VAT rate in
 * percent and its recipe (ingredient id → quantity consumed by one portion).
 */
public record ProductSize(int id, int productId, String productCode, String productName, ProductCategory category,
                          String sizeCode, Money price, BigDecimal vatRate, boolean available,
                          Map<Integer, BigDecimal> recipe) {

    /** Decimals of every recipe and stock quantity in the database ({@code numeric(…,3)}). */
    public static final int QUANTITY_SCALE = 3;

    public ProductSize {
        recipe = Map.copyOf(recipe);
    }

    /** "Regina (M)", or just the name for single-size products. */
    public String label() {
        return "U".equals(sizeCode) ? productName : productName + " (" + sizeCode + ")";
    }

    /** What half a portion consumes, for one half of a half-and-half pizza: {@link #half} of each quantity. */
    public Map<Integer, BigDecimal> halfRecipe() {
        Map<Integer, BigDecimal> half = new TreeMap<>();
        recipe.forEach((ingredientId, quantity) -> half.put(ingredientId, half(quantity)));
        return Collections.unmodifiableMap(half);
    }

    /**
     * Half a recipe quantity, rounded half-up to the database's 3 decimals, so that the stock, the
     * ledger and the online shop's SQL ({@code round(quantity / 2, 3)}) all hold the same number.
     * Every quantity of 2 decimals or fewer halves exactly (115 g → 57.5 g, 1 egg → 0.5); only an
     * odd last thousandth rounds (0.005 → 0.003).
     */
    public static BigDecimal half(BigDecimal quantity) {
        return quantity.divide(BigDecimal.valueOf(2), QUANTITY_SCALE, RoundingMode.HALF_UP);
    }
}
