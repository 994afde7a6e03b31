package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application's window in a UI flow test: a real terminal's login screen at 1280 × 800 (the
 * headless screen's size), opened before each test and closed after it by {@link TerminalFlowTest},
 * with the waits and steps the flow tests share.
 */
public final class TerminalWindow {

    private FxTaskExecutor executor;
    private ScreenFlow flow;

    /** Shows the terminal's login screen in the test's stage, on the JavaFX thread. */
    public void open(Stage stage, AppContext context) {
        executor = new FxTaskExecutor(2);
        Scene scene = new Scene(new StackPane(), 1280, 800);
        flow = new ScreenFlow(scene, new ViewFactory(context, executor, Messages.french(), context.storeName()));
        flow.showLogin();
        stage.setScene(scene);
        stage.show();
    }

    /** Closes the screens (live subscriptions, timers) and the executor. */
    public void close() {
        WaitForAsyncUtils.asyncFx(() -> flow.close());
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    /** Logs a manager of the demo chain in with his password and waits for the back office. */
    public static void logInManager(FxRobot robot, String login) throws TimeoutException {
        robot.clickOn("#login").write(login);
        robot.clickOn("#secret").write(DemoData.MANAGER_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#backOffice").tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Shows the tab of that id in the back office. */
    public static void showTab(FxRobot robot, String tabId) throws Exception {
        TabPane tabs = robot.lookup("#backOffice").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> tabId.equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
    }

    /** Waits up to 10 s for the condition; a condition that throws is not met yet. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (Exception notYet) {
                return false;
            }
        });
    }
}
