package fr.ocpizza.pos.domain.menu;

import fr.ocpizza.pos.domain.Money;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One sellable item: a product in one size, with its price (VAT included), its VAT rate in
 * percent and its recipe (ingredient id → quantity consumed by one portion).
 */
public record ProductSize(int id, int productId, String productCode, String productName, ProductCategory category,
                          String sizeCode, Money price, BigDecimal vatRate, boolean available,
                          Map<Integer, BigDecimal> recipe) {

    public ProductSize {
        recipe = Map.copyOf(recipe);
    }

    /** "Regina (M)", or just the name for single-size products. */
    public String label() {
        return "U".equals(sizeCode) ? productName : productName + " (" + sizeCode + ")";
    }
}
