package fr.ocpizza.pos.domain.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of an order, from reception to delivery or pickup.
 * <pre>
 * RECEIVED → IN_PREPARATION → READY → OUT_FOR_DELIVERY → DELIVERED
 *                                   ↘ PICKED_UP
 * RECEIVED → CANCELLED
 * </pre>
 * Only a RECEIVED order may be changed or cancelled: once the pizzaiolo starts, the food is real.
 */
public enum OrderStatus {
    RECEIVED, IN_PREPARATION, READY, OUT_FOR_DELIVERY, DELIVERED, PICKED_UP, CANCELLED;

    /** The statuses this one may move to, whatever the fulfilment. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(IN_PREPARATION, CANCELLED);
            case IN_PREPARATION -> EnumSet.of(READY);
            case READY -> EnumSet.of(OUT_FOR_DELIVERY, PICKED_UP);
            case OUT_FOR_DELIVERY -> EnumSet.of(DELIVERED);
            case DELIVERED, PICKED_UP, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Whether an order of this fulfilment may go from this status to {@code target}. */
    public boolean canBecome(OrderStatus target, Fulfilment fulfilment) {
        if (!next().contains(target)) {
            return false;
        }
        // A delivery goes out with the rider; takeaway and eat-in are handed over at the counter.
        if (target == OUT_FOR_DELIVERY) {
            return fulfilment == Fulfilment.DELIVERY;
        }
        if (target == PICKED_UP) {
            return fulfilment != Fulfilment.DELIVERY;
        }
        return true;
    }

    public boolean isModifiable() {
        return this == RECEIVED;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Checks a transition and explains a refusal. */
    public void checkTransition(long orderId, OrderStatus target, Fulfilment fulfilment) {
        if (!canBecome(target, fulfilment)) {
            throw new IllegalTransitionException(orderId, this, target);
        }
    }
}
