package fr.ocpizza.pos.ui.backoffice.terminals;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.application.supervision.LiveUpdates;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeats;
import fr.ocpizza.pos.testsupport.Screenshots;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/backoffice-terminals.png and login.png; not part of the suite (run with
 * {@code mvn verify -Dtest=TerminalsScreenshotTest -Docpizza.screenshots=docs/screenshots}).
 */
@EnabledIfSystemProperty(named = "ocpizza.screenshots", matches = ".+")
@TerminalFlowTest
class TerminalsScreenshotTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theChainsTerminals(FxRobot robot, AppContext context) throws Exception {
        TerminalHeartbeats table = new TerminalHeartbeats(context.database().sessionFactory());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        table.save(beat(1, "caisse-bastille-1", "counter", "caisse1", now.minusSeconds(4), now.minusSeconds(9), 1842L,
                true, LiveUpdates.REDIS_UP, null));
        table.save(beat(1, "cuisine-bastille", "kitchen", "pizza1", now.minusSeconds(11), now.minusSeconds(9), 1842L,
                true, LiveUpdates.REDIS_UP, null));
        table.save(beat(2, "caisse-republique", "counter", "caisse2", now.minusSeconds(14 * 60), now.minusSeconds(15 * 60),
                977L, true, LiveUpdates.REDIS_UP, null));
        table.save(beat(3, "cuisine-nation", "kitchen", "pizza3", now.minusSeconds(70), now.minusSeconds(300), 512L, true,
                LiveUpdates.REDIS_UP, null));
        table.save(beat(4, "bureau-oberkampf", "login", null, now.minusSeconds(3 * 3600), now.minusSeconds(4 * 3600), 230L,
                true, LiveUpdates.REDIS_UP, now.minusSeconds(3 * 3600)));
        table.save(beat(5, "caisse-batignolles", "counter", "caisse5", now.minusSeconds(6), null, null, true,
                LiveUpdates.REDIS_DOWN, null));

        TerminalWindow.logInManager(robot, "direction");
        TerminalWindow.showTab(robot, "terminalsTab");
        TerminalWindow.waitUntil(() -> robot.lookup("#terminalsTable").queryAs(TableView.class).getItems().size() == 6);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        Screenshots.write(stage.getScene().getRoot(),
                Path.of(System.getProperty("ocpizza.screenshots")).resolve("backoffice-terminals.png"));
    }

    /** The login screen shows the connections' status bar too (docs/screenshots/login.png). */
    @Test
    void theLoginScreenWithItsStatusBar(FxRobot robot) throws Exception {
        TerminalWindow.waitUntil(() -> robot.lookup("#databaseStatus").queryAs(javafx.scene.control.Label.class)
                .getText().endsWith("connectée"));
        robot.clickOn("#login").write("caisse1");
        robot.clickOn("#secret").write("1234");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Screenshots.write(stage.getScene().getRoot(), Path.of(System.getProperty("ocpizza.screenshots")).resolve("login.png"));
    }

    private static Heartbeat beat(int store, String host, String workspace, String login, Instant at, Instant lastEvent,
                                  Long seq, boolean databaseUp, LiveUpdates live, Instant stoppedAt) {
        return new Heartbeat(UUID.randomUUID(), host, store, workspace, login, "1.0.0", lastEvent,
                lastEvent == null ? null : UUID.randomUUID(), seq, databaseUp, live, 15, at.minusSeconds(5 * 3600), at,
                stoppedAt);
    }
}
