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
import fr.ocpizza.pos.testsupport.Screenshots;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes {@code orders-board.png}, the board with a lunch rush's orders and a delivery in preparation open, and
 * {@code orders-board-cancel.png}, its cancel panel, into the folder given by
 * {@code -Docpizza.screenshots=docs/screenshots}; skipped otherwise. The board has the room the
 * counter workspace leaves it on a 1366 × 768 screen (the tightest in height; see
 * {@link OrdersBoardLayoutTest}). Run it on its own:
 * {@code mvn test -Dtest=OrdersBoardScreenshotTest -Docpizza.screenshots=docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "ocpizza.screenshots", matches = ".+")
@TerminalFlowTest(loginScreen = false)
class OrdersBoardScreenshotTest {

    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1080-32");
        }
    }

    private static AppContext context;

    private Scene scene;
    private LoadedView<OrdersBoardView> board;

    @BeforeAll
    static void startServices(AppContext terminal) {
        context = terminal;
    }

    @Start
    void start(Stage stage) {
        Fixtures fx = new Fixtures(context.database());
        board = new ViewFactory(context, new FxTaskExecutor(2), Messages.french(), context.storeName())
                .counterViews().ordersBoard(fx.staff("caisse1"), order -> { }, order -> { });
        Region root = (Region) board.root();
        root.setMinSize(1366 - 48, 768 - 225);
        root.setMaxSize(1366 - 48, 768 - 225);
        StackPane screen = new StackPane(root);
        screen.setAlignment(Pos.TOP_LEFT);
        scene = new Scene(screen, 1920, 1080);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theBoardDuringTheLunchRush(FxRobot robot) throws Exception {
        Fixtures fx = new Fixtures(context.database());
        KitchenOrders counter = new KitchenOrders(context.orders(), fx, 1).stockUp(10_000);
        BoardOrders board = new BoardOrders(context.orders(), context.customers(), counter, 1);
        StaffPrincipal pizzaiolo = fx.staff("pizzaiolo1");
        OrderView done = counter.takeaway(5, counter.line("margherita", "M", 1));
        OrderView ready = counter.phone(10, "M. Lefèvre", null, counter.line("reine", "L", 2), counter.line("coca_cola", "U", 2));
        OrderView cooking = board.delivery("Martin", "06 12 34 56 78", counter.line("royale", "L", 1), counter.line("pescatore", "M", 1));
        context.orders().place(counter.cashier(), new NewOrder(1, Channel.ONLINE, Fulfilment.TAKEAWAY, null, "Inès Benali",
                null, Instant.now().plus(Duration.ofMinutes(25)), null,
                List.of(counter.line("chevre_miel", "M", 1), counter.line("margherita", "S", 2)), null));
        OrderView cancelled = counter.takeaway(20, counter.line("calzone", "L", 1));
        OrderView open = context.orders().place(counter.cashier(), new NewOrder(1, Channel.PHONE, Fulfilment.TAKEAWAY, null,
                "Famille Roussel", null, Instant.now().plus(Duration.ofMinutes(30)), "Couper en 8",
                List.of(counter.line("quatre_fromages", "M", 1, Set.of("mushrooms"), Set.of(), "bien cuite"),
                        counter.line("tiramisu", "U", 2)), PaymentRequest.cash(Money.parse("50"))));
        for (OrderView order : List.of(done, ready, cooking)) {
            context.kitchen().start(pizzaiolo, order.id());
        }
        for (OrderView order : List.of(done, ready)) {
            context.kitchen().bump(pizzaiolo, order.id());
        }
        context.orders().changeStatus(counter.cashier(), done.id(), OrderStatus.PICKED_UP);
        context.orders().cancel(counter.cashier(), cancelled.id(), "Erreur de saisie");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#order-" + open.id()).tryQuery().isPresent());
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        robot.clickOn("#order-" + cooking.id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#orderDetail").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        Path folder = Path.of(System.getProperty("ocpizza.screenshots"));
        Screenshots.write(this.board.root(), folder.resolve("orders-board.png"));
        assertThat(Files.size(folder.resolve("orders-board.png"))).isPositive();

        robot.clickOn("#order-" + open.id());
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cancelOverlay").query().isVisible());
        robot.clickOn("#cancelReason-ENTRY_MISTAKE");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.write(this.board.root(), folder.resolve("orders-board-cancel.png"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.asyncFx(() -> this.board.controller().close());
    }
}
