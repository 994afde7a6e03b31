package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.domain.Money;
import java.time.LocalDate;

/** A store's sales on one business day (its local calendar day); days without a sale have no row. */
public record DailySales(int storeId, LocalDate day, long orders, Money revenue) {

    public Money averageBasket() {
        return Baskets.average(revenue, orders);
    }
}
