package fr.ocpizza.pos.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.live.StoreEvent;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads one message of the event contract (docs/events.md). Unknown fields are ignored; a message
 * that is not JSON, lacks a required field, or has an unknown type is refused with the reason.
 */
final class EventParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A message that cannot be used, and why (for the log). */
    static final class RejectedMessage extends Exception {
        RejectedMessage(String reason) {
            super(reason, null, false, false);
        }
    }

    private EventParser() {
    }

    static StoreEvent parse(String message) throws RejectedMessage {
        JsonNode node;
        try {
            node = JSON.readTree(message);
        } catch (Exception e) {
            throw new RejectedMessage("not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new RejectedMessage("not a JSON object");
        }
        String typeName = text(node, "type");
        // A heartbeat has no place on a store's channel: refused like any unknown type.
        EventType type = EventType.named(typeName).filter(EventType::isStoreEvent)
                .orElseThrow(() -> new RejectedMessage("unknown type " + typeName));
        UUID eventId;
        OffsetDateTime at;
        try {
            eventId = UUID.fromString(text(node, "eventId"));
            at = OffsetDateTime.parse(text(node, "at"));
        } catch (RuntimeException e) {
            throw new RejectedMessage("bad eventId or at: " + e.getMessage());
        }
        long seq = number(node, "seq");
        int storeId = Math.toIntExact(number(node, "storeId"));
        Long orderId = null;
        String status = null;
        if (type.isOrderEvent()) {
            orderId = number(node, "orderId");
            status = text(node, "status");
        }
        String ingredientCode = Optional.ofNullable(node.get("ingredientCode")).map(JsonNode::asText).orElse(null);
        return new StoreEvent(type, eventId, seq, storeId, orderId, status, ingredientCode, at);
    }

    private static String text(JsonNode node, String field) throws RejectedMessage {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new RejectedMessage("missing " + field);
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field) throws RejectedMessage {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new RejectedMessage("missing or non-integer " + field);
        }
        return value.asLong();
    }
}
