package fr.ocpizza.pos.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.application.customer.NewCustomer;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.Screenshots;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.receipt.ReceiptImage;
import fr.ocpizza.pos.ui.receipt.ReceiptLayout;
import fr.ocpizza.pos.ui.receipt.StoreHeader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the counter's screenshots for docs/screenshots; not part of the suite (run with
 * {@code mvn test -Dtest=CounterScreenshotTest -Docpizza.screenshots=docs/screenshots}).
 */
@EnabledIfSystemProperty(named = "ocpizza.screenshots", matches = ".+")
@TerminalFlowTest(loginScreen = false)
class CounterScreenshotTest {

    private static AppContext context;
    private static StaffPrincipal cashier;
    private Scene scene;

    @BeforeAll
    static void startServices(AppContext terminal) {
        context = terminal;
        Fixtures fx = new Fixtures(context.database());
        new KitchenOrders(context.orders(), fx, 1).stockUp(10_000);
        cashier = fx.staff("caisse1");
        CustomerCard regular = context.customers().create(cashier, 1, new NewCustomer("Hélène", "Martin", "06 12 34 56 78",
                FrenchAddress.of("18 rue de la Roquette", "75011", "Paris"), "Sonner deux fois"));
        KitchenOrders counter = new KitchenOrders(context.orders(), fx, 1);
        context.orders().place(cashier, new NewOrder(1, Channel.PHONE, Fulfilment.DELIVERY, regular.customerId(), "Hélène Martin",
                regular.addresses().get(0).id(), Instant.now().plus(Duration.ofMinutes(45)), null,
                List.of(counter.line("margherita", "L", 1), counter.line("chevre_miel", "M", 1), counter.line("coca_zero", "U", 2)),
                null));
        // Two products limited by their stock, as on a busy evening.
        fx.countStock(1, "burrata", BigDecimal.ZERO);
        fx.countStock(1, "smoked_salmon", new BigDecimal("250"));
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 1280, 800);
        new ScreenFlow(scene, new ViewFactory(context, new FxTaskExecutor(2), Messages.french(), context.storeName()))
                .showLogin();
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void counterWithABasketAndTheLineEditor(FxRobot robot) throws Exception {
        robot.clickOn("#login").write("caisse1");
        for (char digit : DemoData.CASHIER_PIN.toCharArray()) {
            robot.clickOn("#key" + digit);
        }
        robot.clickOn("#loginButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tile-reine-M").tryQuery().isPresent());
        int ordersBefore = context.orders().boardOf(cashier, 1).size();
        robot.write("reine").type(KeyCode.ENTER);
        robot.type(KeyCode.F4).write("mozza").type(KeyCode.ENTER).write("champ");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.type(KeyCode.ESCAPE);
        robot.write("diavola").type(KeyCode.ENTER);
        robot.type(KeyCode.F4).press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
        robot.type(KeyCode.DOWN, 3).type(KeyCode.ENTER).type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        robot.write("coca").type(KeyCode.ENTER).write("coca").type(KeyCode.ENTER);
        robot.write("tira").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path folder = Path.of(System.getProperty("ocpizza.screenshots"));
        Screenshots.write(scene.getRoot(), folder.resolve("counter.png"));

        robot.type(KeyCode.F4);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("counter-line-editor.png"));
        robot.type(KeyCode.ESCAPE);

        // Paid in cash: the change shows before the order is placed.
        robot.type(KeyCode.F12).write("50");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("counter-cash.png"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.orders().boardOf(cashier, 1).size() > ordersBefore);
        OrderView placed = context.orders().boardOf(cashier, 1).stream().max(java.util.Comparator.comparingLong(OrderView::id))
                .orElseThrow();
        StoreDirectory.Store store = new StoreDirectory(context.database().sessionFactory()).find(1).orElseThrow();
        ReceiptImage.writePng(ReceiptLayout.customerReceipt(placed, new StoreHeader(store.name(), store.address(), store.phone()),
                Messages.french(), ReceiptLayout.PARIS), folder.resolve("receipt.png"));

        // A known caller: his card, his last order repeated.
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT4).release(KeyCode.ALT);
        robot.write("06 12 34 56 78");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#customerCard").tryQuery().map(Node::isVisible).orElse(false));
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("counter-phone.png"));

        robot.type(KeyCode.F2);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("counter-board.png"));
        assertThat(Files.size(folder.resolve("counter.png"))).isPositive();
    }
}
