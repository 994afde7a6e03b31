package fr.ocpizza.pos.events;

import java.net.URI;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis pub/sub shared by the terminals of the chain. Each subscription has its own thread,
 * which reconnects after Redis comes back; what was missed meanwhile is reloaded from the
 * database by the reader (docs/events.md).
 */
public final class RedisEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);
    private static final long RECONNECT_DELAY_MS = 500;

    private final JedisPool pool;
    private final String description;

    public RedisEventBus(String url) {
        URI uri = URI.create(url);
        this.pool = new JedisPool(uri);
        this.description = uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    @Override
    public void publish(String channel, String message) {
        try (var jedis = pool.getResource()) {
            jedis.publish(channel, message);
        } catch (JedisException e) {
            throw new EventBusException("Redis at " + description + " is unreachable: " + e.getMessage(), e);
        }
    }

    @Override
    public AutoCloseable subscribe(String channel, Consumer<String> listener) {
        JedisPubSub pubSub = new JedisPubSub() {
            @Override
            public void onMessage(String ch, String message) {
                try {
                    listener.accept(message);
                } catch (RuntimeException e) {
                    LOG.warn("A listener of {} failed on a message", ch, e);
                }
            }
        };
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try (var jedis = pool.getResource()) {
                    jedis.subscribe(pubSub, channel);
                    return;
                } catch (JedisException e) {
                    LOG.warn("Subscription to {} lost ({}); retrying", channel, e.getMessage());
                    try {
                        Thread.sleep(RECONNECT_DELAY_MS);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }, "redis-sub-" + channel);
        thread.setDaemon(true);
        thread.start();
        return () -> {
            if (pubSub.isSubscribed()) {
                pubSub.unsubscribe();
            }
            thread.interrupt();
        };
    }

    @Override
    public boolean isConnected() {
        try (var jedis = pool.getResource()) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}
