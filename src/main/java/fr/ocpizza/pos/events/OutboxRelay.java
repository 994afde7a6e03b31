package fr.ocpizza.pos.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import fr.ocpizza.pos.application.live.EventTopic;
import fr.ocpizza.pos.concurrent.DaemonThreads;
import fr.ocpizza.pos.persistence.Database;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox, for the whole chain, from one terminal at a time: the relay that holds a
 * PostgreSQL advisory lock is the leader; the others stand by and take over when its connection
 * goes. Each cycle first gives the new events their {@code seq} (per store and topic, in outbox
 * order) and commits, then publishes every numbered event not yet published, in seq order, and
 * marks them. While the bus is down nothing is marked and the next cycle tries again: nothing is
 * lost, and an event sent twice carries the same seq, which readers skip.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    /** Arbitrary but fixed: the advisory lock every terminal's relay competes for. */
    private static final long LEADER_LOCK = 0x0C_50_12_2AL;
    /** How long closing waits for the outbox to empty. */
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(5);
    private static final long DRAIN_RETRY_MILLIS = 100;

    private final SessionFactory sessions;
    private final DataSource dataSource;
    private final EventBus bus;
    private final ScheduledExecutorService scheduler;
    private Connection leaderConnection;
    private volatile boolean failing;

    private record Numbered(long id, int storeId, String topic, String payload) {
    }

    public OutboxRelay(Database database, EventBus bus) {
        this.sessions = database.sessionFactory();
        this.dataSource = database.dataSource();
        this.bus = bus;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("outbox-relay-"));
    }

    public void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::cycle, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether this terminal publishes the chain's events now. */
    public synchronized boolean isLeader() {
        return leaderConnection != null;
    }

    /**
     * One cycle if this relay is (or becomes) the leader: numbers the new events, then publishes
     * what is numbered and unpublished. Returns how many events went out.
     */
    public synchronized int relayOnce() {
        if (!holdLeadership()) {
            return 0;
        }
        numberNewEvents();
        return publishNumbered();
    }

    private void cycle() {
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

    /**
     * Takes or keeps the leader lock on a connection of its own. The keepalive settings let the
     * server notice a vanished leader within about half a minute and release its lock.
     */
    private boolean holdLeadership() {
        try {
            if (leaderConnection != null) {
                if (leaderConnection.isValid(2)) {
                    return true;
                }
                releaseLeadership();
            }
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3");
                try (ResultSet rs = statement.executeQuery("SELECT pg_try_advisory_lock(" + LEADER_LOCK + ")")) {
                    if (rs.next() && rs.getBoolean(1)) {
                        leaderConnection = connection;
                        LOG.info("This terminal now publishes the outbox");
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            releaseLeadership();
            throw new EventBusException("Cannot reach the database to relay events: " + e.getMessage(), e);
        }
    }

    private void releaseLeadership() {
        if (leaderConnection != null) {
            try {
                leaderConnection.close();
            } catch (SQLException ignored) {
                // the connection is gone already, and the lock with it
            }
            leaderConnection = null;
        }
    }

    /** Gives unnumbered events their seq, per store and topic in outbox order, in one transaction. */
    private void numberNewEvents() {
        sessions.inTransaction(session -> {
            Map<String, List<Long>> byChannel = new LinkedHashMap<>();
            // "published_at IS NULL" is implied (nothing unnumbered was ever published) and lets the
            // partial index of unpublished rows answer instead of a scan of the whole outbox.
            session.createNativeQuery("SELECT id, store_id, topic FROM outbox_event WHERE published_at IS NULL"
                            + " AND seq IS NULL ORDER BY id LIMIT " + BATCH + " FOR UPDATE", Object[].class)
                    .getResultList()
                    .forEach(row -> byChannel.computeIfAbsent(row[1] + "/" + row[2], k -> new ArrayList<>())
                            .add(((Number) row[0]).longValue()));
            byChannel.forEach((channel, ids) -> {
                int storeId = Integer.parseInt(channel.substring(0, channel.indexOf('/')));
                String topic = channel.substring(channel.indexOf('/') + 1);
                long last = session.createNativeQuery("INSERT INTO event_sequence AS s (store_id, topic, last_seq)"
                                + " VALUES (:store, :topic, :count) ON CONFLICT (store_id, topic)"
                                + " DO UPDATE SET last_seq = s.last_seq + :count RETURNING last_seq", Long.class)
                        .setParameter("store", storeId)
                        .setParameter("topic", topic)
                        .setParameter("count", (long) ids.size())
                        .getSingleResult();
                session.createNativeQuery("UPDATE outbox_event o SET seq = CAST(:first AS bigint) + n.ord - 1,"
                                + " payload = jsonb_set(o.payload, '{seq}', to_jsonb(CAST(:first AS bigint) + n.ord - 1))"
                                + " FROM unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS n(id, ord)"
                                + " WHERE o.id = n.id", Object.class)
                        .setParameter("ids", ids.toArray(Long[]::new))
                        .setParameter("first", last - ids.size() + 1)
                        .executeUpdate();
            });
        });
    }

    /** Publishes numbered, unpublished events in seq order; stops at the first failure. */
    private int publishNumbered() {
        List<Numbered> pending = sessions.fromTransaction(session -> session.createNativeQuery(
                        "SELECT id, store_id, topic, payload::text FROM outbox_event"
                                + " WHERE published_at IS NULL AND seq IS NOT NULL ORDER BY seq, store_id, topic LIMIT " + BATCH,
                        Object[].class)
                .getResultList().stream()
                .map(row -> new Numbered(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2],
                        (String) row[3]))
                .toList());
        List<Long> published = new ArrayList<>();
        try {
            for (Numbered event : pending) {
                // outbox_event's CHECK admits only the store topics, so every row has its channel.
                String channel = EventTopic.ofStoreTopic(event.topic()).channel(event.storeId());
                bus.publish(channel, event.payload());
                published.add(event.id());
            }
        } finally {
            markPublished(published);
        }
        return published.size();
    }

    private void markPublished(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        sessions.inTransaction(session -> {
            // Losing this mark in a crash only sends the same seq again, which readers skip: no need
            // to wait for the disk flush.
            session.createNativeQuery("SET LOCAL synchronous_commit = off", Object.class).executeUpdate();
            session.createNativeQuery("UPDATE outbox_event SET published_at = :now WHERE id = ANY(:ids)", Object.class)
                    .setParameter("now", Instant.now())
                    .setParameter("ids", ids.toArray(Long[]::new))
                    .executeUpdate();
        });
    }

    /** What {@link #drain} did: events it published, and unpublished ones still in the outbox (-1: unknown). */
    public record Drain(int published, long left) {
    }

    /**
     * Closing: stops the cycles, then publishes what was in the outbox when closing began, for up
     * to {@code wait}, and gives up the leadership. While another terminal leads, it waits for that
     * one to publish them. What is left stays in the outbox and goes out at the next cycle of any
     * terminal (this one's next start): nothing is lost.
     *
     * @param onPublished told the running total each time events go out (on this thread)
     */
    public Drain drain(Duration wait, IntConsumer onPublished) {
        long deadline = System.nanoTime() + wait.toNanos();
        scheduler.shutdown();
        int published = 0;
        long left = -1;
        try {
            scheduler.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
            long upTo = newestEventId();
            left = unpublishedUpTo(upTo);
            while (left > 0 && System.nanoTime() < deadline) {
                int sent = 0;
                try {
                    sent = relayOnce();
                } catch (RuntimeException e) {
                    LOG.debug("Outbox not drained yet: {}", e.getMessage());
                }
                if (sent > 0) {
                    published += sent;
                    onPublished.accept(published);
                }
                left = unpublishedUpTo(upTo);
                if (left > 0 && sent == 0) {
                    Thread.sleep(DRAIN_RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Cannot count the events left in the outbox: {}", e.getMessage());
        } finally {
            synchronized (this) {
                releaseLeadership();
            }
        }
        return new Drain(published, left);
    }

    private long newestEventId() {
        return sessions.fromTransaction(session -> session.createNativeQuery(
                "SELECT coalesce(max(id), 0) FROM outbox_event", Long.class).getSingleResult());
    }

    private long unpublishedUpTo(long id) {
        return sessions.fromTransaction(session -> session.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND id <= :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }

    /** Publishes what can still be published within 5 s, then gives up the leadership (no event is lost either way). */
    @Override
    public void close() {
        drain(DEFAULT_DRAIN, published -> { });
    }
}
