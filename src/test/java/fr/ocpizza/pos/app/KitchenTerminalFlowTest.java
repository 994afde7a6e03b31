package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.shell.TerminalWorkspace;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * A terminal set up as the kitchen's ({@code --workspace kitchen --kiosk}): the login says so, a
 * cashier is refused with the roles needed, a manager gets the kitchen display (not his back
 * office) and, the terminal being a kiosk, the button that closes it.
 */
@TerminalFlowTest(loginScreen = false)
class KitchenTerminalFlowTest {

    private static AppContext context;

    private final AtomicInteger quitRequests = new AtomicInteger();
    private FxTaskExecutor executor;
    private ScreenFlow flow;

    @BeforeAll
    static void startServices(AppContext terminal) {
        context = terminal;
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        Scene scene = new Scene(new StackPane(), 1280, 800);
        flow = new ScreenFlow(scene, new ViewFactory(context, executor, Messages.french(), context.storeName(),
                new TerminalSetup(Optional.of(TerminalWorkspace.KITCHEN), true), quitRequests::incrementAndGet));
        flow.showLogin();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeScreens() {
        WaitForAsyncUtils.asyncFx(() -> flow.close());
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void theLoginSaysWhichWorkspaceAndRefusesACashierNamingTheRolesNeeded(FxRobot robot) throws TimeoutException {
        assertThat(text(robot, "#terminalWorkspace")).isEqualTo("Terminal de la cuisine — Pizzaïolo ou Gérant");

        robot.clickOn("#login").write("caisse1");
        robot.clickOn("#secret").write(DemoData.CASHIER_PIN).type(KeyCode.ENTER);

        TerminalWindow.waitUntil(() -> !text(robot, "#error").isEmpty());
        assertThat(text(robot, "#error")).isEqualTo(
                "Ce terminal est celui de la cuisine : connectez-vous avec un compte Pizzaïolo ou Gérant (le vôtre : Caissier).");
        assertThat(robot.lookup("#workspaceTitle").tryQuery()).isEmpty();
    }

    @Test
    void aPizzaioloGetsTheKitchenWithoutTheCloseButton(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("pizzaiolo1");
        robot.clickOn("#secret").write(DemoData.PIZZAIOLO_PIN).type(KeyCode.ENTER);

        TerminalWindow.waitUntil(() -> robot.lookup("#workspaceTitle").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#workspaceTitle")).isEqualTo("Cuisine");
        assertThat(robot.lookup("#quitButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#basketList").tryQuery()).as("a kitchen terminal keeps no counter").isEmpty();
    }

    @Test
    void aManagerGetsTheKitchenAndCanCloseTheKiosk(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("gerant1");
        robot.clickOn("#secret").write(DemoData.MANAGER_PASSWORD).type(KeyCode.ENTER);

        TerminalWindow.waitUntil(() -> robot.lookup("#workspaceTitle").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#workspaceTitle")).isEqualTo("Cuisine");
        assertThat(robot.lookup("#backOffice").tryQuery()).isEmpty();
        Node quit = robot.lookup("#quitButton").query();
        assertThat(quit.isVisible()).isTrue();

        robot.clickOn(quit);

        assertThat(quitRequests).hasValue(1);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
