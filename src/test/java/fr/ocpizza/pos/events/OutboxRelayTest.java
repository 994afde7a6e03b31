package fr.ocpizza.pos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            AutoCloseable subscription = bus.subscribe(EventBus.ordersChannel(1), received::add);
            Thread.sleep(300); // let the subscription reach Redis before publishing
            OrderService orders = new OrderService(database.sessionFactory(), Clock.systemUTC());
            OutboxRelay relay = new OutboxRelay(database.sessionFactory(), bus);
            relay.relayOnce(); // what earlier tests left behind

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
            assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
            subscription.close();
        }
    }

    @Test
    void whileRedisIsDownEventsStayInTheOutboxAndLeaveWhenItReturns() throws Exception {
        TestRedis.PrivateRedis redis = TestRedis.startPrivate();
        try (RedisEventBus bus = new RedisEventBus(redis.url())) {
            OutboxRelay relay = new OutboxRelay(database.sessionFactory(), bus);
            relay.relayOnce();
            redis.stop();

            new OrderService(database.sessionFactory(), Clock.systemUTC()).place(fx.staff("caisse1"), NewOrder.takeaway(1,
                    Instant.now().plus(Duration.ofMinutes(20)), List.of(LineRequest.of(fx.productSizeId("reine", "S"), 1)), null));
            assertThatThrownBy(relay::relayOnce).isInstanceOf(EventBusException.class);
            assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isPositive();

            redis.restart();
            assertThat(relay.relayOnce()).isPositive();
            assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
        } finally {
            redis.stop();
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
