package fr.ocpizza.pos.ui.counter.board;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.LoadedView;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.order.PaymentRequest;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing of the board is cut on the screens the pizzerias use: the room the counter workspace
 * leaves its "Commandes du jour" tab on a 1366 × 768 and on a 1280 × 800 screen (the top bar,
 * the tab headers, the status bar and the margins take 48 × 225 pixels; see
 * docs/screenshots/counter-board.png), with the detail pane open, with orders of every status,
 * channel, fulfilment and payment state, and one promised for another day.
 */
@TerminalFlowTest(loginScreen = false)
class OrdersBoardLayoutTest {

    /** 1366 × 768 less the counter workspace's chrome. */
    private static final double[] WIDE_SCREEN = {1366 - 48, 768 - 225};
    /** 1280 × 800 less the counter workspace's chrome. */
    private static final double[] DEFAULT_WINDOW = {1280 - 48, 800 - 225};

    private static AppContext context;
    private static KitchenOrders counter;
    private static OrderView cooking;
    private static List<OrderView> placed;

    private FxTaskExecutor executor;
    private LoadedView<OrdersBoardView> board;

    @BeforeAll
    static void placeOrders(AppContext terminal) {
        context = terminal;
        Fixtures fx = new Fixtures(context.database());
        counter = new KitchenOrders(context.orders(), fx, 1).stockUp(100_000);
        BoardOrders orders = new BoardOrders(context.orders(), context.customers(), counter, 1);
        StaffPrincipal pizzaiolo = fx.staff("pizzaiolo1");
        OrderView handedOver = counter.takeaway(5, counter.line("margherita", "M", 1));
        OrderView ready = counter.phone(10, "M. Lefèvre", null, counter.line("reine", "L", 2), counter.line("coca_cola", "U", 2));
        cooking = orders.delivery("Martin", "06 12 34 56 78", counter.line("royale", "L", 3), counter.line("pescatore", "L", 3));
        OrderView online = context.orders().place(counter.cashier(), new NewOrder(1, Channel.ONLINE, Fulfilment.TAKEAWAY, null,
                "Inès Benali", null, Instant.now().plus(Duration.ofMinutes(25)), null,
                List.of(counter.line("chevre_miel", "M", 1), counter.line("margherita", "S", 2)), null));
        OrderView tomorrow = context.orders().place(counter.cashier(), new NewOrder(1, Channel.PHONE, Fulfilment.TAKEAWAY, null,
                "Famille Roussel", null, Instant.now().plus(Duration.ofHours(26)), "Couper en 8",
                List.of(counter.line("quatre_fromages", "M", 1, Set.of("mushrooms"), Set.of(), "bien cuite"),
                        counter.line("tiramisu", "U", 2)), PaymentRequest.cash(Money.parse("50"))));
        OrderView eatIn = orders.eatIn("Table 4", counter.line("calzone", "L", 4));
        OrderView cancelled = counter.takeaway(20, counter.line("calzone", "L", 1));
        for (OrderView order : List.of(handedOver, ready, cooking)) {
            context.kitchen().start(pizzaiolo, order.id());
        }
        for (OrderView order : List.of(handedOver, ready)) {
            context.kitchen().bump(pizzaiolo, order.id());
        }
        context.orders().changeStatus(counter.cashier(), handedOver.id(), OrderStatus.PICKED_UP);
        context.orders().cancel(counter.cashier(), cancelled.id(), "Erreur de saisie");
        placed = List.of(handedOver, ready, cooking, online, tomorrow, eatIn, cancelled);
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        board = new ViewFactory(context, executor, Messages.french(), context.storeName())
                .counterViews().ordersBoard(counter.cashier(), order -> { }, order -> { });
        StackPane screen = new StackPane(board.root());
        screen.setAlignment(Pos.TOP_LEFT);
        // The headless screen is 1280 × 800: the 1366-wide room lays out beyond the window's edge,
        // which changes nothing to the board's layout (the keyboard drives it, not the mouse).
        stage.setScene(new Scene(screen, 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeBoard() {
        WaitForAsyncUtils.asyncFx(() -> board.controller().close());
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void atTheWideScreenNoCellIsCutWithTheDetailOpenOrClosed(FxRobot robot) throws Exception {
        showIn(WIDE_SCREEN);
        assertNothingCutInTheList(robot);
        openTheOrderInPreparation(robot);
        assertNothingCutInTheList(robot);
    }

    @Test
    void atTheDefaultWindowNoCellIsCutWithTheDetailOpenOrClosed(FxRobot robot) throws Exception {
        showIn(DEFAULT_WINDOW);
        assertNothingCutInTheList(robot);
        openTheOrderInPreparation(robot);
        assertNothingCutInTheList(robot);
    }

    @Test
    void theReasonAnOrderInPreparationIsLockedShowsWholeOnBothScreens(FxRobot robot) throws Exception {
        for (double[] room : List.of(WIDE_SCREEN, DEFAULT_WINDOW)) {
            showIn(room);
            openTheOrderInPreparation(robot);
            Labeled reason = robot.lookup("#lockedReason").queryAs(Labeled.class);
            assertThat(reason.isVisible()).isTrue();
            assertThat(reason.getText()).startsWith("La commande est « en préparation » : elle ne peut plus être modifiée ni annulée");
            assertThat(cut(reason)).as("at %s × %s", room[0], room[1]).isEmpty();
            assertThat(robot.lookup("#modifyOrderButton").query().isVisible()).as("the reason takes their place").isFalse();
            for (String button : List.of("#outForDeliveryButton", "#deliveredButton", "#reprintButton")) {
                assertThat(cut(robot.lookup(button).queryAs(Labeled.class))).as(button).isEmpty();
                assertThat(isInside(robot.lookup(button).query(), board.root())).as(button + " inside the room").isTrue();
            }
            assertThat(isInside(robot.lookup("#orderDetail").query(), board.root())).as("the detail inside the room").isTrue();

            robot.type(KeyCode.F4);
            waitUntil(() -> robot.lookup("#boardErrorBanner").query().isVisible());
            Labeled banner = robot.lookup("#boardError").queryAs(Labeled.class);
            assertThat(banner.getText()).startsWith("La cuisine a commencé la commande n° " + cooking.ticketNumber());
            assertThat(cut(banner)).as("the refusal whole at %s × %s", room[0], room[1]).isEmpty();
            assertThat(isInside(banner, board.root())).isTrue();
            assertThat(isInside(robot.lookup("#reprintButton").query(), board.root())).as("the banner pushes no button away").isTrue();
            robot.clickOn("#dismissBoardError");
            waitUntil(() -> !robot.lookup("#boardErrorBanner").query().isVisible());
            assertThat(robot.lookup("#detailLines").query().localToScene(robot.lookup("#detailLines").query().getLayoutBounds())
                    .getHeight()).as("its lines").isPositive();
        }
    }

    @Test
    void theCancelPanelIsNotCutOnBothScreens(FxRobot robot) throws Exception {
        OrderView online = placed.get(3);
        for (double[] room : List.of(WIDE_SCREEN, DEFAULT_WINDOW)) {
            showIn(room);
            select(robot, online);
            for (String button : List.of("#modifyOrderButton", "#cancelOrderButton", "#pickedUpButton", "#reprintButton")) {
                assertThat(cut(robot.lookup(button).queryAs(Labeled.class))).as(button).isEmpty();
                assertThat(isInside(robot.lookup(button).query(), board.root())).as(button + " inside the room at %s × %s",
                        room[0], room[1]).isTrue();
            }
            robot.type(KeyCode.F8);
            waitUntil(() -> robot.lookup("#cancelOverlay").query().isVisible());
            List<String> cut = new ArrayList<>();
            for (Labeled labeled : robot.from(robot.lookup("#cancelPanel").<Node>query()).lookup((Node n) -> n instanceof Labeled)
                    .queryAllAs(Labeled.class)) {
                cut.addAll(cut(labeled));
            }
            assertThat(cut).as("at %s × %s", room[0], room[1]).isEmpty();
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> !robot.lookup("#cancelOverlay").query().isVisible());
        }
    }

    /** Puts the board in that room and waits for its first read and layout. */
    private void showIn(double[] room) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Region root = (Region) board.root();
            root.setMinSize(room[0], room[1]);
            root.setPrefSize(room[0], room[1]);
            root.setMaxSize(room[0], room[1]);
        }).get(5, TimeUnit.SECONDS);
        waitUntil(() -> table().getItems().stream().map(OrderView::id).toList()
                .containsAll(placed.stream().map(OrderView::id).toList()));
        waitUntil(() -> ((Region) board.root()).getWidth() == room[0] && ((Region) board.root()).getHeight() == room[1]);
    }

