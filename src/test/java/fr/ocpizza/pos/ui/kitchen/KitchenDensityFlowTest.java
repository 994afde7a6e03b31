package fr.ocpizza.pos.ui.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.Screenshots;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kitchen board on the pizzerias' small screens (1366 × 768 and 1280 × 800): denser cards,
 * whole rows of them on screen, and a flag for the tickets below the fold, red when one of them
 * is late.
 */
@TerminalFlowTest
class KitchenDensityFlowTest {

    private static final int TICKETS = 14;

    private static KitchenOrders counter;
    private static final List<OrderView> orders = new ArrayList<>();
    /** The terminal's screen, and the pane it is laid out in at the size under test. */
    private static Region shell;
    private static Pane frame;
    private static double screenHeight;

    @BeforeAll
    static void placeTickets(AppContext context, Fixtures fx) {
        counter = new KitchenOrders(context.orders(), fx, 1).stockUp(10_000);
        for (int i = 0; i < TICKETS; i++) {
            // Three lines on some: the denser card must still show a usual ticket whole.
            orders.add(i % 3 == 0
                    ? counter.takeaway(10 + i, counter.line("reine", "M", 2, Set.of("mozzarella"), Set.of("mushrooms"), null),
                            counter.line("margherita", "L", 1), counter.line("coca_cola", "U", 2))
                    : counter.takeaway(10 + i, counter.line("margherita", "M", 1)));
        }
        // Received long ago but promised last: red, at the bottom of the board.
        counter.receivedMinutesAgo(orders.get(TICKETS - 1).id(), 30);
    }

    @Test
    void moreThanThreeTicketsShowWholeAndTheRestIsFlaggedAt1366x768And1280x800(FxRobot robot) throws Exception {
        logInAsPizzaiolo(robot);
        waitUntil(() -> robot.lookup("#ticket-" + orders.get(0).id()).tryQuery().isPresent());

        for (int[] size : new int[][] {{1366, 768}, {1280, 800}}) {
            showAt(robot, size[0], size[1]);
            screenshot(robot, "kitchen-" + size[0] + "x" + size[1] + ".png");
            // The grid refills its rows over a pulse or two after a resize.
            try {
                waitUntil(() -> wholeCards(robot) >= 8);
            } catch (TimeoutException notEnough) {
                // Said below with the number.
            }
            int whole = wholeCards(robot);
            assertThat(whole).as("cards shown whole at %d×%d", size[0], size[1]).isGreaterThanOrEqualTo(8);
            int below = TICKETS - whole;
            waitUntil(() -> flag(robot).isVisible());
            assertThat(flag(robot).getText()).isEqualTo("▼ " + below + " tickets plus bas, dont 1 en retard");
            assertThat(flag(robot).getPseudoClassStates()).contains(KitchenStyles.LATE);
            assertThat(cardHeaderFits(robot)).as("number and timer on one line").isTrue();
        }

        // The recipe of a line with a removal and an extra fits the smaller screen, nothing cut.
        showAt(robot, 1366, 768);
        String first = "#ticket-" + orders.get(0).id();
        // Looked up afresh at each try: the grid may rebuild its cards between a look-up and a click.
        waitUntil(() -> {
            Node card = robot.lookup(first).queryAll().stream().filter(node -> whole(robot, node)).findFirst().orElse(null);
            if (card == null) {
                return false;
            }
            try {
                assertThat(robot.from(card).lookup(".line-removed").queryAs(Label.class).getText())
                        .isEqualTo("SANS CHAMPIGNONS DE PARIS");
                robot.clickOn(robot.from(card).lookup(".ticket-line").queryAs(Node.class));
                return true;
            } catch (RuntimeException leftTheScene) {
                return false;
            }
        });
        waitUntil(() -> robot.lookup("#recipePanel").query().isVisible());
        Node panel = robot.lookup("#recipePanel").query();
        Bounds recipe = panel.localToScene(panel.getLayoutBounds());
        assertThat(recipe.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(recipe.getMaxY()).isLessThanOrEqualTo(768);
        assertThat(recipe.getMaxX()).isLessThanOrEqualTo(1366);
        screenshot(robot, "kitchen-recipe-1366x768.png");
        robot.clickOn("#closeRecipe");
        waitUntil(() -> !robot.lookup("#recipePanel").query().isVisible());

        // A touch on the flag scrolls down: the late ticket shows, and the flag counts what is left.
        robot.clickOn(flag(robot));
        String late = "#ticket-" + orders.get(TICKETS - 1).id();
        waitUntil(() -> robot.lookup(late).queryAll().stream().anyMatch(card -> whole(robot, card)));
        waitUntil(() -> !flag(robot).isVisible());
    }

    private static Button flag(FxRobot robot) {
        return robot.lookup("#belowFoldButton").queryAs(Button.class);
    }

    /** Ticket cards entirely inside the board and the window. */
    private static int wholeCards(FxRobot robot) {
        return (int) robot.lookup(".ticket-card").queryAll().stream().filter(card -> whole(robot, card)).count();
    }

    private static boolean whole(FxRobot robot, Node card) {
        if (card == null || card.getScene() == null) {
            return false;
        }
        // The grid keeps spare rows, hidden: a card counts only if it and every parent show.
        for (Node node = card; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        Bounds board = robot.lookup("#board").query().localToScene(robot.lookup("#board").query().getLayoutBounds());
        Bounds bounds = card.localToScene(card.getLayoutBounds());
        return bounds.getHeight() > 0 && bounds.getMinY() >= board.getMinY() - 0.5 && bounds.getMaxY() <= board.getMaxY() + 0.5
                && bounds.getMinX() >= board.getMinX() - 0.5 && bounds.getMaxX() <= board.getMaxX() + 0.5
                && bounds.getMaxY() <= screenHeight;
    }

    /** Every card's number and timer fit their row unclipped. */
    private static boolean cardHeaderFits(FxRobot robot) {
        return robot.lookup(".ticket-age").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .allMatch(age -> age.getWidth() + 0.5 >= age.prefWidth(-1));
    }

    /**
     * Lays the terminal's screen out at {@code width} × {@code height}. Monocle's headless screen
     * is 1280 × 800 and cannot hold a wider window (its frame buffer overflows), so the shell is
     * given that size inside the window instead: layout and bounds are those of a real screen of
     * that size, only the pixels beyond 1280 are not drawn on the window (the screenshot draws them).
     */
    private static void showAt(FxRobot robot, int width, int height) throws Exception {
        Scene scene = robot.lookup("#board").query().getScene();
        WaitForAsyncUtils.asyncFx(() -> {
            if (frame == null) {
                shell = (Region) scene.getRoot();
                frame = new Pane();
                scene.setRoot(frame);
                frame.getChildren().add(shell);
            }
            shell.setMinSize(width, height);
            shell.setPrefSize(width, height);
            shell.setMaxSize(width, height);
        }).get(5, TimeUnit.SECONDS);
        screenHeight = height;
        waitUntil(() -> shell.getWidth() == width && shell.getHeight() == height);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With {@code -Docpizza.screenshots=DIR}, the board at this size, to look at. */
    private static void screenshot(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("ocpizza.screenshots");
        if (folder != null) {
            Screenshots.write(shell, Path.of(folder).resolve(name));
        }
    }

    private static void logInAsPizzaiolo(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("pizzaiolo1");
        for (char digit : DemoData.PIZZAIOLO_PIN.toCharArray()) {
            robot.clickOn("#key" + digit);
        }
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#board").tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
