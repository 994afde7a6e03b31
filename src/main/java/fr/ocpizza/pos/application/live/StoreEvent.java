package fr.ocpizza.pos.application.live;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One live event of a store, as read from its channel (docs/events.md). {@code orderId} and
 * {@code status} are set for order events, {@code ingredientCode} for STOCK_LOW.
 */
public record StoreEvent(Type type, UUID eventId, long seq, int storeId, Long orderId, String status,
                         String ingredientCode, OffsetDateTime at) {

    /** The kinds of event a terminal reacts to. */
    public enum Type {
        ORDER_PLACED, ORDER_UPDATED, ORDER_STATUS_CHANGED, ORDER_CANCELLED, STOCK_CHANGED, STOCK_LOW, MENU_CHANGED;

        public boolean isOrderEvent() {
            return name().startsWith("ORDER_");
        }
    }
}
