package fr.ocpizza.pos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The login and the shell as a person at the terminal uses them: real services on a real
 * database, real background threads, headless JavaFX.
 */
@TerminalFlowTest
class LoginFlowTest {

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
        assertThat(isShown(robot, "#workspaceTitle")).isFalse();
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
        assertThat(isShown(robot, "#workspaceTitle")).isFalse();
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

    /**
     * Whether a node of that query is on screen: it and all its parents visible (the terminal's
     * counter stays in the window, hidden, between logins).
     */
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

    /** The login runs on a background thread: wait for its outcome to reach the screen. */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
