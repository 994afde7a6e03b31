package fr.ocpizza.pos.events;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import java.net.URI;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis pub/sub shared by the terminals of the chain. Each subscription has its own thread, which
 * subscribes again after Redis comes back (or after its connection was killed) and then tells the
 * subscriber, who reloads what it may have missed (docs/events.md).
 */
public final class RedisEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);
    private static final long RECONNECT_DELAY_MS = 250;
    private static final int TIMEOUT_MS = 2_000;

    private final JedisPool pool;
    private final HostAndPort address;
    /** A subscribing connection is idle for long periods: no read timeout on it. */
    private final DefaultJedisClientConfig subscriberConfig;
    private final String description;

    public RedisEventBus(String url) {
        URI uri = URI.create(url);
        this.address = new HostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
        GenericObjectPoolConfig<Jedis> poolConfig = new GenericObjectPoolConfig<>();
        poolConfig.setMaxTotal(16);
        poolConfig.setJmxEnabled(false);
        this.pool = new JedisPool(poolConfig, address, clientConfig(uri, TIMEOUT_MS));
        this.subscriberConfig = clientConfig(uri, 0);
        this.description = uri.getScheme() + "://" + address;
    }

    private static DefaultJedisClientConfig clientConfig(URI uri, int socketTimeoutMillis) {
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .protocol(RedisProtocol.RESP2)
                .connectionTimeoutMillis(TIMEOUT_MS)
                .socketTimeoutMillis(socketTimeoutMillis)
                .ssl("rediss".equals(uri.getScheme()));
        if (uri.getUserInfo() != null) {
            String[] userInfo = uri.getUserInfo().split(":", 2);
            if (userInfo.length == 2) {
                client.user(userInfo[0].isEmpty() ? null : userInfo[0]).password(userInfo[1]);
            }
        }
        return client.build();
    }

    @Override
    public void publish(String channel, String message) {
        try (Jedis jedis = pool.getResource()) {
            jedis.publish(channel, message);
        } catch (JedisException e) {
            throw new EventBusException("Redis at " + description + " is unreachable: " + e.getMessage(), e);
        }
    }

    @Override
    public AutoCloseable subscribe(List<String> channels, BiConsumer<String, String> onMessage, Runnable onSubscribed) {
        Subscription subscription = new Subscription(channels, onMessage, onSubscribed);
        Thread thread = DaemonThreads.thread("redis-sub-" + String.join(",", channels), subscription::run);
        subscription.thread = thread;
        thread.start();
        return subscription::close;
    }

    /** One subscription: a thread that subscribes, and again after each loss. */
    private final class Subscription {
        private final String[] channels;
        private final BiConsumer<String, String> onMessage;
        private final Runnable onSubscribed;
        private volatile boolean closed;
        private volatile JedisPubSub current;
        private Thread thread;

        Subscription(List<String> channels, BiConsumer<String, String> onMessage, Runnable onSubscribed) {
            this.channels = channels.toArray(String[]::new);
            this.onMessage = onMessage;
            this.onSubscribed = onSubscribed;
        }

        void run() {
            boolean lost = false;
            while (!closed) {
                JedisPubSub pubSub = new JedisPubSub() {
                    @Override
                    public void onMessage(String channel, String message) {
                        try {
                            onMessage.accept(channel, message);
                        } catch (RuntimeException e) {
                            LOG.warn("A listener of {} failed on a message", channel, e);
                        }
                    }

                    @Override
                    public void onSubscribe(String channel, int subscribedChannels) {
                        // Once every channel is subscribed, nothing published from now on is missed.
                        if (subscribedChannels == channels.length) {
                            onSubscribed.run();
                        }
                    }
                };
                current = pubSub;
                try (Jedis jedis = new Jedis(address, subscriberConfig)) {
                    if (lost) {
                        LOG.info("Subscription to {} is back", String.join(", ", channels));
                        lost = false;
                    }
                    jedis.subscribe(pubSub, channels);
                } catch (JedisException e) {
                    if (!closed && !lost) {
                        LOG.warn("Subscription to {} lost ({}); retrying", String.join(", ", channels), e.getMessage());
                        lost = true;
                    }
                    sleep();
                }
            }
        }

        private void sleep() {
            try {
                Thread.sleep(RECONNECT_DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }

        void close() {
            closed = true;
            JedisPubSub pubSub = current;
            if (pubSub != null && pubSub.isSubscribed()) {
                pubSub.unsubscribe();
            }
            thread.interrupt();
        }
    }

    @Override
    public boolean isConnected() {
        try (Jedis jedis = pool.getResource()) {
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
