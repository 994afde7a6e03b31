package fr.ocpizza.pos.ui.counter.board;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.LoadedView;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
 * The shop orders board as a cashier uses it, in a window of its own as the counter workspace
 * would put it in a tab: the real application context (database, outbox relay, in-process live
 * feed), orders placed and started through the services, headless JavaFX.
 */
@TerminalFlowTest(loginScreen = false)
class OrdersBoardFlowTest {

    private static AppContext context;
    private static Fixtures fx;
    private static KitchenOrders counter;
    private static StaffPrincipal pizzaiolo;

    private final List<OrderView> modified = new CopyOnWriteArrayList<>();
    private final List<OrderView> reprinted = new CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private LoadedView<OrdersBoardView> board;

    @BeforeAll
    static void startServices(AppContext terminal) {
        context = terminal;
        fx = new Fixtures(context.database());
        counter = new KitchenOrders(context.orders(), fx, 1).stockUp(100_000);
        pizzaiolo = fx.staff("pizzaiolo1");
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        ViewFactory views = new ViewFactory(context, executor, Messages.french(), context.storeName());
        board = views.counterViews().ordersBoard(fx.staff("caisse1"), modified::add, reprinted::add);
        stage.setScene(new Scene(new StackPane(board.root()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeBoard() {
        WaitForAsyncUtils.asyncFx(() -> board.controller().close());
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void anOrderAppearsAndFollowsTheKitchenLiveAndIsThenLockedWithTheReason(FxRobot robot) throws TimeoutException {
        OrderView order = counter.phone(20, "Moreau", "sans oignons svp",
                counter.line("reine", "M", 2, Set.of("mozzarella"), Set.of("mushrooms"), "bien cuite"));
        String row = row(order);
        waitUntil(() -> isShown(robot, row));
        assertThat(status(robot, order)).isEqualTo("Reçue");
        assertThat(cellsOf(robot, row)).contains("n° " + order.ticketNumber(), "Moreau", "À emporter");
        assertThat(cellsOf(robot, row)).as("received and promised in the store's zone (Paris), not the machine's (%s)",
                        ZoneId.systemDefault())
                .contains(inParis(order.receivedAt()), inParis(order.promisedAt()));
        assertThat(robot.from(visible(robot, row).orElseThrow()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Téléphone", "Reçue");

        click(robot, row);
        waitUntil(() -> robot.lookup("#orderDetail").query().isVisible());
        assertThat(text(robot, "#detailTitle")).isEqualTo("n° " + order.ticketNumber());
        assertThat(labelsOf(robot, "#detailLines")).contains("2 × Reine M", "+ Mozzarella fior di latte, sans Champignons de Paris",
                "bien cuite");
        assertThat(text(robot, "#detailNote")).isEqualTo("Note : sans oignons svp");
        assertThat(button(robot, "#modifyOrderButton").isDisabled()).isFalse();
        assertThat(button(robot, "#cancelOrderButton").isDisabled()).isFalse();
        assertThat(button(robot, "#modifyOrderButton").getTooltip().getText()).contains("F4");

        context.kitchen().start(pizzaiolo, order.id());

        waitUntil(() -> "En préparation".equals(status(robot, order)));
        assertThat(text(robot, "#detailStatus")).as("the detail follows").isEqualTo("En préparation");
        assertThat(button(robot, "#modifyOrderButton").isDisabled()).isTrue();
        assertThat(button(robot, "#cancelOrderButton").isDisabled()).isTrue();
        assertThat(robot.lookup("#lockedReason").query().isVisible()).isTrue();
        assertThat(text(robot, "#lockedReason")).startsWith("La commande est « en préparation » : elle ne peut plus être modifiée ni annulée");
        assertThat(selectedId(robot)).as("the selection stays on the order").isEqualTo(order.id());

        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cancelOverlay").query().isVisible()).as("no cancel panel once started").isFalse();
        assertThat(text(robot, "#boardError")).as("F8 says why")
                .startsWith("La cuisine a commencé la commande n° " + order.ticketNumber() + " (elle est « en préparation ») :"
                        + " elle ne peut plus être modifiée ni annulée")
                .contains("nouvelle commande", "voyez avec la cuisine ou le gérant");
        robot.clickOn("#dismissBoardError");
        robot.type(KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#boardError")).as("F4 too").startsWith("La cuisine a commencé la commande n° " + order.ticketNumber());
        assertThat(modified).as("nothing goes to the basket").isEmpty();
    }

    @Test
    void theCancelPanelConfirmsWithEnterOnceAReasonIsChosenAndEscapeKeepsTheOrder(FxRobot robot) throws TimeoutException {
        OrderView order = counter.takeaway(20, counter.line("margherita", "M", 1));
        waitUntil(() -> isShown(robot, row(order)));
        click(robot, row(order));
        waitUntil(() -> !button(robot, "#cancelOrderButton").isDisabled());

        robot.type(KeyCode.F8);
        waitUntil(() -> robot.lookup("#cancelOverlay").query().isVisible());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cancelOverlay").query().isVisible()).as("Enter without a reason: the panel waits").isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#cancelOverlay").query().isVisible());
        assertThat(status(robot, order)).as("Échap keeps the order").isEqualTo("Reçue");

        robot.type(KeyCode.F8);
        waitUntil(() -> robot.lookup("#cancelOverlay").query().isVisible() && robot.lookup("#cancelReason-CUSTOMER_CHANGED_MIND").query().isFocused());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> "Annulée".equals(status(robot, order)));
        assertThat(robot.lookup("#cancelOverlay").query().isVisible()).isFalse();
        assertThat(context.orders().find(counter.cashier(), order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE id = ? AND cancel_reason = ?", order.id(),
                "Le client a changé d’avis")).as("the reason chosen with the keyboard").isEqualTo(1);
    }

    @Test
    void modifyWithTheKeyboardHandsTheReceivedOrderToTheCounter(FxRobot robot) throws TimeoutException {
        OrderView order = counter.phone(25, "Garnier", null, counter.line("margherita", "L", 1));
        waitUntil(() -> isShown(robot, row(order)));

        robot.clickOn("#boardSearch").write("garnier");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#orderDetail").query().isVisible());
        robot.type(KeyCode.F4);

        waitUntil(() -> !modified.isEmpty());
        assertThat(modified.get(0).id()).isEqualTo(order.id());
        assertThat(modified.get(0).status()).isEqualTo(OrderStatus.RECEIVED);

        robot.press(KeyCode.CONTROL).press(KeyCode.P).release(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> !reprinted.isEmpty());
        assertThat(reprinted.get(0).id()).isEqualTo(order.id());
    }

    @Test
    void cancellingWithAReasonGivesTheStockBack(FxRobot robot) throws TimeoutException {
        BigDecimal before = fx.stock(1, "ham");
        OrderView order = counter.takeaway(20, counter.line("reine", "L", 3));
        assertThat(fx.stock(1, "ham")).isLessThan(before);
        waitUntil(() -> isShown(robot, row(order)));
        click(robot, row(order));
        waitUntil(() -> !button(robot, "#cancelOrderButton").isDisabled());

        robot.clickOn("#cancelOrderButton");
        waitUntil(() -> robot.lookup("#cancelOverlay").query().isVisible());
        assertThat(text(robot, "#cancelTitle")).isEqualTo("Annuler la commande n° " + order.ticketNumber());
        assertThat(button(robot, "#confirmCancelButton").isDisabled()).as("a reason first").isTrue();
        robot.clickOn("#cancelReason-CUSTOMER_CHANGED_MIND");
        robot.clickOn("#confirmCancelButton");

        waitUntil(() -> "Annulée".equals(status(robot, order)));
        assertThat(robot.lookup("#cancelOverlay").query().isVisible()).isFalse();
        assertThat(text(robot, "#boardNotice"))
                .isEqualTo("Commande n° " + order.ticketNumber() + " annulée : ses ingrédients sont revenus en stock.");
        assertThat(fx.stock(1, "ham")).isEqualByComparingTo(before);
        assertThat(context.orders().find(counter.cashier(), order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aReadyTakeawayIsHandedOverToItsCustomer(FxRobot robot) throws TimeoutException {
        OrderView order = counter.takeaway(15, counter.line("margherita", "M", 1));
        context.kitchen().start(pizzaiolo, order.id());
        context.kitchen().bump(pizzaiolo, order.id());
        waitUntil(() -> "Prête".equals(status(robot, order)));
        click(robot, row(order));
        waitUntil(() -> !button(robot, "#pickedUpButton").isDisabled());
        assertThat(robot.lookup("#outForDeliveryButton").query().isVisible()).as("not a delivery").isFalse();

        robot.clickOn("#pickedUpButton");

        waitUntil(() -> "Remise".equals(status(robot, order)));
        assertThat(context.orders().find(counter.cashier(), order.id()).status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(button(robot, "#pickedUpButton").isDisabled()).isTrue();
    }

    @Test
    void filtersAndSearchNarrowTheList(FxRobot robot) throws TimeoutException {
        OrderView walkIn = counter.takeaway(20, counter.line("margherita", "S", 1));
        OrderView phone = counter.phone(20, "Fontaine", null, counter.line("margherita", "S", 1));
        waitUntil(() -> isShown(robot, row(walkIn)) && isShown(robot, row(phone)));

        robot.clickOn("#channel-PHONE");
        waitUntil(() -> !isShown(robot, row(walkIn)));
        assertThat(isShown(robot, row(phone))).isTrue();
        assertThat(table(robot).getItems()).allSatisfy(order -> assertThat(order.channel().name()).isEqualTo("PHONE"));

        robot.clickOn("#channel-PHONE");
        robot.clickOn("#boardSearch").write(Integer.toString(walkIn.ticketNumber()));
        waitUntil(() -> isShown(robot, row(walkIn)) && !isShown(robot, row(phone)));

        robot.clickOn("#clearFiltersButton");
        waitUntil(() -> isShown(robot, row(walkIn)) && isShown(robot, row(phone)));
        assertThat(text(robot, "#status-RECEIVED")).matches("Reçues \\(\\d+\\)");
    }

    /** The demo pizzerias are in Paris; the tests' machine may be anywhere. */
    private static String inParis(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZoneId.of("Europe/Paris")));
    }

    private static String row(OrderView order) {
        return "#order-" + order.id();
    }

    /** The row on screen: the table keeps spare rows, invisible, that may still carry an order's id. */
    private static Optional<Node> visible(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream()
                .filter(node -> node.getScene() != null && node.isVisible() && node.getParent() != null && node.getParent().isVisible())
                .findFirst();
    }

    private static void click(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> visible(robot, query).isPresent());
        robot.clickOn(visible(robot, query).orElseThrow());
    }

    private static String status(FxRobot robot, OrderView order) {
        return visible(robot, row(order)).flatMap(row -> robot.from(row).lookup(".status-pill").tryQuery())
                .map(node -> ((Label) node).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static TableView<OrderView> table(FxRobot robot) {
        return robot.lookup("#boardTable").queryAs(TableView.class);
    }

    private static long selectedId(FxRobot robot) {
        OrderView selected = table(robot).getSelectionModel().getSelectedItem();
        return selected == null ? -1 : selected.id();
    }

    private static boolean isShown(FxRobot robot, String query) {
        return visible(robot, query).isPresent();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }

    private static List<String> cellsOf(FxRobot robot, String row) {
        return robot.from(visible(robot, row).orElseThrow()).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    private static List<String> labelsOf(FxRobot robot, String parent) {
        return robot.lookup(parent + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Background work and live events: wait for their outcome to reach the screen. */
    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
