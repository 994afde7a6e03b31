package fr.ocpizza.pos.application.live;

/**
 * Where live events travel (docs/events.md, "Channels"): the one place the topic names of the
 * outbox ({@code outbox_event.topic}, {@code event_sequence.topic}) and the Redis channel names
 * are spelled. Beside {@link EventType}, for the reasons given there.
 */
public enum EventTopic {

    /** A store's orders: numbered by the relay, on {@code ocpizza:store:{id}:orders}. */
    ORDERS("orders", true),
    /** A store's stock and menu: numbered by the relay, on {@code ocpizza:store:{id}:stock}. */
    STOCK("stock", true),
    /** The chain's heartbeats, published directly (not through the outbox) on {@code ocpizza:terminals}. */
    TERMINALS("terminals", false);

    private static final String PREFIX = "ocpizza:";

    private final String topicName;
    private final boolean perStore;

    EventTopic(String topicName, boolean perStore) {
        this.topicName = topicName;
        this.perStore = perStore;
    }

    /** The name in the outbox's {@code topic} column and in the channel name. */
    public String topicName() {
        return topicName;
    }

    /** Whether each store has its own channel (and its own {@code seq}) for it. */
    public boolean isPerStore() {
        return perStore;
    }

    /** The Redis channel of a store: {@code ocpizza:store:{storeId}:orders} or {@code …:stock}. */
    public String channel(int storeId) {
        if (!perStore) {
            throw new IllegalStateException(this + " has one channel for the chain, not one per store");
        }
        return PREFIX + "store:" + storeId + ":" + topicName;
    }

    /** The Redis channel of the whole chain: {@code ocpizza:terminals}. */
    public String channel() {
        if (perStore) {
            throw new IllegalStateException(this + " has one channel per store");
        }
        return PREFIX + topicName;
    }

    /** The store topic an outbox row names; throws for any other name (a row the relay cannot route). */
    public static EventTopic ofStoreTopic(String topicName) {
        for (EventTopic topic : values()) {
            if (topic.perStore && topic.topicName.equals(topicName)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("no store topic named " + topicName);
    }
}
