package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/**
 * Closing the terminal publishes what waits in the outbox, over the database still open, before
 * it closes Redis and the database (real PostgreSQL and Redis). The relay is set to cycle once a
 * minute, so that only closing can publish the events written after its first cycle.
 */
class ShutdownDrainsOutboxTest {

    private static final String CHANNEL = "ocpizza:store:1:orders";

    private TestDatabase database;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private Jedis subscriber;
    private JedisPubSub pubSub;

    @BeforeEach
    void subscribe() throws InterruptedException {
        database = TestPostgres.newDatabase();
        CountDownLatch subscribed = new CountDownLatch(1);
        pubSub = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String message) {
                received.add(message);
            }

            @Override
            public void onSubscribe(String channel, int count) {
                subscribed.countDown();
            }
        };
        subscriber = new Jedis(URI.create(TestRedis.url()));
        Thread thread = new Thread(() -> subscriber.subscribe(pubSub, CHANNEL), "test-subscriber");
        thread.setDaemon(true);
        thread.start();
        assertThat(subscribed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void unsubscribe() {
        pubSub.unsubscribe();
        subscriber.close();
        database.close();
    }

    @Test
    void closingPublishesThePendingEventsBeforeTheDatabaseCloses() throws Exception {
        Map<String, String> values = new HashMap<>(database.configValues());
        values.put(AppConfig.REDIS_URL, TestRedis.url());
        values.put(AppConfig.OUTBOX_POLL_MILLIS, "60000");
        AppContext context = AppContext.start(AppConfig.of(values));
        awaitFirstRelayCycle();
        writePendingEvents(3);
        List<Integer> progress = new CopyOnWriteArrayList<>();

        AppContext.ShutdownReport report = context.shutDown(Duration.ofSeconds(5), progress::add);

        assertThat(report.published()).isEqualTo(3);
        assertThat(report.leftInOutbox()).isZero();
        assertThat(progress).last().isEqualTo(3);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (received.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).hasSize(3).allSatisfy(message -> assertThat(message).contains("CLOSING_TEST"));
        // Closed in order: nothing of the terminal is left connected to the database.
        assertThat(count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'ocpizza-terminal'")).isZero();
    }

    @Test
    void whatCannotBePublishedInTimeStaysInTheOutboxAndIsCounted() throws Exception {
        TestRedis.PrivateRedis redis = TestRedis.startPrivate();
        Map<String, String> values = new HashMap<>(database.configValues());
        values.put(AppConfig.REDIS_URL, redis.url());
        values.put(AppConfig.OUTBOX_POLL_MILLIS, "60000");
        AppContext context = AppContext.start(AppConfig.of(values));
        awaitFirstRelayCycle();
        redis.stop();
        writePendingEvents(2);

        AppContext.ShutdownReport report = context.shutDown(Duration.ofMillis(500), published -> { });

        assertThat(report.published()).isZero();
        assertThat(report.leftInOutbox()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isEqualTo(2);
    }

    /** The relay's first cycle holds the leader lock: events written after it wait for the next. */
    private void awaitFirstRelayCycle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (count("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                + " WHERE l.locktype = 'advisory' AND d.datname = current_database()") == 0) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(300);
        execute("UPDATE outbox_event SET published_at = now() WHERE published_at IS NULL");
    }

    private void writePendingEvents(int howMany) throws SQLException {
        for (int i = 0; i < howMany; i++) {
            execute("INSERT INTO outbox_event (event_id, store_id, topic, type, payload) VALUES (gen_random_uuid(), 1,"
                    + " 'orders', 'CLOSING_TEST', '{\"type\": \"CLOSING_TEST\", \"storeId\": 1}')");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
