package fr.ocpizza.pos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The idle lock as the counter lives it: real services on a real database, headless JavaFX, and
 * an idle delay of 300 ms instead of minutes.
 */
@TerminalFlowTest(loginScreen = false)
class IdleLockFlowTest {

    private static final Duration IDLE_DELAY = Duration.ofMillis(300);

    private static AppContext context;
    private static Optional<String> storeName;

    private FxTaskExecutor executor;
    private Scene scene;
    private ScreenFlow flow;

    @BeforeAll
    static void startServices(AppContext terminal) {
        context = terminal;
        storeName = context.storeName();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        scene = new Scene(new StackPane(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeScreens() {
        if (flow != null) {
            WaitForAsyncUtils.asyncFx(() -> flow.close());
        }
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void idleCashierIsSentBackToTheLoginWithTheNoticeAndTheLoginKept(FxRobot robot) throws Exception {
        openFlow(IDLE_DELAY);
        logInAsCashier(robot);

        waitUntilShown(robot, "#keypad");

        assertThat(isShown(robot, "#workspaceTitle")).as("the locked shell is hidden under the login").isFalse();
        assertThat(text(robot, "#notice")).isEqualTo("Session verrouillée après moins d’une minute d’inactivité");
        assertThat(robot.lookup("#notice").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#login").queryAs(TextField.class).getText()).isEqualTo("caisse1");
        assertThat(robot.lookup("#secret").queryAs(PasswordField.class).getText()).isEmpty();

        // Quick re-entry: the code alone.
        tapPin(robot, DemoData.CASHIER_PIN);
        robot.clickOn("#loginButton");
        waitUntilShown(robot, "#workspaceTitle");
    }

    @Test
    void theSameCashierFindsHisBasketAfterTheLockAndAnotherOneStartsAfresh(FxRobot robot) throws Exception {
        openFlow(Duration.ofSeconds(2));
        logInAsCashier(robot);
        waitUntil(() -> robot.lookup("#tile-reine-M").tryQuery().isPresent());
        robot.write("reine").type(KeyCode.ENTER);
        waitUntil(() -> basketSize(robot) == 1);

        waitUntilShown(robot, "#keypad");
        tapPin(robot, DemoData.CASHIER_PIN);
        robot.clickOn("#loginButton");
        waitUntilShown(robot, "#workspaceTitle");
        assertThat(basketSize(robot)).as("the basket typed before the lock").isEqualTo(1);
        // The keyboard is back where he left it: his typing goes on into the same basket.
        robot.write("margherita").type(KeyCode.ENTER);
        waitUntil(() -> basketSize(robot) == 2);

        waitUntilShown(robot, "#keypad");
        robot.doubleClickOn("#login").eraseText(20).write("gerant1");
        robot.clickOn("#secret").write(DemoData.MANAGER_PASSWORD).type(KeyCode.ENTER);
        waitUntilShown(robot, "#workspaceTitle");
        assertThat(isShown(robot, "#basketList")).as("the cashier's basket is not the manager's").isFalse();
    }

    @Test
    void changingUserStartsTheTerminalsCounterAfreshWithTheKeyboardInItsSearch(FxRobot robot) throws Exception {
        openFlow(Duration.ZERO);
        logInAsCashier(robot);
        waitUntil(() -> robot.lookup("#tile-reine-M").tryQuery().isPresent());
        robot.write("reine").type(KeyCode.ENTER);
        waitUntil(() -> basketSize(robot) == 1);

        robot.clickOn("#logoutButton");
        waitUntilShown(robot, "#keypad");
        assertThat(isShown(robot, "#basketList")).as("the counter stays in the window, hidden").isFalse();
        logInAsCashier(robot);
        assertThat(basketSize(robot)).as("a new session, not the one before").isZero();
        robot.write("reine").type(KeyCode.ENTER);
        waitUntil(() -> basketSize(robot) == 1);
    }

    private static int basketSize(FxRobot robot) {
        return robot.lookup("#basketList").tryQuery()
                .map(list -> ((javafx.scene.control.ListView<?>) list).getItems().size()).orElse(-1);
    }

    @Test
    void mouseMovesAndKeysEvery100MillisecondsKeepTheSessionOpen(FxRobot robot) throws Exception {
        // Three seconds: the counter's first display holds the headless (software) UI thread up to a
        // second, and the robot's first move waits behind it.
        openFlow(Duration.ofSeconds(3));
        logInAsCashier(robot);

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (int step = 0; System.nanoTime() < end; step++) {
            if (step % 2 == 0) {
                robot.moveBy(step % 4 == 0 ? 3 : -3, 0);
            } else {
                robot.type(KeyCode.SHIFT);
            }
            assertThat(robot.lookup("#workspaceTitle").tryQuery()).as("shell still open at step " + step).isPresent();
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workspaceTitle").tryQuery()).isPresent();
        assertThat(robot.lookup("#keypad").tryQuery()).isEmpty();
    }

    @Test
    void zeroDelayNeverLocks(FxRobot robot) throws Exception {
        openFlow(Duration.ZERO);
        logInAsCashier(robot);

        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#workspaceTitle").tryQuery()).isPresent();
        assertThat(robot.lookup("#keypad").tryQuery()).isEmpty();
    }

    private void openFlow(Duration idleDelay) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            flow = new ScreenFlow(scene, new ViewFactory(context, executor, Messages.french(), storeName), idleDelay);
            flow.showLogin();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void logInAsCashier(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("caisse1");
        tapPin(robot, DemoData.CASHIER_PIN);
        robot.clickOn("#loginButton");
        waitUntilShown(robot, "#workspaceTitle");
    }

    private static void tapPin(FxRobot robot, String pin) {
        for (char digit : pin.toCharArray()) {
            robot.clickOn("#key" + digit);
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntilShown(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> isShown(robot, query));
    }

    /** Whether a node of that query is on screen: it and all its parents visible (a locked shell stays, hidden). */
    private static boolean isShown(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().anyMatch(node -> {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
