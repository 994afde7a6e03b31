package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.domain.Money;

/**
 * A store's sales over the period: orders not cancelled, their revenue (VAT included) and the
 * average basket. Cancelled orders are in {@link Cancellations}, never here.
 */
public record SalesSummary(int storeId, String storeName, long orders, Money revenue) {

    public Money averageBasket() {
        return Baskets.average(revenue, orders);
    }
}
