package fr.ocpizza.pos.application.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ocpizza.pos.application.live.EventType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A heartbeat as the JSON message of {@code ocpizza:terminals} (docs/events.md). Times are
 * ISO-8601 instants in UTC; absent values are JSON nulls.
 */
public final class HeartbeatJson {

    /** The {@code type} of every message of the channel. */
    private static final String TYPE = EventType.TERMINAL_HEARTBEAT.name();

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeartbeatJson() {
    }

    public static String write(Heartbeat beat) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", TYPE);
        node.put("terminalId", beat.terminalId().toString());
        node.put("hostname", beat.hostname());
        node.put("storeId", beat.storeId());
        node.put("workspace", beat.workspace());
        node.put("staffLogin", beat.staffLogin());
        node.put("appVersion", beat.appVersion());
        node.put("lastEventAt", text(beat.lastEventAt()));
        node.put("lastEventId", beat.lastEventId() == null ? null : beat.lastEventId().toString());
        node.put("lastEventSeq", beat.lastEventSeq());
        node.put("databaseUp", beat.databaseUp());
        node.put("liveUpdates", beat.liveUpdates().name());
        node.put("periodSeconds", beat.periodSeconds());
        node.put("startedAt", text(beat.startedAt()));
        node.put("at", text(beat.heartbeatAt()));
        node.put("stoppedAt", text(beat.stoppedAt()));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a heartbeat as JSON", e);
        }
    }

    /** Reads a message; throws {@link IllegalArgumentException} for anything that is not a heartbeat. */
    public static Heartbeat read(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node == null || !node.isObject() || !TYPE.equals(node.path("type").asText())) {
                throw new IllegalArgumentException("not a " + TYPE + " message");
            }
            return new Heartbeat(UUID.fromString(required(node, "terminalId")), required(node, "hostname"),
                    node.path("storeId").asInt(), required(node, "workspace"), optional(node, "staffLogin"),
                    required(node, "appVersion"), instant(optional(node, "lastEventAt")),
                    uuid(optional(node, "lastEventId")),
                    node.hasNonNull("lastEventSeq") ? node.get("lastEventSeq").asLong() : null,
                    node.path("databaseUp").asBoolean(), LiveUpdates.valueOf(required(node, "liveUpdates")),
                    node.path("periodSeconds").asInt(), instant(required(node, "startedAt")),
                    instant(required(node, "at")), instant(optional(node, "stoppedAt")));
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a heartbeat: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            throw new IllegalArgumentException("heartbeat without " + field);
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