    private void openTheOrderInPreparation(FxRobot robot) throws TimeoutException {
        select(robot, cooking);
        waitUntil(() -> robot.lookup("#orderDetail").query().isVisible() && robot.lookup("#lockedReason").query().isVisible());
    }

    private void select(FxRobot robot, OrderView order) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> {
            table().getSelectionModel().select(table().getItems().stream().filter(o -> o.id() == order.id()).findFirst().orElseThrow());
            table().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#orderDetail").query().isVisible());
    }

    /** Every labelled thing of the visible rows (cells, status pills, channel badges) shows its whole text. */
    private void assertNothingCutInTheList(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        int cells = 0;
        for (Node row : robot.lookup("#boardTable .table-row-cell").queryAll()) {
            if (!row.isVisible() || ((TableRow<?>) row).isEmpty()) {
                continue;
            }
            for (Labeled labeled : robot.from(row).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class)) {
                if (labeled.isVisible() && labeled.getParent().isVisible() && labeled.getText() != null
                        && !labeled.getText().isEmpty()) {
                    cells++;
                    cut.addAll(cut(labeled));
                }
            }
        }
        for (Node header : robot.lookup("#boardTable .column-header .label").queryAll()) {
            if (header.isVisible()) {
                cut.addAll(cut((Labeled) header));
            }
        }
        assertThat(cells).as("the rows are on screen").isGreaterThan(placed.size() * 4);
        assertThat(cut).isEmpty();
        assertThat(robot.lookup("#boardTable .scroll-bar").queryAllAs(ScrollBar.class))
                .as("no horizontal scrolling").noneMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    /** The text as shown, if the label had to shorten it ("n° …", "En prépa…"); empty when whole. */
    private static List<String> cut(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty()) {
            return List.of();
        }
        String shown = ((Parent) labeled).getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(text -> ((Text) text).getText()).findFirst().orElse("");
        // A wrapped label shows its text on several lines: the same words, new lines instead of spaces.
        return shown.replace('\n', ' ').strip().equals(labeled.getText().replace('\n', ' ').strip())
                ? List.of() : List.of("\"" + labeled.getText() + "\" shown as \"" + shown + "\" in " + labeled.getWidth() + " px, needs "
                + labeled.prefWidth(-1) + (labeled.getParent() instanceof Labeled cell ? " in a cell of " + cell.getWidth() : ""));
    }

    /** Within the room given to the board (its layout bounds: what overflows them is off the screen). */
    private static boolean isInside(Node node, Node root) {
        var bounds = node.localToScene(node.getLayoutBounds());
        var room = root.localToScene(root.getLayoutBounds());
        return room.contains(bounds);
    }

    @SuppressWarnings("unchecked")
    private TableView<OrderView> table() {
        return (TableView<OrderView>) board.root().lookup("#boardTable");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
