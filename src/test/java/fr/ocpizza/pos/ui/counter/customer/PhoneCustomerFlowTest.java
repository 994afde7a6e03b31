package fr.ocpizza.pos.ui.counter.customer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.LoadedView;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The phone customer panel as a cashier uses it, on the keyboard: the real application context
 * (database, services), the panel mounted alone in a window, headless JavaFX.
 */
@TerminalFlowTest(loginScreen = false)
class PhoneCustomerFlowTest {

    private static final String NUMBER = "06 97 00 00 01";

    private static AppContext context;
    private static Fixtures fx;
    private static StaffPrincipal cashier;

    private final AtomicReference<RepeatedOrder> repeated = new AtomicReference<>();
    private FxTaskExecutor executor;
    private PhoneCustomerView panel;

    @BeforeAll
    static void startServices(AppContext terminal) {
        context = terminal;
        fx = new Fixtures(context.database());
        cashier = fx.staff("caisse1");
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        ViewFactory views = new ViewFactory(context, executor, Messages.french(), context.storeName());
        LoadedView<PhoneCustomerView> loaded = views.counterViews().phoneCustomer(cashier, repeated::set);
        panel = loaded.controller();
        panel.setFulfilment(Fulfilment.DELIVERY);
        stage.setScene(new Scene(loaded.root(), 1000, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void anUnknownCallerIsRecordedThenFoundAgainAndHisLastOrderRepeated(FxRobot robot) throws TimeoutException {
        robot.clickOn("#phoneField").write(NUMBER);
        waitUntil(() -> shown(robot, "#newCustomerForm"));
        assertThat(robot.lookup("#firstNameField").query().isFocused()).as("the cursor goes to the form").isTrue();

        robot.write("Paul").type(KeyCode.TAB).write("Durand").type(KeyCode.TAB).write("5 rue Saint-Maur")
                .type(KeyCode.TAB).type(KeyCode.TAB).write("7511").type(KeyCode.TAB).write("Paris").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#postalCodeError"))
                .isEqualTo("« 7511 » n’est pas un code postal français : tapez exactement 5 chiffres, par exemple 75011.");
        assertThat(fx.count("SELECT count(*) FROM customer_phone WHERE phone = '+33697000001'")).as("nothing written").isZero();

        // Back to the postal code (Shift+Tab), typed again over the selection, Enter saves.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(robot.lookup("#postalCodeField").query().isFocused()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#postalCodeField").queryAs(TextField.class).selectAll());
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("75011").type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#customerCard"));
        assertThat(text(robot, "#customerName")).isEqualTo("Paul Durand");
        assertThat(panel.customerNameProperty().get()).isEqualTo("Paul Durand");
        assertThat(panel.deliveryAddressProperty().get().oneLine()).isEqualTo("5 rue Saint-Maur, 75011 Paris");
        assertThat(panel.readyProperty().get()).isTrue();
        assertThat(fx.count("SELECT count(*) FROM customer_phone WHERE phone = '+33697000001'")).isOne();

        CustomerCard card = panel.customerProperty().get();
        context.orders().place(cashier, new NewOrder(1, Channel.PHONE, Fulfilment.DELIVERY, card.customerId(), "Paul Durand",
                card.addresses().get(0).id(), Instant.now().plus(Duration.ofMinutes(45)), null,
                List.of(LineRequest.of(fx.productSizeId("margherita", "L"), 3)), null));

        // The next call, from the same number.
        WaitForAsyncUtils.asyncFx(panel::clear);
        waitUntil(() -> !shown(robot, "#customerCard"));
        robot.write("0697000001");
        waitUntil(() -> shown(robot, "#customerCard") && items(robot, "#lastOrderList").size() == 1);
        assertThat(items(robot, "#addressList")).hasSize(1);
        assertThat(robot.lookup("#addressList").queryAs(ListView.class).getSelectionModel().getSelectedIndex()).isZero();

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> repeated.get() != null);
        assertThat(repeated.get().lines()).containsExactly(LineRequest.of(fx.productSizeId("margherita", "L"), 3));
        assertThat(text(robot, "#notice")).isEqualTo("Dernière commande reprise : 1 ligne.");
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<?> items(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ListView.class).getItems();
    }

    /** Background work: wait for its outcome to reach the screen. */
    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
