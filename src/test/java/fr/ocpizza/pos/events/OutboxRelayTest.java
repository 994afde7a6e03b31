package fr.ocpizza.pos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.application.live.EventTopic;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events written with the change reach Redis subscribers, in order, and wait while Redis is down. */
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServiceDatabase db;
    private static Database database;
    private static Fixtures fx;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        database = db.database();
        fx = db.fx();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void orderEventsAreRelayedToTheStoreChannelInCommitOrder() throws Exception {
        try (RedisEventBus bus = new RedisEventBus(TestRedis.url())) {
            List<String> received = new CopyOnWriteArrayList<>();
            AutoCloseable subscription = bus.subscribe(EventTopic.ORDERS.channel(1), received::add);
            Thread.sleep(300); // let the subscription reach Redis before publishing
            OrderService orders = new OrderService(database.sessionFactory(), Clock.systemUTC());
            OutboxRelay relay = new OutboxRelay(database, bus);
            relay.relayOnce(); // what earlier tests left behind
            received.clear();

            OrderView order = orders.place(fx.staff("caisse1"), NewOrder.takeaway(1, Instant.now().plus(Duration.ofMinutes(20)),
                    List.of(LineRequest.of(fx.productSizeId("margherita", "S"), 1)), null));
            orders.changeStatus(fx.staff("pizzaiolo1"), order.id(), OrderStatus.IN_PREPARATION);
            relay.relayOnce();

            awaitSize(received, 2);
            JsonNode placed = JSON.readTree(received.get(0));
            JsonNode started = JSON.readTree(received.get(1));
            assertThat(placed.get("type").asText()).isEqualTo("ORDER_PLACED");
            assertThat(placed.get("orderId").asLong()).isEqualTo(order.id());
            assertThat(placed.get("storeId").asInt()).isEqualTo(1);
            assertThat(placed.get("eventId").asText()).isNotBlank();
            assertThat(java.time.OffsetDateTime.parse(placed.get("at").asText())).isNotNull();
            assertThat(started.get("type").asText()).isEqualTo("ORDER_STATUS_CHANGED");
            assertThat(started.get("status").asText()).isEqualTo("IN_PREPARATION");
            assertThat(started.get("seq").asLong()).isEqualTo(placed.get("seq").asLong() + 1);
            assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
            subscription.close();
            relay.close();
        }
    }

    @Test
    void whileRedisIsDownEventsStayInTheOutboxAndLeaveWhenItReturns() throws Exception {
        TestRedis.PrivateRedis redis = TestRedis.startPrivate();
        try (RedisEventBus bus = new RedisEventBus(redis.url())) {
            OutboxRelay relay = new OutboxRelay(database, bus);
            relay.relayOnce();
            long seqBefore = fx.count("SELECT coalesce(max(seq), 0) FROM outbox_event WHERE store_id = 1 AND topic = 'orders'");
            redis.stop();

            new OrderService(database.sessionFactory(), Clock.systemUTC()).place(fx.staff("caisse1"), NewOrder.takeaway(1,
                    Instant.now().plus(Duration.ofMinutes(20)), List.of(LineRequest.of(fx.productSizeId("reine", "S"), 1)), null));
            assertThatThrownBy(relay::relayOnce).isInstanceOf(EventBusException.class);
            assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isPositive();

            // Numbered while Redis was down, and kept for the next try.
            assertThat(fx.count("SELECT max(seq) FROM outbox_event WHERE store_id = 1 AND topic = 'orders'"))
                    .isEqualTo(seqBefore + 1);

            redis.restart();
            assertThat(relay.relayOnce()).isPositive();
            assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
            relay.close();
        } finally {
            redis.stop();
        }
    }

    @Test
    void oneTerminalPublishesAtATimeAndAnotherTakesOverWhenItStops() {
        try (InProcessEventBus bus = new InProcessEventBus()) {
            OutboxRelay first = new OutboxRelay(database, bus);
            OutboxRelay second = new OutboxRelay(database, bus);
            first.relayOnce();
            second.relayOnce();
            assertThat(first.isLeader()).isTrue();
            assertThat(second.isLeader()).isFalse();

            first.close();
            second.relayOnce();
            assertThat(second.isLeader()).isTrue();
            second.close();
        }
    }

    private static void awaitSize(List<String> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }
}
