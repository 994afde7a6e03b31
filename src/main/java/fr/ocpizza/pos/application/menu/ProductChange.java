package fr.ocpizza.pos.application.menu;

import fr.ocpizza.pos.domain.Money;
import java.math.BigDecimal;
import java.util.Map;

/** What the back office changes on a product: its prices per size id, VAT rate and availability. */
public record ProductChange(Map<Integer, Money> pricesBySizeId, BigDecimal vatRate, boolean available) {

    public ProductChange {
        pricesBySizeId = Map.copyOf(pricesBySizeId);
    }
}
