package fr.ocpizza.pos.events;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.live.EventTopic;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.simulation.OnlineShopSimulator;
import fr.ocpizza.pos.simulation.SimulationReport;
import fr.ocpizza.pos.simulation.SimulationSettings;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientType;
import redis.clients.jedis.params.ClientKillParams;

/**
 * Two terminals, each with its own connections, talking through a real Redis and a real
 * PostgreSQL: what one does, the other's screens learn, whatever Redis does meanwhile.
 */
class LiveFeedTest {

    private TestDatabase testDb;

    @BeforeEach
    void database() {
        testDb = TestPostgres.newDatabase();
    }

    @AfterEach
    void drop() {
        testDb.close();
    }

    private AppContext terminal(String redisUrl) {
        Map<String, String> values = new HashMap<>(testDb.configValues());
        values.put("redis.url", redisUrl);
        values.put("events.outbox.poll.millis", "50");
        values.put("events.watchdog.seconds", "1");
        return AppContext.start(AppConfig.of(values));
    }

    /** A kitchen screen's memory: open tickets, rebuilt from the database on each reload. */
    private static final class KitchenScreen implements StoreEventListener {
        private final AppContext context;
        private final StaffPrincipal pizzaiolo;
        final Map<Long, Integer> placedEvents = new java.util.concurrent.ConcurrentHashMap<>();
        final List<Long> orderSeqs = new CopyOnWriteArrayList<>();
        final java.util.Set<Long> knownOrders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final AtomicInteger reloads = new AtomicInteger();

        KitchenScreen(AppContext context, StaffPrincipal pizzaiolo) {
            this.context = context;
            this.pizzaiolo = pizzaiolo;
        }

        @Override
        public void onEvent(StoreEvent event) {
            if (event.type().isOrderEvent()) {
                orderSeqs.add(event.seq());
            }
            if (event.type() == EventType.ORDER_PLACED) {
                placedEvents.merge(event.orderId(), 1, Integer::sum);
                knownOrders.add(event.orderId());
            }
        }

        @Override
        public void onResync() {
            reloads.incrementAndGet();
            Instant dayStart = Instant.now().minus(Duration.ofDays(1));
            context.orders().receivedBetween(pizzaiolo, 1, dayStart, Instant.now().plusSeconds(60))
                    .forEach(order -> knownOrders.add(order.id()));
        }
    }

