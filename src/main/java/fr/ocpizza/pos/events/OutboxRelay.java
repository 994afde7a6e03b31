package fr.ocpizza.pos.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes outbox events, oldest first, and marks them published in the same transaction.
 * While the bus is down the batch rolls back and is tried again at the next tick, so nothing
 * is lost; {@code SKIP LOCKED} lets several terminals relay side by side.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final SessionFactory sessions;
    private final EventBus bus;
    private final ScheduledExecutorService scheduler;
    private volatile boolean failing;

    private record Pending(long id, int storeId, String topic, String payload) {
    }

    public OutboxRelay(SessionFactory sessions, EventBus bus) {
        this.sessions = sessions;
        this.bus = bus;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::relaySafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Publishes what is pending now; returns how many events went out. */
    public int relayOnce() {
        return sessions.fromTransaction(session -> {
            List<Pending> pending = new ArrayList<>();
            session.createNativeQuery("SELECT id, store_id, topic, payload::text FROM outbox_event"
                            + " WHERE published_at IS NULL ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED", Object[].class)
                    .getResultList()
                    .forEach(row -> pending.add(new Pending(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                            (String) row[2], (String) row[3])));
            for (Pending event : pending) {
                String channel = "stock".equals(event.topic())
                        ? EventBus.stockChannel(event.storeId()) : EventBus.ordersChannel(event.storeId());
                bus.publish(channel, event.payload());
            }
            if (!pending.isEmpty()) {
                session.createNativeQuery("UPDATE outbox_event SET published_at = :now WHERE id = ANY(:ids)", Object.class)
                        .setParameter("now", Instant.now())
                        .setParameter("ids", pending.stream().map(Pending::id).toArray(Long[]::new))
                        .executeUpdate();
            }
            return pending.size();
        });
    }

    private void relaySafely() {
        try {
            while (relayOnce() == BATCH) {
                // a full batch: more are waiting
            }
            if (failing) {
                LOG.info("Events are being published again on {}", bus.describe());
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Events wait in the outbox: {}", e.getMessage());
                failing = true;
            }
        }
    }

    /** Stops after publishing what can still be published (no event is lost either way). */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            relaySafely();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
