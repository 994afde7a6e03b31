package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.domain.Money;

/** The average basket, exact to the cent: revenue ÷ orders, half a cent rounded up. */
final class Baskets {

    private Baskets() {
    }

    static Money average(Money revenue, long orders) {
        if (orders <= 0) {
            return Money.ZERO;
        }
        // Revenue is never negative (total_cents >= 0), so (2r + n) / 2n is r / n rounded half up.
        long cents = Math.addExact(Math.multiplyExact(2, revenue.cents()), orders) / Math.multiplyExact(2, orders);
        return Money.ofCents(cents);
    }
}
