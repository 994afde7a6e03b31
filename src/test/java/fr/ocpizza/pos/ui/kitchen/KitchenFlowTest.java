package fr.ocpizza.pos.ui.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kitchen display as a pizzaiolo uses it: the real application context (database, outbox
 * relay, in-process live feed), login on the keypad, orders placed by the counter's cashier
 * through the services, headless JavaFX.
 */
@TerminalFlowTest
class KitchenFlowTest {

    private static KitchenOrders counter;

    @BeforeAll
    static void startServices(AppContext context, Fixtures fx) {
        counter = new KitchenOrders(context.orders(), fx, 1).stockUp(100_000);
    }

    @Test
    void aTicketFromTheCounterIsStartedBumpedRecalledAndShowsItsRecipe(FxRobot robot) throws TimeoutException {
        logInAsPizzaiolo(robot);
        assertThat(robot.lookup("#workspaceTitle").queryAs(Label.class).getText()).isEqualTo("Cuisine");

        OrderView order = counter.takeaway(1, counter.line("reine", "M", 2, Set.of("mozzarella"), Set.of("mushrooms"), "bien cuite"));
        String card = "#ticket-" + order.id();
        String action = card + " .ticket-action";
        waitUntil(() -> isShown(robot, card));
        assertThat(labels(robot, card)).contains("n° " + order.ticketNumber(), "2 × Reine M",
                "+ Mozzarella fior di latte", "SANS CHAMPIGNONS DE PARIS", "bien cuite");
        assertThat(robot.lookup(card + " .line-removed").queryAs(Label.class).getText()).isEqualTo("SANS CHAMPIGNONS DE PARIS");
        assertThat(buttonText(robot, action)).isEqualTo("Commencer");

        click(robot, action);
        waitUntil(() -> "Prêt".equals(buttonText(robot, action)));
        assertThat(robot.lookup(card).query().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("started"));

        click(robot, action);
        waitUntil(() -> !isShown(robot, card));

        click(robot, "#recallButton");
        String number = "n° " + order.ticketNumber() + " ·";
        waitUntil(() -> recallRow(robot, number) != null);
        robot.clickOn(recallRow(robot, number));
        waitUntil(() -> isShown(robot, card));
        assertThat(robot.lookup(card).query().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("recalled"));
        assertThat(buttonText(robot, action)).isEqualTo("Retirer de l’écran");

        click(robot, card + " .ticket-line");
        waitUntil(() -> robot.lookup("#recipePanel").query().isVisible());
        assertThat(robot.lookup("#recipeTitle").queryAs(Label.class).getText()).isEqualTo("Reine — taille M");
        assertThat(labels(robot, "#recipeIngredients")).contains("Mozzarella fior di latte", "110 g");
        // The removal stays in the list, marked and struck at 0; the extra adds an M extra's 55 g.
        assertThat(robot.lookup("#recipeIngredients .recipe-removed-mark").queryAs(Label.class).getText()).isEqualTo("SANS");
        assertThat(robot.lookup("#recipeIngredients .recipe-removed").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Champignons de Paris", "0 g");
        assertThat(labels(robot, "#recipeExtras")).containsExactly("EN PLUS", "Mozzarella fior di latte", "+55 g (165 g en tout)");
        assertThat(labels(robot, "#recipeSteps")).contains("Disposer le jambon en lanières et les champignons émincés.");

        click(robot, "#closeRecipe");
        waitUntil(() -> !robot.lookup("#recipePanel").query().isVisible());
        click(robot, action);
        waitUntil(() -> !isShown(robot, card));
    }

    @Test
    void aHalfAndHalfTicketShowsBothHalvesAndEachHalfsRecipeAtHalfQuantities(FxRobot robot) throws TimeoutException {
        logInAsPizzaiolo(robot);
        OrderView order = counter.takeaway(1, counter.halfAndHalf("reine", "quatre_fromages", "M", 1));
        String card = "#ticket-" + order.id();
        waitUntil(() -> isShown(robot, card));
        assertThat(labels(robot, card)).contains("1 × ½ Reine + ½ Quatre fromages M");

        click(robot, card + " .ticket-line");
        waitUntil(() -> robot.lookup("#recipePanel").query().isVisible());
        assertThat(robot.lookup("#recipeTitle").queryAs(Label.class).getText())
                .isEqualTo("½ Reine + ½ Quatre fromages — taille M");
        assertThat(labels(robot, "#recipePanel")).contains("Ingrédients — ½ Reine", "Ingrédients — ½ Quatre fromages",
                "Étapes — Reine", "Étapes — Quatre fromages");
        // Mozzarella: half of 110 g on the Reine half, half of 70 g on the other.
        assertThat(labels(robot, "#recipeIngredients")).contains("Mozzarella fior di latte", "55 g", "27,5 g");
        assertThat(labels(robot, "#recipeIngredientsSecondHalf")).contains("Mozzarella fior di latte", "35 g", "20 g");

        click(robot, "#closeRecipe");
        waitUntil(() -> !robot.lookup("#recipePanel").query().isVisible());
        // Off the board, so that the other flows start from the same screen.
        String action = card + " .ticket-action";
        click(robot, action);
        waitUntil(() -> "Prêt".equals(buttonText(robot, action)));
        click(robot, action);
        waitUntil(() -> !isShown(robot, card));
    }

    @Test
    void twoHundredOpenTicketsRenderAndScroll(FxRobot robot) throws Exception {
        // Promised later than anything else on the board.
        List<Long> placed = counter.bulkOpenOrders(200, 300, 2);
        logInAsPizzaiolo(robot);
        waitUntil(() -> openCount(robot) >= 200);

        Node board = robot.lookup("#board").query();
        VirtualFlow<?> flow = robot.from(board).lookup(".virtual-flow").queryAs(VirtualFlow.class);
        assertThat(cardsBuilt(robot, board)).as("only the cards on screen exist").isBetween(1, 40);
        assertThat(firstVisibleRow(flow)).isZero();

        // The mouse wheel, as a kitchen mouse would scroll (TestFX's wheel direction differs
        // between platforms: whichever way moves the board).
        robot.moveTo(board).scroll(3, VerticalDirection.DOWN);
        if (position(flow) == 0) {
            robot.scroll(3, VerticalDirection.UP);
        }
        waitUntil(() -> position(flow) > 0);

        WaitForAsyncUtils.asyncFx(() -> flow.scrollTo(flow.getCellCount() - 1));
        String last = "#ticket-" + placed.get(placed.size() - 1);
        waitUntil(() -> isShown(robot, last));
        assertThat(labels(robot, last)).contains("2 × Margherita M", "load test");
        assertThat(cardsBuilt(robot, board)).isBetween(1, 40);
    }

    private static void logInAsPizzaiolo(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("pizzaiolo1");
        for (char digit : DemoData.PIZZAIOLO_PIN.toCharArray()) {
            robot.clickOn("#key" + digit);
        }
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#board").tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Read on the UI thread: the grid lays its rows out there. */
    private static int firstVisibleRow(VirtualFlow<?> flow) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            return first == null ? -1 : first.getIndex();
        }).get(5, TimeUnit.SECONDS);
    }

    private static double position(VirtualFlow<?> flow) throws Exception {
        return WaitForAsyncUtils.asyncFx(flow::getPosition).get(5, TimeUnit.SECONDS);
    }

    private static int openCount(FxRobot robot) {
        String text = robot.lookup("#openCount").queryAs(Label.class).getText();
        return text == null || !text.matches("\\d+.*") ? 0 : Integer.parseInt(text.replaceAll("\\D.*", ""));
    }

    /**
     * Looks the node up afresh and clicks it: the board rebuilds its cells when its number of
     * rows changes, so a node found a moment ago may have left the scene.
     */
    private static void click(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> {
            Node node = robot.lookup(query).tryQuery().filter(KitchenFlowTest::onScreen).orElse(null);
            if (node == null) {
                return false;
            }
            try {
                robot.clickOn(node);
                return true;
            } catch (RuntimeException leftTheScene) {
                return false;
            }
        });
    }

    private static boolean isShown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(KitchenFlowTest::onScreen).isPresent();
    }

    private static boolean onScreen(Node node) {
        return node.getScene() != null && node.isVisible();
    }

    private static String buttonText(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Button) node).getText()).orElse("");
    }

    private static int cardsBuilt(FxRobot robot, Node board) {
        return robot.from(board).lookup(".ticket-card").queryAll().size();
    }

    private static List<String> labels(FxRobot robot, String parent) {
        return robot.lookup(parent + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static ListCell<?> recallRow(FxRobot robot, String startingWith) {
        return robot.lookup(".recall-item").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith(startingWith))
                .findFirst().orElse(null);
    }

    /** Background work and live events: wait for their outcome to reach the screen. */
    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
