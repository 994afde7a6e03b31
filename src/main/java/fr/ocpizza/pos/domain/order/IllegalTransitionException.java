package fr.ocpizza.pos.domain.order;

import fr.ocpizza.pos.domain.PosException;

/** A status change the order's life cycle does not allow. */
public class IllegalTransitionException extends PosException {
    public IllegalTransitionException(long orderId, OrderStatus from, OrderStatus to) {
        super("error.transition",
                "Order " + orderId + " is " + from + ": it cannot become " + to + "."
                        + (to == OrderStatus.CANCELLED ? " An order can only be cancelled before its preparation starts." : ""),
                orderId, from, to);
    }

    public IllegalTransitionException(long orderId, OrderStatus from, String englishReason) {
        super("error.notModifiable", "Order " + orderId + " is " + from + ": " + englishReason, orderId, from);
    }

    /** A refusal of its own kind, with its own key (see {@link OrderLockedException}). */
    protected IllegalTransitionException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }
}
