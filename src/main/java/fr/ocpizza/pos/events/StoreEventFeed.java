package fr.ocpizza.pos.events;

import fr.ocpizza.pos.application.live.EventTopic;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import fr.ocpizza.pos.application.supervision.LastEventSeen;
import fr.ocpizza.pos.concurrent.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live events of a store for its screens. Each {@code seq} is delivered once and in order per
 * channel; a gap, a (re)subscription, or an order changed in the database with no event (a web
 * site that skipped the outbox) makes the listener reload instead. Malformed and unknown messages
 * are logged and skipped. Each subscription delivers on one thread of its own, so a slow listener
 * never holds up Redis.
 */
public final class StoreEventFeed implements LiveFeed, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreEventFeed.class);

    private final EventBus bus;
    private final SessionFactory sessions;
    private final Duration watchdogInterval;
    private final LastEventSeen lastEventSeen;
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("live-feed-watchdog-"));

    public StoreEventFeed(EventBus bus, SessionFactory sessions, Duration watchdogInterval) {
        this(bus, sessions, watchdogInterval, new LastEventSeen(Clock.systemUTC()));
    }

    /** @param lastEventSeen told of every well-formed event received, for the terminal's heartbeat */
    public StoreEventFeed(EventBus bus, SessionFactory sessions, Duration watchdogInterval, LastEventSeen lastEventSeen) {
        this.bus = bus;
        this.sessions = sessions;
        this.watchdogInterval = watchdogInterval;
        this.lastEventSeen = lastEventSeen;
    }

    @Override
    public AutoCloseable subscribe(int storeId, StoreEventListener listener) {
        Subscriber subscriber = new Subscriber(storeId, listener);
        AutoCloseable busSubscription = bus.subscribe(
                List.of(EventTopic.ORDERS.channel(storeId), EventTopic.STOCK.channel(storeId)),
                (channel, message) -> subscriber.delivery.execute(() -> subscriber.handle(channel, message)),
                () -> subscriber.delivery.execute(subscriber::resync));
        ScheduledFuture<?> watch = watchdog.scheduleWithFixedDelay(subscriber::watch,
                watchdogInterval.toMillis(), watchdogInterval.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            watch.cancel(false);
            busSubscription.close();
            subscriber.delivery.shutdown();
        };
    }

    /** One screen's subscription: its delivery thread and the last seq seen per channel. */
    private final class Subscriber {
        private final int storeId;
        private final StoreEventListener listener;
        private final ExecutorService delivery;
        /** Per channel; absent after a reload, when any next seq is accepted. Delivery thread only. */
        private final Map<String, Long> lastSeq = new HashMap<>();
        /** Count and newest time of the changes without events the watchdog already answered with a reload. */
        private volatile String lastUnpublishedChange = "";

        Subscriber(int storeId, StoreEventListener listener) {
            this.storeId = storeId;
            this.listener = listener;
            this.delivery = Executors.newSingleThreadExecutor(DaemonThreads.named("live-feed-store-" + storeId + "-"));
        }

        void handle(String channel, String message) {
            StoreEvent event;
            try {
                event = EventParser.parse(message);
            } catch (EventParser.RejectedMessage e) {
                LOG.warn("Skipped a message on {}: {} ({} chars)", channel, e.getMessage(), message.length());
                return;
            }
            lastEventSeen.record(event);
            if (event.storeId() != storeId) {
                LOG.warn("Skipped an event of store {} on {}", event.storeId(), channel);
                return;
            }
            Long last = lastSeq.get(channel);
            if (last != null && event.seq() <= last) {
                return; // already delivered: the relay sent it again
            }
            if (last != null && event.seq() > last + 1) {
                LOG.info("Events {}..{} of {} missed: reloading", last + 1, event.seq() - 1, channel);
                lastSeq.put(channel, event.seq());
                safely(listener::onResync);
                return;
            }
            lastSeq.put(channel, event.seq());
            safely(() -> listener.onEvent(event));
        }

        void resync() {
            lastSeq.clear();
            safely(listener::onResync);
        }

        /** Finds orders changed in the database with no event, and reloads once for them. */
        void watch() {
            try {
                String newest = sessions.fromTransaction(session -> session.createNativeQuery(
                                "SELECT count(*) || '/' || coalesce(max(o.updated_at)::text, '') FROM customer_order o"
                                        + " WHERE o.store_id = :store AND o.updated_at > now() - interval '1 hour'"
                                        + " AND NOT EXISTS (SELECT 1 FROM outbox_event e WHERE e.order_id = o.id"
                                        + "   AND e.created_at >= o.updated_at - interval '2 seconds')", String.class)
                        .setParameter("store", storeId)
                        .getSingleResultOrNull());
                if (newest != null && !newest.startsWith("0/") && !newest.equals(lastUnpublishedChange)) {
                    lastUnpublishedChange = newest;
                    LOG.info("Store {} has order changes without events: reloading", storeId);
                    delivery.execute(this::resync);
                }
            } catch (RuntimeException e) {
                LOG.debug("Live feed watchdog could not check store {}: {}", storeId, e.getMessage());
            }
        }

        private void safely(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.warn("A live-feed listener of store {} failed", storeId, e);
            }
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
