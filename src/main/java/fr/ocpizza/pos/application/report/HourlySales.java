package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.domain.Money;

/**
 * A store's sales received in one hour of the day (0 to 23, the store's local time), summed over
 * every day of the period: when the rush comes. Hours without a sale have no row.
 */
public record HourlySales(int storeId, int hour, long orders, Money revenue) {

    public Money averageBasket() {
        return Baskets.average(revenue, orders);
    }
}
