package fr.ocpizza.pos.simulation;

/**
 * One order as the customer submitted it on the web site, before it is written: who, how it is
 * fulfilled and paid, the basket, and when it was promised (minutes after the order).
 *
 * @param sequence          0 for the run's first order, 1 for the next…
 * @param customer          the customer's account
 * @param fulfilment        delivery to the customer's address, or click and collect
 * @param payment           PayPal (captured on the site) or paid at the door / at pickup
 * @param basket            the lines, priced
 * @param promisedInMinutes from now, 30 to 45
 * @param note              the customer's remark on the whole order, or null
 */
record OrderPlan(int sequence, ShopCustomer customer, Fulfilment fulfilment, Payment payment, Basket basket,
                 int promisedInMinutes, String note) {

    /** {@code customer_order.fulfilment} values the shop writes. */
    enum Fulfilment { DELIVERY, TAKEAWAY }

    /** {@code payment.method} values the shop writes. */
    enum Payment { PAYPAL, ON_DELIVERY }

    OrderPlan {
        if (fulfilment == Fulfilment.DELIVERY && customer.address() == null) {
            throw new IllegalArgumentException("A delivery needs the customer's address");
        }
    }
}
