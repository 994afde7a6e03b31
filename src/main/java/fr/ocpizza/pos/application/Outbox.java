package fr.ocpizza.pos.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.persistence.entity.OrderEntity;
import fr.ocpizza.pos.persistence.entity.OutboxEventEntity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * Writes events to the outbox in the caller's transaction: an event exists if and only if its
 * change committed. The relay publishes them afterwards (docs/events.md describes the messages).
 * The row's topic is the type's ({@link EventType#topic()}): a writer cannot put an event on the
 * wrong channel.
 */
public final class Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Outbox() {
    }

    public static void orderEvent(Session session, EventType type, OrderEntity order, Instant at) {
        if (!type.isOrderEvent()) {
            throw new IllegalArgumentException(type + " is not an order event");
        }
        write(session, type, order.storeId, order.id, at, payload -> {
            payload.put("orderId", order.id);
            payload.put("ticketNumber", order.ticketNumber);
            payload.put("status", order.status.name());
            payload.put("channel", order.channel.name());
            payload.put("fulfilment", order.fulfilment.name());
            payload.put("promisedAt", iso(order.promisedAt));
            payload.put("version", order.version);
        });
    }

    public static void write(Session session, EventType type, int storeId, Long orderId, Instant at,
                             Consumer<ObjectNode> fields) {
        if (!type.isStoreEvent()) {
            throw new IllegalArgumentException(type + " does not go through the outbox");
        }
        OutboxEventEntity event = new OutboxEventEntity();
        event.eventId = UUID.randomUUID();
        event.storeId = storeId;
        event.topic = type.topic().topicName();
        event.type = type.name();
        event.orderId = orderId;
        event.createdAt = at;
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", type.name());
        payload.put("eventId", event.eventId.toString());
        payload.put("storeId", storeId);
        payload.put("at", iso(at));
        fields.accept(payload);
        event.payload = payload.toString();
        session.persist(event);
    }

    /** ISO-8601 with the Paris offset, to the millisecond: "2026-11-25T13:13:02.126+01:00". */
    private static String iso(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).atZone(PARIS).toOffsetDateTime().toString();
    }
}
