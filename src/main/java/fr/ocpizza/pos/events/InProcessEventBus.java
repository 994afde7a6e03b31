package fr.ocpizza.pos.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Live updates within one application, when no Redis is configured (single-terminal shop, demo). */
public final class InProcessEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventBus.class);
    private final Map<String, List<BiConsumer<String, String>>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(String channel, String message) {
        for (BiConsumer<String, String> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(channel, message);
            } catch (RuntimeException e) {
                LOG.warn("A listener of {} failed on a message; the others still get it", channel, e);
            }
        }
    }

    @Override
    public AutoCloseable subscribe(List<String> channels, BiConsumer<String, String> onMessage, Runnable onSubscribed) {
        channels.forEach(channel -> listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(onMessage));
        onSubscribed.run();
        return () -> channels.forEach(channel -> listeners.getOrDefault(channel, List.of()).remove(onMessage));
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public String describe() {
        return "in-process";
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
