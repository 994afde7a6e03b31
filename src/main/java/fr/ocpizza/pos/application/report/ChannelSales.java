package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.Channel;

/** A store's sales through one channel (counter, phone, online shop). */
public record ChannelSales(int storeId, Channel channel, long orders, Money revenue) {

    public Money averageBasket() {
        return Baskets.average(revenue, orders);
    }
}
