package fr.ocpizza.pos.domain.stock;

import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;

/** An ingredient's stock in a store, with its low-stock threshold. */
public record StockLevel(int storeId, int ingredientId, String ingredientCode, String ingredientName, Unit unit,
                         BigDecimal quantity, BigDecimal lowThreshold) {

    public StockStatus status() {
        if (quantity.signum() == 0) {
            return StockStatus.OUT;
        }
        return quantity.compareTo(lowThreshold) <= 0 ? StockStatus.LOW : StockStatus.OK;
    }
}
