package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.demo.DemoHistory;
import fr.ocpizza.pos.application.report.Period;
import fr.ocpizza.pos.application.report.ReportScope;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigException;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.events.InProcessEventBus;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command on a fresh machine: no server configured, everything embedded. */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @Test
    void firstStartMigratesAndLoadsTheDemoAndTheDataSurvivesARestart() throws Exception {
        Map<String, String> values = Map.of("db.embedded.dir", dataDir.toString(), "db.embedded.port", String.valueOf(freePort()),
                "events.outbox.poll.millis", "50", "db.embedded.demo.history", "false");
        long orderId;
        try (AppContext first = AppContext.start(AppConfig.of(values))) {
            assertThat(first.database().isEmbedded()).isTrue();
            assertThat(first.eventBus()).isInstanceOf(InProcessEventBus.class);
            List<String> received = new CopyOnWriteArrayList<>();
            first.eventBus().subscribe("ocpizza:store:1:orders", received::add);

            StaffPrincipal cashier = first.auth().login("caisse1", DemoData.CASHIER_PIN);
            int margheritaS = first.stock().whatCanBeMade(cashier, 1).find("margherita", "S").orElseThrow().productSize().id();
            OrderView order = first.orders().place(cashier, NewOrder.takeaway(1, Instant.now().plus(Duration.ofMinutes(15)),
                    List.of(LineRequest.of(margheritaS, 1)), null));
            orderId = order.id();

            // The in-process bus carries the order to this terminal's own screens.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(received).anySatisfy(message -> {
                JsonNode event = new ObjectMapper().readTree(message);
                assertThat(event.get("type").asText()).isEqualTo("ORDER_PLACED");
                assertThat(event.get("orderId").asLong()).isEqualTo(orderId);
            });
        }
        try (AppContext second = AppContext.start(AppConfig.of(values))) {
            StaffPrincipal manager = second.auth().login("gerant1", DemoData.MANAGER_PASSWORD);
            assertThat(second.orders().find(manager, orderId).id()).isEqualTo(orderId);
        }
    }

    @Test
    void firstStartLoadsEightWeeksOfOrderHistoryInTheBackgroundAndTheReportsShowThem() throws Exception {
        Map<String, String> values = Map.of("db.embedded.dir", dataDir.resolve("history").toString(),
                "db.embedded.port", String.valueOf(freePort()));
        try (AppContext context = AppContext.start(AppConfig.of(values))) {
            // start() returned with the history still loading (or just done): the login does not wait for it.
            StaffPrincipal manager = context.auth().login("gerant1", DemoData.MANAGER_PASSWORD);

            DemoHistory.Outcome history = context.demoHistory().get(3, TimeUnit.MINUTES).orElseThrow();

            assertThat(history.orders()).isGreaterThan(10_000);
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            assertThat(context.reports().salesByDay(manager, ReportScope.store(1), Period.of(today.minusDays(56), today)))
                    .hasSize(56);
        }
    }

    @Test
    void aTerminalRefusesToStartOnAServerWhoseSchemaIsNotMigrated() {
        try (TestDatabase empty = TestPostgres.newEmptyDatabase()) {
            assertThatThrownBy(() -> AppContext.start(AppConfig.of(empty.configValues())))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("db migrate");
        }
    }

    @Test
    void whenTheEmbeddedServerCannotStartTheMessageSaysWhyAndHowToUseAServer() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Map<String, String> values = Map.of("db.embedded.dir", dataDir.resolve("busy").toString(),
                    "db.embedded.port", String.valueOf(taken.getLocalPort()));

            assertThatThrownBy(() -> AppContext.start(AppConfig.of(values)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("embedded database could not start")
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("db.embedded.port")
                    .hasMessageContaining("OCPIZZA_DB_URL");
        }
    }

    @Test
    void aSecondTerminalOnTheSameDataFolderIsRefusedWithAClearMessage() throws Exception {
        Map<String, String> values = Map.of("db.embedded.dir", dataDir.resolve("shared").toString(),
                "db.embedded.port", String.valueOf(freePort()), "db.embedded.demo.history", "false");
        try (AppContext first = AppContext.start(AppConfig.of(values))) {
            Map<String, String> second = Map.of("db.embedded.dir", dataDir.resolve("shared").toString(),
                    "db.embedded.port", String.valueOf(freePort()));
            assertThatThrownBy(() -> AppContext.start(AppConfig.of(second)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("in use by another OC Pizza Terminal");
            assertThat(first.database().isReachable()).isTrue();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
