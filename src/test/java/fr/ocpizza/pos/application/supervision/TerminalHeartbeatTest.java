package fr.ocpizza.pos.application.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.events.RedisEventBus;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
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
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A terminal's heartbeat against the real PostgreSQL and Redis: one row per terminal, and the same on Redis. */
class TerminalHeartbeatTest {

    private TestDatabase testDb;
    private AppContext terminal;
    private RedisEventBus listener;
    private final List<Heartbeat> published = new CopyOnWriteArrayList<>();
    private final TerminalIdentity identity = new TerminalIdentity(UUID.randomUUID(), "caisse-bastille-test");

    @BeforeEach
    void start() throws Exception {
        testDb = TestPostgres.newDatabase();
        Map<String, String> values = new HashMap<>(testDb.configValues());
        values.put(AppConfig.REDIS_URL, TestRedis.url());
        values.put(AppConfig.HEARTBEAT_SECONDS, "5");
        terminal = AppContext.start(AppConfig.of(values));
        listener = new RedisEventBus(TestRedis.url());
        // Other test runs may publish on the same Redis: keep this terminal's beats only.
        listener.subscribe(HeartbeatChannel.NAME, message -> {
            Heartbeat beat = HeartbeatJson.read(message);
            if (beat.terminalId().equals(identity.terminalId())) {
                published.add(beat);
            }
        });
        Thread.sleep(200);
    }

    @AfterEach
    void stop() {
        listener.close();
        terminal.close();
        testDb.close();
    }

    @Test
    void heartbeatUpsertsOneRowWithEveryFieldAndPublishesItOnRedis() throws Exception {
        Instant before = Instant.now();
        TerminalHeartbeat heartbeat = terminal.startHeartbeat(identity);
        Fixtures fx = new Fixtures(terminal.database());
        waitFor(() -> fx.count("SELECT count(*) FROM terminal_heartbeat WHERE terminal_id = ?::uuid",
                identity.terminalId().toString()) == 1);

        Heartbeat first = rowOfThisTerminal();
        assertThat(first.hostname()).isEqualTo("caisse-bastille-test");
        assertThat(first.storeId()).isEqualTo(1);
        assertThat(first.workspace()).isEqualTo("login");
        assertThat(first.staffLogin()).isNull();
        assertThat(first.appVersion()).isEqualTo("dev");
        assertThat(first.databaseUp()).isTrue();
        assertThat(first.liveUpdates()).isEqualTo(LiveUpdates.REDIS_UP);
        assertThat(first.periodSeconds()).isEqualTo(5);
        assertThat(first.startedAt()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(first.lastEventAt()).isNull();
        assertThat(first.stoppedAt()).isNull();

        // A screen's live feed receives an order's event: the next beat reports it.
        List<StoreEvent> received = new CopyOnWriteArrayList<>();
        AutoCloseable feed = terminal.liveFeed().subscribe(1, new StoreEventListener() {
            @Override
            public void onEvent(StoreEvent event) {
                received.add(event);
            }

            @Override
            public void onResync() {
            }
        });
        KitchenOrders counter = new KitchenOrders(terminal.orders(), fx, 1);
        counter.takeaway(20, counter.line("reine", "M", 1));
        waitFor(() -> !received.isEmpty());
        heartbeat.showing("counter", "caisse1");
        waitFor(() -> "counter".equals(rowOfThisTerminal().workspace()));

        Heartbeat second = rowOfThisTerminal();
        assertThat(second.staffLogin()).isEqualTo("caisse1");
        // The order's event and its stock event: the row names one of them, with its own seq.
        StoreEvent named = received.stream().filter(event -> event.eventId().equals(second.lastEventId()))
                .findFirst().orElseThrow();
        assertThat(second.lastEventSeq()).isEqualTo(named.seq());
        assertThat(second.lastEventAt()).isNotNull();
        assertThat(second.heartbeatAt()).isAfterOrEqualTo(first.heartbeatAt());
        assertThat(second.startedAt()).isEqualTo(first.startedAt());
        assertThat(fx.count("SELECT count(*) FROM terminal_heartbeat")).isEqualTo(1);
        feed.close();

        waitFor(() -> published.stream().anyMatch(beat -> "caisse1".equals(beat.staffLogin())));
        Heartbeat onRedis = published.stream().filter(beat -> "caisse1".equals(beat.staffLogin())).findFirst().orElseThrow();
        assertThat(onRedis.workspace()).isEqualTo("counter");
        assertThat(onRedis.liveUpdates()).isEqualTo(LiveUpdates.REDIS_UP);
        assertThat(onRedis.lastEventId()).isNotNull();

        // Closing the terminal sends a last beat, marked stopped, to both.
        terminal.heartbeat().orElseThrow().close();
        Heartbeat last = rowOfThisTerminal();
        assertThat(last.stoppedAt()).isNotNull();
        assertThat(last.status(Instant.now())).isEqualTo(fr.ocpizza.pos.domain.supervision.TerminalStatus.STOPPED);
        waitFor(() -> published.stream().anyMatch(beat -> beat.stoppedAt() != null));
        assertThat(fx.count("SELECT count(*) FROM terminal_heartbeat")).isEqualTo(1);
    }

    @Test
    void theTerminalIdIsMadeOnceAndKeptInTheDataFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir) {
        TerminalIdentity first = TerminalIdentity.of(dataDir);
        TerminalIdentity again = TerminalIdentity.of(dataDir);

        assertThat(again.terminalId()).isEqualTo(first.terminalId());
        assertThat(dataDir.resolve(TerminalIdentity.ID_FILE)).exists();
        assertThat(first.hostname()).isNotBlank();
    }

    @Test
    void theHeartbeatPeriodIsValidatedWithTheOtherSettings() {
        assertThat(AppConfig.of(Map.of()).heartbeatPeriod()).isEqualTo(Duration.ofSeconds(15));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.HEARTBEAT_SECONDS, "2")))
                .isInstanceOf(fr.ocpizza.pos.config.ConfigException.class)
                .hasMessageContaining("supervision.heartbeat.seconds=2 is out of range: use a number from 5 to 300");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppConfig.of(Map.of(AppConfig.HEARTBEAT_SECONDS, "often")))
                .isInstanceOf(fr.ocpizza.pos.config.ConfigException.class)
                .hasMessageContaining("is not a whole number");
    }

    private Heartbeat rowOfThisTerminal() {
        return new TerminalHeartbeats(terminal.database().sessionFactory()).latest(null).stream()
                .filter(beat -> beat.terminalId().equals(identity.terminalId())).findFirst().orElseThrow();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 10 s");
            }
            Thread.sleep(50);
        }
    }
}
