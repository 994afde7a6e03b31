package fr.ocpizza.pos.application.live;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One live event of a store, as read from its channel (docs/events.md). {@code orderId} and
 * {@code status} are set for order events, {@code ingredientCode} for {@link EventType#STOCK_LOW}.
 * Its type is always a store event ({@link EventType#isStoreEvent()}), never a heartbeat.
 */
public record StoreEvent(EventType type, UUID eventId, long seq, int storeId, Long orderId, String status,
                         String ingredientCode, OffsetDateTime at) {
}
