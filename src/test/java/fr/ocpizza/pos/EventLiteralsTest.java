package fr.ocpizza.pos;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.live.EventTopic;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.testsupport.MainSources;
import fr.ocpizza.pos.testsupport.MainSources.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Event types, topics and channels are spelled in one place, {@link EventType} and
 * {@link EventTopic}: a string literal anywhere else in {@code src/main} that names one fails
 * here, so that writers and readers cannot drift apart from the contract with the online shop.
 */
class EventLiteralsTest {

    /** The vocabulary itself: the only file allowed to spell topic and channel names. */
    private static final String VOCABULARY = "fr/ocpizza/pos/application/live/EventTopic.java";

    /**
     * Literals that contain an event type's name but are something else, by file: keep each one
     * explained. A new one needs a reason as good.
     */
    private static final Map<String, String> NOT_EVENTS = Map.of(
            // audit_log.action (docs/schema.md, the audit vocabulary), which happens to share the word
            "fr/ocpizza/pos/application/Audit.java", "ORDER_CANCELLED",
            // picocli help prose, which must be a compile-time constant (an enum's name() is not)
            "fr/ocpizza/pos/cli/SimulateCommand.java", "ORDER_PLACED and STOCK_CHANGED rows to the outbox, and a running");

    private static final Pattern TYPE_WORD = Pattern.compile("\\b(" + Arrays.stream(EventType.values())
            .map(Enum::name).collect(Collectors.joining("|")) + ")\\b");
    private static final List<String> STORE_TOPICS = Arrays.stream(EventTopic.values())
            .filter(EventTopic::isPerStore).map(EventTopic::topicName).toList();

    @Test
    void noSourceOfTheApplicationSpellsAnEventTypeTopicOrChannelOutsideTheVocabulary() {
        List<Source> sources = MainSources.all();
        assertThat(sources).as("the sources were found").hasSizeGreaterThan(100);

        assertThat(violations(sources)).isEmpty();
    }

    @Test
    void aTypeInAStatementASqlTopicOrAChannelNameIsCaught() {
        Source planted = MainSources.parse("fr/ocpizza/pos/application/Planted.java", """
                class Planted {
                    // a comment may say ORDER_PLACED and "ocpizza:terminals"
                    /** and so may Javadoc: "STOCK_LOW" */
                    void write() {
                        Outbox.write(session, "ORDER_PLACED", payload);
                        query("SELECT count(*) FROM outbox_event WHERE topic = 'stock'");
                        bus.publish("ocpizza:store:" + storeId + ":orders", message);
                        String topic = "orders";
                        label("Mise à jour du stock", 'x');
                    }
                }
                """);

        assertThat(violations(List.of(planted))).containsExactly(
                "fr/ocpizza/pos/application/Planted.java:5 \"ORDER_PLACED\"",
                "fr/ocpizza/pos/application/Planted.java:6 \"SELECT count(*) FROM outbox_event WHERE topic = 'stock'\"",
                "fr/ocpizza/pos/application/Planted.java:7 \"ocpizza:store:\"",
                "fr/ocpizza/pos/application/Planted.java:7 \":orders\"",
                "fr/ocpizza/pos/application/Planted.java:8 \"orders\"");
    }

    @Test
    void theWordsOrdersAndStockElsewhereAreNotTopics() {
        Source command = MainSources.parse("fr/ocpizza/pos/cli/StockCommand.java", """
                @Command(name = "stock")
                class StockCommand {
                    List<String> header = List.of("store_id", "orders", "revenue_eur");
                }
                """);

        assertThat(violations(List.of(command))).isEmpty();
    }

    /** "path:line literal" for every literal that spells the vocabulary outside it. */
    private static List<String> violations(List<Source> sources) {
        List<String> found = new ArrayList<>();
        for (Source source : sources) {
            if (source.path().equals(VOCABULARY)) {
                continue;
            }
            // A bare "orders" or "stock" is a topic only where topics are handled (the outbox, the relay);
            // elsewhere they are a command's name, a table's, a CSV column's.
            boolean handlesTopics = source.code().contains("topic") || source.code().contains("outbox");
            for (MainSources.Literal literal : source.literals()) {
                String value = literal.value();
                boolean spellsType = TYPE_WORD.matcher(value).find()
                        && !value.equals(NOT_EVENTS.get(source.path()));
                boolean spellsChannel = value.contains("ocpizza:store") || value.contains("ocpizza:terminals")
                        || STORE_TOPICS.stream().anyMatch(topic -> value.endsWith(":" + topic));
                boolean spellsTopic = STORE_TOPICS.stream().anyMatch(topic -> value.contains("'" + topic + "'")
                        || (handlesTopics && value.equals(topic)));
                if (spellsType || spellsChannel || spellsTopic) {
                    found.add(source.path() + ":" + literal.line() + " \"" + value + "\"");
                }
            }
        }
        return found;
    }
}
