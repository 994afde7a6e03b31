package fr.ocpizza.pos.application.live;

import java.util.Optional;

/**
 * Every type of live event (docs/events.md): the one vocabulary the writers (the outbox of the
 * services, the heartbeat, the online shop simulator) and the readers (the feed's parser, the
 * screens' choice of events) share. The constant's name is the {@code type} written in messages and
 * in {@code outbox_event.type}: renaming one changes the contract with the online shop
 * ({@code EventVocabularyTest} pins the names to the documented ones).
 * <p>
 * It lives in {@code application.live}, beside {@link StoreEvent} and {@link LiveFeed}, because
 * every side can reach it there: the services write with it, {@code events} reads with it (it
 * already depends on {@code application.live}), and the screens see it through
 * {@link StoreEvent}, while {@code application} never has to reach {@code events}. Not
 * {@code domain}: topics and channels are the wire's names, not the trade's.
 */
public enum EventType {

    ORDER_PLACED(EventTopic.ORDERS),
    ORDER_UPDATED(EventTopic.ORDERS),
    ORDER_STATUS_CHANGED(EventTopic.ORDERS),
    ORDER_CANCELLED(EventTopic.ORDERS),
    STOCK_CHANGED(EventTopic.STOCK),
    STOCK_LOW(EventTopic.STOCK),
    /** On the stock channel: what can be made changes with a recipe. */
    MENU_CHANGED(EventTopic.STOCK),
    TERMINAL_HEARTBEAT(EventTopic.TERMINALS);

    private final EventTopic topic;

    EventType(EventTopic topic) {
        this.topic = topic;
    }

    /** The topic, and so the channel, the event travels on. */
    public EventTopic topic() {
        return topic;
    }

    /** An event of a store's orders channel: it carries {@code orderId} and {@code status}. */
    public boolean isOrderEvent() {
        return topic == EventTopic.ORDERS;
    }

    /** An event of a store's orders or stock channel, numbered by the relay (not a heartbeat). */
    public boolean isStoreEvent() {
        return topic.isPerStore();
    }

    /** The type a message or an outbox row names, if it is one of ours. */
    public static Optional<EventType> named(String type) {
        for (EventType candidate : values()) {
            if (candidate.name().equals(type)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
