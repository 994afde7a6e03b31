package fr.ocpizza.pos.application.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.application.Outbox;
import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.application.supervision.HeartbeatChannel;
import fr.ocpizza.pos.application.supervision.HeartbeatJson;
import fr.ocpizza.pos.application.supervision.LiveUpdates;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary is the contract with the online shop (docs/events.md, docs/schema.md
 * {@code outbox_event}): the names written to the outbox and to Redis are exactly the documented
 * ones, and the documentation lists exactly the enum's.
 */
class EventVocabularyTest {

    /** As docs/events.md spells them; the online shop reads and writes these. */
    private static final Map<String, String> DOCUMENTED_TYPES = documentedTypes();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceDatabase db;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static Map<String, String> documentedTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        List.of("ORDER_PLACED", "ORDER_UPDATED", "ORDER_STATUS_CHANGED", "ORDER_CANCELLED")
                .forEach(type -> types.put(type, "orders"));
        List.of("STOCK_CHANGED", "STOCK_LOW", "MENU_CHANGED").forEach(type -> types.put(type, "stock"));
        types.put("TERMINAL_HEARTBEAT", "terminals");
        return types;
    }

    @Test
    void theTypesAndTheirTopicsAreExactlyTheDocumentedOnes() {
        Map<String, String> actual = new LinkedHashMap<>();
        Arrays.stream(EventType.values()).forEach(type -> actual.put(type.name(), type.topic().topicName()));

        assertThat(actual).containsExactlyEntriesOf(DOCUMENTED_TYPES);
        assertThat(EventType.values()).filteredOn(EventType::isOrderEvent).extracting(Enum::name)
                .containsExactly("ORDER_PLACED", "ORDER_UPDATED", "ORDER_STATUS_CHANGED", "ORDER_CANCELLED");
        assertThat(EventType.TERMINAL_HEARTBEAT.isStoreEvent()).isFalse();
    }

    @Test
    void theChannelsAreExactlyTheDocumentedOnes() {
        assertThat(EventTopic.ORDERS.channel(3)).isEqualTo("ocpizza:store:3:orders");
        assertThat(EventTopic.STOCK.channel(3)).isEqualTo("ocpizza:store:3:stock");
        assertThat(EventTopic.TERMINALS.channel()).isEqualTo("ocpizza:terminals");
        assertThat(HeartbeatChannel.NAME).isEqualTo("ocpizza:terminals");
        assertThatThrownBy(() -> EventTopic.TERMINALS.channel(3)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EventTopic.ORDERS.channel()).isInstanceOf(IllegalStateException.class);
        assertThat(EventTopic.ofStoreTopic("stock")).isEqualTo(EventTopic.STOCK);
        assertThatThrownBy(() -> EventTopic.ofStoreTopic("terminals")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStoreTopicsAreExactlyTheOnesTheSchemaAdmits() throws IOException {
        Path migrations = Path.of("src", "main", "resources", "db", "migration");
        String schema = Files.readString(migrations.resolve("V1__shared_schema.sql"))
                + Files.readString(migrations.resolve("V2__event_sequence.sql"));
        Matcher check = Pattern.compile("topic\\s+text\\s+NOT NULL CHECK \\(topic IN \\(([^)]*)\\)\\)").matcher(schema);
        List<String> storeTopics = Arrays.stream(EventTopic.values()).filter(EventTopic::isPerStore)
                .map(topic -> "'" + topic.topicName() + "'").toList();

        int checks = 0;
        while (check.find()) {
            checks++;
            assertThat(check.group(1).split(",\\s*")).as("outbox_event and event_sequence").containsExactlyElementsOf(storeTopics);
        }
        assertThat(checks).isEqualTo(2);
    }

    @Test
    void theDocumentsChannelTableNamesTheEnumAndListsEveryTypeOnItsChannel() throws IOException {
        String events = Files.readString(Path.of("docs", "events.md"));
        Map<String, Set<String>> byChannel = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `(ocpizza:[^`]+)` \\| (.*)\\|$").matcher(events);
        while (row.find()) {
            Set<String> types = new TreeSet<>();
            Matcher type = Pattern.compile("`([A-Z_]+)`").matcher(row.group(2));
            while (type.find()) {
                types.add(type.group(1));
            }
            byChannel.put(row.group(1), types);
        }

        assertThat(byChannel).containsOnlyKeys("ocpizza:store:{storeId}:orders", "ocpizza:store:{storeId}:stock",
                "ocpizza:terminals");
        assertThat(byChannel.get("ocpizza:store:{storeId}:orders")).isEqualTo(typesOn(EventTopic.ORDERS));
        assertThat(byChannel.get("ocpizza:store:{storeId}:stock")).isEqualTo(typesOn(EventTopic.STOCK));
        assertThat(byChannel.get("ocpizza:terminals")).isEqualTo(typesOn(EventTopic.TERMINALS));
        assertThat(events).as("the document sends readers to the source of truth")
                .contains("`fr.ocpizza.pos.application.live.EventType`");
    }

    @Test
    void theOutboxWritesTheDocumentedTypeAndTopicInTheRowAndItsPayload() {
        Instant at = Instant.parse("2026-11-25T12:13:02.126Z");
        db.database().sessionFactory().inTransaction(session -> Arrays.stream(EventType.values())
                .filter(EventType::isStoreEvent)
                .forEach(type -> Outbox.write(session, type, 1, null, at, payload -> payload.put("probe", true))));

        List<String> rows = db.database().sessionFactory().fromTransaction(session -> session.createNativeQuery(
                        "SELECT type || ' ' || topic || ' ' || (payload->>'type') FROM outbox_event"
                                + " WHERE payload->>'probe' = 'true' ORDER BY id", String.class)
                .getResultList());

        assertThat(rows).containsExactly(
                "ORDER_PLACED orders ORDER_PLACED", "ORDER_UPDATED orders ORDER_UPDATED",
                "ORDER_STATUS_CHANGED orders ORDER_STATUS_CHANGED", "ORDER_CANCELLED orders ORDER_CANCELLED",
                "STOCK_CHANGED stock STOCK_CHANGED", "STOCK_LOW stock STOCK_LOW", "MENU_CHANGED stock MENU_CHANGED");
    }

    @Test
    void aHeartbeatGoesThroughRedisNotTheOutbox() {
        db.database().sessionFactory().inTransaction(session -> assertThatThrownBy(() -> Outbox.write(session,
                EventType.TERMINAL_HEARTBEAT, 1, null, Instant.now(), payload -> { }))
                .isInstanceOf(IllegalArgumentException.class));
    }

    @Test
    void aHeartbeatMessageHasTheDocumentedType() throws IOException {
        Instant now = Instant.parse("2026-11-25T17:34:54.312Z");
        String message = HeartbeatJson.write(new Heartbeat(UUID.randomUUID(), "caisse-bastille-1", 1, "counter",
                "caisse1", "1.0.0", null, null, null, true, LiveUpdates.REDIS_UP, 15, now, now, null));

        assertThat(JSON.readTree(message).get("type").asText()).isEqualTo("TERMINAL_HEARTBEAT");
    }

    private static Set<String> typesOn(EventTopic topic) {
        return Arrays.stream(EventType.values()).filter(type -> type.topic() == topic).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
