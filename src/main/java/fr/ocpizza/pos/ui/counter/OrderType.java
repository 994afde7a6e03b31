package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.PaymentMethod;

/** The four ways the counter takes an order, each a channel and a fulfilment. */
public enum OrderType {
    EAT_IN(Channel.COUNTER, Fulfilment.EAT_IN, PaymentMethod.CASH),
    TAKEAWAY(Channel.COUNTER, Fulfilment.TAKEAWAY, PaymentMethod.CASH),
    PHONE_PICKUP(Channel.PHONE, Fulfilment.TAKEAWAY, PaymentMethod.ON_DELIVERY),
    PHONE_DELIVERY(Channel.PHONE, Fulfilment.DELIVERY, PaymentMethod.ON_DELIVERY);

    private final Channel channel;
    private final Fulfilment fulfilment;
    private final PaymentMethod usualPayment;

    OrderType(Channel channel, Fulfilment fulfilment, PaymentMethod usualPayment) {
        this.channel = channel;
        this.fulfilment = fulfilment;
        this.usualPayment = usualPayment;
    }

    public Channel channel() {
        return channel;
    }

    public Fulfilment fulfilment() {
        return fulfilment;
    }

    /** Walk-in customers pay now; phone customers pay at pickup or at the door. */
    public PaymentMethod usualPayment() {
        return usualPayment;
    }

    public boolean isPhone() {
        return channel == Channel.PHONE;
    }

    /** The type of an existing order, to show it while it is being modified. */
    public static OrderType of(Channel channel, Fulfilment fulfilment) {
        if (fulfilment == Fulfilment.DELIVERY) {
            return PHONE_DELIVERY;
        }
        if (fulfilment == Fulfilment.EAT_IN) {
            return EAT_IN;
        }
        return channel == Channel.COUNTER ? TAKEAWAY : PHONE_PICKUP;
    }
}
