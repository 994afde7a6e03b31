package fr.ocpizza.pos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.testsupport.RunningTerminal;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The login and the shell as a person at the terminal uses them: real services on a real
 * database, real background threads, headless JavaFX.
 */
@ExtendWith(ApplicationExtension.class)
class LoginFlowTest {

    @RegisterExtension
    static final RunningTerminal terminal = new RunningTerminal();

    private static AppContext context;
    private static Optional<String> storeName;

    private FxTaskExecutor executor;
    private ScreenFlow flow;

    @BeforeAll
    static void startServices() {
        context = terminal.context();
        storeName = context.storeName();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        Scene scene = new Scene(new StackPane(), 1280, 800);
        flow = new ScreenFlow(scene, new ViewFactory(context, executor, Messages.french(), storeName));
        flow.showLogin();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeScreens() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> flow.close());
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void cashierLogsInWithTheKeypadAndSeesTheCounter(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("caisse1");
        tapPin(robot, DemoData.CASHIER_PIN);
        assertThat(robot.lookup("#secret").queryAs(PasswordField.class).getText()).isEqualTo(DemoData.CASHIER_PIN);

        robot.clickOn("#loginButton");

        waitUntilShown(robot, "#workspaceTitle");
        assertThat(text(robot, "#workspaceTitle")).isEqualTo("Comptoir");
        assertThat(text(robot, "#staffName")).isEqualTo("Camille Durand");
        assertThat(text(robot, "#staffRole")).isEqualTo("Caissier");
        assertThat(text(robot, "#storeName")).isEqualTo("OC Pizza Bastille (n° 1)");
        assertThat(robot.lookup("#orderEntry").tryQuery()).isPresent();
    }

    @Test
    void managerTypesAPasswordAndPressesEnterToReachTheBackOffice(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("gerant1");
        robot.clickOn("#secret").write(DemoData.MANAGER_PASSWORD).type(KeyCode.ENTER);

        waitUntilShown(robot, "#workspaceTitle");
        assertThat(text(robot, "#workspaceTitle")).isEqualTo("Back-office");
        assertThat(text(robot, "#staffName")).isEqualTo("Sophie Martin");
    }

    @Test
    void wrongPinShowsTheErrorAndStaysOnTheLogin(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("pizzaiolo1");
        tapPin(robot, "9876");
        robot.clickOn("#loginButton");

        waitUntil(() -> !text(robot, "#error").isEmpty());
        assertThat(text(robot, "#error")).startsWith("Identifiant ou code incorrect").contains("essais");
        assertThat(robot.lookup("#error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#secret").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#workspaceTitle").tryQuery()).isEmpty();
    }

    @Test
    void switchUserReturnsToAnEmptyLogin(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("livreur1");
        tapPin(robot, DemoData.DELIVERY_PIN);
        robot.clickOn("#loginButton");
        waitUntilShown(robot, "#workspaceTitle");
        assertThat(text(robot, "#workspaceTitle")).isEqualTo("Livraisons");

        robot.clickOn("#logoutButton");

        waitUntilShown(robot, "#keypad");
        assertThat(robot.lookup("#workspaceTitle").tryQuery()).isEmpty();
        assertThat(robot.lookup("#secret").queryAs(PasswordField.class).getText()).isEmpty();
    }

    @Test
    void statusBarReportsTheDatabaseAndLocalLiveUpdates(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("caisse1");
        tapPin(robot, DemoData.CASHIER_PIN);
        robot.clickOn("#loginButton");
        waitUntilShown(robot, "#workspaceTitle");

        waitUntil(() -> text(robot, "#databaseStatus").endsWith("connectée"));
        assertThat(text(robot, "#databaseStatus")).isEqualTo("Base de données : connectée");
        assertThat(text(robot, "#liveStatus")).isEqualTo("Temps réel : local");
    }

    @Test
    void theLoginScreenShowsTheConnectionsToo(FxRobot robot) throws TimeoutException {
        waitUntil(() -> text(robot, "#databaseStatus").endsWith("connectée"));

        assertThat(text(robot, "#databaseStatus")).isEqualTo("Base de données : connectée");
        assertThat(text(robot, "#liveStatus")).isEqualTo("Temps réel : local");
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
        waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** The login runs on a background thread: wait for its outcome to reach the screen. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
