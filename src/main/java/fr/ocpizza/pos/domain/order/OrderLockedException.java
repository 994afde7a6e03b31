package fr.ocpizza.pos.domain.order;

/**
 * An order that can no longer be modified or cancelled because it moved past RECEIVED: the kitchen
 * started it (or it is already ready, gone, handed over), or another terminal cancelled it. Unlike a
 * concurrent edit of a still RECEIVED order, reloading and trying again can never succeed, so the
 * refusal says what happened and what can still be done.
 */
public final class OrderLockedException extends IllegalTransitionException {

    private OrderLockedException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }

    /** The refusal for an order, known by its ticket number, that is {@code status} now (anything but RECEIVED). */
    public static OrderLockedException of(int ticketNumber, OrderStatus status) {
        if (status.isModifiable()) {
            throw new IllegalArgumentException("A " + status + " order can still be changed");
        }
        if (status == OrderStatus.CANCELLED) {
            return new OrderLockedException("error.order.cancelledElsewhere",
                    "Order " + ticketNumber + " was cancelled meanwhile; nothing was saved.", ticketNumber);
        }
        return new OrderLockedException("error.order.startedInKitchen",
                "The kitchen has started order " + ticketNumber + " (" + status + "): it can no longer be changed or"
                        + " cancelled, nothing was saved. Take a new order for anything to add; to remove something or"
                        + " cancel, see the kitchen or the manager.", ticketNumber, status);
    }
}
