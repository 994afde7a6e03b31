package fr.ocpizza.pos.events;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Publishes and delivers live messages between terminals: Redis pub/sub for a chain, or
 * in-process for a single terminal. Listeners run on the bus's own threads, never on the UI thread.
 * Channel names come from {@link fr.ocpizza.pos.application.live.EventTopic}.
 */
public interface EventBus extends AutoCloseable {

    /** Publishes a message; throws {@link EventBusException} if it could not be handed over. */
    void publish(String channel, String message);

    /**
     * Delivers every message of the channels (channel, message) until the subscription is closed.
     * {@code onSubscribed} runs each time the subscription is (re)established: messages published
     * while it was down are lost to it, so the subscriber reloads what it shows.
     */
    AutoCloseable subscribe(List<String> channels, BiConsumer<String, String> onMessage, Runnable onSubscribed);

    /** One channel, no reconnection callback. */
    default AutoCloseable subscribe(String channel, Consumer<String> onMessage) {
        return subscribe(List.of(channel), (ch, message) -> onMessage.accept(message), () -> { });
    }

    /** Whether messages can be published now. */
    boolean isConnected();

    /** "redis://host:port" or "in-process", for doctor and the status bar. */
    String describe();

    @Override
    void close();
}
