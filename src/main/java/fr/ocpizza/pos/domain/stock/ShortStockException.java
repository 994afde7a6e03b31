package fr.ocpizza.pos.domain.stock;

import fr.ocpizza.pos.domain.PosException;
import java.math.BigDecimal;

/** An order needs more of an ingredient than the store has; nothing was written. */
public class ShortStockException extends PosException {

    private final String ingredientName;
    private final String productLabels;

    public ShortStockException(String ingredientName, String unit, String productLabels, BigDecimal needed,
                               BigDecimal available) {
        super("error.shortStock",
                "Not enough " + ingredientName + " for " + productLabels + ": " + needed.stripTrailingZeros().toPlainString()
                        + " " + unit + " needed, " + available.stripTrailingZeros().toPlainString() + " " + unit
                        + " in stock. Nothing was recorded: change the order or record a delivery.",
                ingredientName, productLabels, needed.stripTrailingZeros().toPlainString(),
                available.stripTrailingZeros().toPlainString(), unit);
        this.ingredientName = ingredientName;
        this.productLabels = productLabels;
    }

    public String ingredientName() {
        return ingredientName;
    }

    public String productLabels() {
        return productLabels;
    }
}
