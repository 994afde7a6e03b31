package fr.ocpizza.pos.ui.backoffice.terminals;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.application.supervision.LiveUpdates;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeat;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeats;
import fr.ocpizza.pos.application.supervision.TerminalIdentity;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Heartbeats appearing in the Terminals view: a second terminal, with its own connections, starts
 * and changes screen, and an open back office shows it live through Redis; a store manager sees his
 * store's terminals only.
 */
@TerminalFlowTest(redis = true)
class TerminalsFlowTest {

    private static TestDatabase testDb;
    /** The back office's terminal. */
    private static AppContext office;
    /** Another terminal of store 1, on the same database and Redis. */
    private static AppContext counter;
    private static final String REPUBLIQUE = "caisse-republique-" + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void startASecondTerminal(AppContext terminal, TestDatabase database) {
        testDb = database;
        office = terminal;
        counter = AppContext.start(AppConfig.of(values()));
        // A terminal of store 2, silent for ten minutes: offline.
        Instant now = Instant.now();
        new TerminalHeartbeats(office.database().sessionFactory()).save(new Heartbeat(UUID.randomUUID(), REPUBLIQUE, 2,
                "counter", "caisse2", "1.0.0", null, null, null, true, LiveUpdates.REDIS_UP, 15, now.minusSeconds(3600),
                now.minusSeconds(600), null));
    }

    private static Map<String, String> values() {
        Map<String, String> values = new HashMap<>(testDb.configValues());
        values.put(AppConfig.REDIS_URL, TestRedis.url());
        return values;
    }

    @AfterAll
    static void stopTheSecondTerminal() {
        counter.close();
    }

    @Test
    void aSecondTerminalsHeartbeatsAppearLiveInTheTerminalsTab(FxRobot robot) throws Exception {
        TerminalWindow.logInManager(robot, "direction");
        TerminalWindow.showTab(robot, "terminalsTab");
        waitUntil(() -> hostnames(robot).contains(REPUBLIQUE));
        waitUntil(() -> cellText(robot, REPUBLIQUE).contains("Hors ligne"));

        String hostname = "caisse-bastille-" + UUID.randomUUID().toString().substring(0, 6);
        TerminalHeartbeat heartbeat = counter.startHeartbeat(new TerminalIdentity(UUID.randomUUID(), hostname));
        // The tab reads the database every 30 s: within 5 s, only Redis can have brought it.
        waitUntil(() -> hostnames(robot).contains(hostname));
        assertThat(rowOf(robot, hostname).workspace()).isEqualTo("login");
        waitUntil(() -> cellText(robot, hostname).contains("En ligne"));

        heartbeat.showing("kitchen", "pizza1");
        waitUntil(() -> "kitchen".equals(rowOf(robot, hostname).workspace()));
        assertThat(rowOf(robot, hostname).staffLogin()).isEqualTo("pizza1");
        waitUntil(() -> cellText(robot, hostname).contains("Cuisine | pizza1"));
        assertThat(cellText(robot, hostname)).contains("Redis OK").contains("dev");
        // Offline first: the store 2 terminal is on top.
        assertThat(table(robot).getItems().get(0).hostname()).isEqualTo(REPUBLIQUE);

        heartbeat.close();
        waitUntil(() -> rowOf(robot, hostname).stoppedAt() != null);
        waitUntil(() -> cellText(robot, hostname).contains("Arrêté"));
    }

    @Test
    void aStoreManagerSeesTheTerminalsOfHisStoreOnly(FxRobot robot) throws Exception {
        TerminalWindow.logInManager(robot, "gerant1");
        TerminalWindow.showTab(robot, "terminalsTab");
        String hostname = "cuisine-bastille-" + UUID.randomUUID().toString().substring(0, 6);
        try (AppContext kitchen = AppContext.start(AppConfig.of(values()))) {
            kitchen.startHeartbeat(new TerminalIdentity(UUID.randomUUID(), hostname));
            waitUntil(() -> hostnames(robot).contains(hostname));
        }
        waitUntil(() -> robot.lookup("#terminalsSummary").queryAs(Label.class).getText()
                .startsWith(table(robot).getItems().size() + " terminal"));

        assertThat(hostnames(robot)).doesNotContain(REPUBLIQUE);
        assertThat(table(robot).getItems()).allSatisfy(beat -> assertThat(beat.storeId()).isEqualTo(1));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Heartbeat> table(FxRobot robot) {
        return robot.lookup("#terminalsTable").queryAs(TableView.class);
    }

    private static List<String> hostnames(FxRobot robot) {
        return table(robot).getItems().stream().map(Heartbeat::hostname).toList();
    }

    private static Heartbeat rowOf(FxRobot robot, String hostname) {
        return table(robot).getItems().stream().filter(beat -> beat.hostname().equals(hostname)).findFirst().orElseThrow();
    }

    /** The texts of the row's cells, as shown, joined. */
    private static String cellText(FxRobot robot, String hostname) {
        return robot.lookup("#terminalsTable .table-row-cell").queryAll().stream()
                .map(row -> (javafx.scene.control.TableRow<?>) row)
                .filter(row -> row.getItem() instanceof Heartbeat beat && beat.hostname().equals(hostname))
                .findFirst()
                .map(row -> row.lookupAll(".table-cell").stream()
                        .map(cell -> ((javafx.scene.control.TableCell<?, ?>) cell).getText())
                        .filter(java.util.Objects::nonNull)
                        .reduce("", (a, b) -> a + " | " + b))
                .orElse("");
    }
}