    @Test
    void anOrderPlacedOnOneTerminalReachesTheOtherTerminalsScreen() throws Exception {
        try (AppContext counter = terminal(TestRedis.url()); AppContext kitchen = terminal(TestRedis.url())) {
            Fixtures fx = new Fixtures(counter.database());
            KitchenScreen screen = new KitchenScreen(kitchen, fx.staff("pizzaiolo1"));
            try (AutoCloseable ignored = kitchen.liveFeed().subscribe(1, screen)) {
                await(() -> screen.reloads.get() >= 1);

                OrderView order = counter.orders().place(fx.staff("caisse1"), NewOrder.takeaway(1,
                        Instant.now().plus(Duration.ofMinutes(20)), List.of(LineRequest.of(fx.productSizeId("reine", "M"), 1)), null));
                kitchen.orders().changeStatus(fx.staff("pizzaiolo1"), order.id(), OrderStatus.IN_PREPARATION);

                await(() -> screen.placedEvents.containsKey(order.id()) && screen.orderSeqs.size() >= 2);
                assertThat(screen.placedEvents).containsEntry(order.id(), 1);
                assertThat(screen.orderSeqs).isSorted().doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void redisStoppedAndRestartedMidStreamLosesNoTicketAndDoublesNone() throws Exception {
        TestRedis.PrivateRedis redis = TestRedis.startPrivate();
        try (AppContext counter = terminal(redis.url()); AppContext kitchen = terminal(redis.url())) {
            Fixtures fx = new Fixtures(counter.database());
            StaffPrincipal cashier = fx.staff("caisse1");
            int margheritaS = fx.productSizeId("margherita", "S");
            KitchenScreen screen = new KitchenScreen(kitchen, fx.staff("pizzaiolo1"));
            List<Long> placed = new CopyOnWriteArrayList<>();
            try (AutoCloseable ignored = kitchen.liveFeed().subscribe(1, screen)) {
                await(() -> screen.reloads.get() >= 1);
                for (int i = 0; i < 45; i++) {
                    if (i == 15) {
                        redis.stop();
                    }
                    if (i == 30) {
                        redis.restart();
                    }
                    placed.add(counter.orders().place(cashier, NewOrder.takeaway(1, Instant.now().plus(Duration.ofMinutes(20)),
                            List.of(LineRequest.of(margheritaS, 1)), null)).id());
                    Thread.sleep(40);
                }
                await(() -> screen.knownOrders.containsAll(placed));

                assertThat(screen.knownOrders).containsAll(placed);
                assertThat(screen.placedEvents.values()).allMatch(times -> times == 1);
                assertThat(screen.orderSeqs).isSorted().doesNotHaveDuplicates();
                assertThat(screen.reloads.get()).isGreaterThanOrEqualTo(2);
                await(() -> new Fixtures(counter.database()).count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0);
            }
        } finally {
            redis.stop();
        }
    }

    @Test
    void aKilledSubscriptionComesBackAndReloads() throws Exception {
        TestRedis.PrivateRedis redis = TestRedis.startPrivate();
        try (AppContext counter = terminal(redis.url()); AppContext kitchen = terminal(redis.url())) {
            Fixtures fx = new Fixtures(counter.database());
            KitchenScreen screen = new KitchenScreen(kitchen, fx.staff("pizzaiolo1"));
            try (AutoCloseable ignored = kitchen.liveFeed().subscribe(1, screen); Jedis admin = new Jedis("127.0.0.1", redis.port())) {
                await(() -> screen.reloads.get() >= 1);
                int before = screen.reloads.get();
                admin.clientKill(ClientKillParams.clientKillParams().type(ClientType.PUBSUB));

                await(() -> screen.reloads.get() > before);
                OrderView order = counter.orders().place(fx.staff("caisse1"), NewOrder.takeaway(1,
                        Instant.now().plus(Duration.ofMinutes(20)), List.of(LineRequest.of(fx.productSizeId("reine", "S"), 1)), null));
                await(() -> screen.placedEvents.containsKey(order.id()));
            }
        } finally {
            redis.stop();
        }
    }

    @Test
    void ordersOfTheSimulatedWebSiteReachAKitchenScreenThroughTheRelay() throws Exception {
        try (AppContext kitchen = terminal(TestRedis.url())) {
            Fixtures fx = new Fixtures(kitchen.database());
            KitchenScreen screen = new KitchenScreen(kitchen, fx.staff("pizzaiolo1"));
            try (AutoCloseable ignored = kitchen.liveFeed().subscribe(1, screen)) {
                await(() -> screen.reloads.get() >= 1);

                SimulationReport report = OnlineShopSimulator.forStore(kitchen.database().dataSource(), 1)
                        .run(SimulationSettings.of(8, 3), line -> { });

                assertThat(report.placed()).isPositive();
                await(() -> screen.placedEvents.size() >= report.placed());
                assertThat(screen.placedEvents.keySet()).containsExactlyInAnyOrderElementsOf(
                        fx.ids("SELECT id FROM customer_order WHERE channel = 'ONLINE'"));
                assertThat(screen.placedEvents.values()).allMatch(times -> times == 1);
            }
        }
    }

    @Test
    void aGapInSeqMakesTheScreenReloadAndDuplicatesAreSkipped() throws Exception {
        try (InProcessEventBus bus = new InProcessEventBus(); var database = testDb.connect();
             StoreEventFeed feed = new StoreEventFeed(bus, database.sessionFactory(), Duration.ofHours(1))) {
            Recorder recorder = new Recorder();
            try (AutoCloseable ignored = feed.subscribe(1, recorder)) {
                String channel = EventTopic.ORDERS.channel(1);
                bus.publish(channel, event(1));
                bus.publish(channel, event(2));
                bus.publish(channel, event(2));
                bus.publish(channel, event(5));
                bus.publish(channel, event(6));
                await(() -> recorder.seqs.size() >= 3);

                assertThat(recorder.seqs).containsExactly(1L, 2L, 6L);
                assertThat(recorder.reloads.get()).isEqualTo(2); // the first load, then the gap 3..4
            }
        }
    }

    @Test
    void malformedAndUnknownMessagesAreSkippedAndTheFeedGoesOn() throws Exception {
        try (InProcessEventBus bus = new InProcessEventBus(); var database = testDb.connect();
             StoreEventFeed feed = new StoreEventFeed(bus, database.sessionFactory(), Duration.ofHours(1))) {
            Recorder recorder = new Recorder();
            try (AutoCloseable ignored = feed.subscribe(1, recorder)) {
                String channel = EventTopic.ORDERS.channel(1);
                bus.publish(channel, event(1));
                bus.publish(channel, "pas du JSON {");
                bus.publish(channel, "[1, 2]");
                bus.publish(channel, "{\"type\":\"ORDER_TELEPORTED\",\"eventId\":\"" + UUID.randomUUID() + "\",\"seq\":2}");
                bus.publish(channel, event(2).replace("\"seq\":2", "\"seq\":\"two\""));
                bus.publish(channel, event(2).replace("\"storeId\":1", "\"storeId\":3"));
                bus.publish(channel, event(2).replace("{", "{\"comingSoon\":{\"x\":1},"));
                await(() -> recorder.seqs.size() >= 2);

                assertThat(recorder.seqs).containsExactly(1L, 2L);
                assertThat(recorder.reloads.get()).isEqualTo(1);
            }
        }
    }

    @Test
    void anOrderTheWebSiteWroteWithoutAnEventStillReachesTheScreens() throws Exception {
        try (AppContext kitchen = terminal(TestRedis.url())) {
            Fixtures fx = new Fixtures(kitchen.database());
            KitchenScreen screen = new KitchenScreen(kitchen, fx.staff("pizzaiolo1"));
            try (AutoCloseable ignored = kitchen.liveFeed().subscribe(1, screen)) {
                await(() -> screen.reloads.get() >= 1);
                int before = screen.reloads.get();
                fx.execute("INSERT INTO customer_order (store_id, channel, fulfilment, promised_at, total_cents, vat_cents)"
                        + " VALUES (1, 'ONLINE', 'TAKEAWAY', now() + interval '30 minutes', 0, 0)");
                long id = fx.count("SELECT max(id) FROM customer_order");

                await(() -> screen.reloads.get() > before && screen.knownOrders.contains(id));
            }
        }
    }

    /** Records what the feed hands over. */
    private static final class Recorder implements StoreEventListener {
        final List<Long> seqs = new CopyOnWriteArrayList<>();
        final AtomicInteger reloads = new AtomicInteger();

        @Override
        public void onEvent(StoreEvent event) {
            seqs.add(event.seq());
        }

        @Override
        public void onResync() {
            reloads.incrementAndGet();
        }
    }

    private static String event(long seq) {
        return "{\"type\":\"ORDER_STATUS_CHANGED\",\"eventId\":\"" + UUID.randomUUID() + "\",\"seq\":" + seq
                + ",\"storeId\":1,\"orderId\":42,\"status\":\"READY\",\"at\":\"2026-11-25T12:00:00+01:00\"}";
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 15 s");
            }
            Thread.sleep(25);
        }
    }
}
