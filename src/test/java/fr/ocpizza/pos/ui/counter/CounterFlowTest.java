package fr.ocpizza.pos.ui.counter;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter as a cashier uses it at lunch: the real application context (database, outbox
 * relay, in-process live feed), headless JavaFX, and for the walk-in order the keyboard only.
 */
@TerminalFlowTest
class CounterFlowTest {

    private static AppContext context;
    private static Fixtures fx;

    @BeforeAll
    static void startServices(AppContext terminal, Fixtures fixtures) {
        context = terminal;
        fx = fixtures;
        new KitchenOrders(context.orders(), fx, 1).stockUp(100_000);
    }

    @Test
    void aWalkInOrderWithAnExtraAndARemovalIsTakenAndPaidInCashWithTheKeyboardOnly(FxRobot robot) throws Exception {
        logInAsCashier(robot);
        waitUntil(() -> robot.lookup("#tile-reine-M").tryQuery().isPresent());
        long before = fx.count("SELECT count(*) FROM customer_order WHERE store_id = 1");

        robot.write("reine").type(KeyCode.ENTER);
        waitUntil(() -> basketTitles(robot).contains("1 × Reine M"));
        assertThat(text(robot, "#undoHint")).isEqualTo("Annuler : ajout de Reine M (Ctrl+Z)");
        // A slip of the finger: Ctrl+Z takes the pizza out, Ctrl+Y puts it back.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> basketTitles(robot).isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> basketTitles(robot).equals(List.of("1 × Reine M")));
        robot.type(KeyCode.F4);
        waitUntil(() -> robot.lookup("#editorArea").query().isVisible());
        robot.write("mozza").type(KeyCode.ENTER);
        robot.write("champi").press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#editorArea").query().isVisible());
        assertThat(text(robot, "#totalLabel")).isEqualTo("16,00 €");

        robot.type(KeyCode.F12);
        robot.write("20").type(KeyCode.ENTER);
        waitUntil(() -> fx.count("SELECT count(*) FROM customer_order WHERE store_id = 1") == before + 1);
        waitUntil(() -> text(robot, "#orderNotice").contains("Rendu : 4,00 €"));

        long orderId = fx.ids("SELECT max(id) FROM customer_order WHERE store_id = 1").get(0);
        assertThat(fx.count("SELECT count(*) FROM order_line_topping t JOIN order_line l ON l.id = t.order_line_id"
                + " WHERE l.order_id = ?", orderId)).isEqualTo(2);
        assertThat(fx.count("SELECT tendered_cents FROM payment WHERE order_id = ? AND method = 'CASH'", orderId)).isEqualTo(2000);
        assertThat(fx.count("SELECT change_cents FROM payment WHERE order_id = ?", orderId)).isEqualTo(400);
        assertThat(basketTitles(robot)).isEmpty();
    }

    @Test
    void aShortStockAtPlacingIsExplainedAndTheBasketStaysForASecondTry(FxRobot robot) throws Exception {
        logInAsCashier(robot);
        waitUntil(() -> robot.lookup("#tile-napolitaine-M").tryQuery().isPresent());
        robot.write("napol").type(KeyCode.ENTER);
        robot.write("coca").type(KeyCode.ENTER);
        waitUntil(() -> basketTitles(robot).equals(List.of("1 × Napolitaine M", "1 × Coca-Cola 33 cl")));
        // Another terminal sold the anchovies meanwhile (no event reaches this screen before the click).
        fx.countStock(1, "anchovies", new BigDecimal("5"));
        long before = fx.count("SELECT count(*) FROM customer_order WHERE store_id = 1");

        robot.type(KeyCode.F12).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#orderError").contains("Stock insuffisant en Anchois"));
        assertThat(text(robot, "#orderError")).contains("il faut 20 g", "il en reste 5 g", "Rien n’a été enregistré");
        assertThat(basketTitles(robot)).containsExactly("1 × Napolitaine M", "1 × Coca-Cola 33 cl");
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE store_id = 1")).isEqualTo(before);

        // A delivery arrives: the same basket goes through, nothing typed again.
        fx.countStock(1, "anchovies", new BigDecimal("1000"));
        robot.type(KeyCode.F12);
        waitUntil(() -> fx.count("SELECT count(*) FROM customer_order WHERE store_id = 1") == before + 1);
        waitUntil(() -> basketTitles(robot).isEmpty());
    }

    @Test
    void theMenuFollowsTheStockLiveNamesWhatIsMissingAndRefusesAnEmptyProduct(FxRobot robot) throws Exception {
        logInAsCashier(robot);
        waitUntil(() -> robot.lookup("#tile-burrata-M").tryQuery().isPresent());
        // Enough burrata for exactly two medium pizzas (125 g each); the next stock event shows it.
        fx.countStock(1, "burrata", new BigDecimal("250"));
        KitchenOrders counter = new KitchenOrders(context.orders(), fx, 1);
        counter.takeaway(20, counter.line("coca_cola", "U", 1));
        waitUntil(() -> tileText(robot, "#tile-burrata-M").contains("Plus que 2"));

        counter.takeaway(20, counter.line("burrata", "M", 2));
        waitUntil(() -> tileText(robot, "#tile-burrata-M").contains("Manque : Burrata des Pouilles"));
        assertThat(robot.lookup("#tile-burrata-M").query().getPseudoClassStates())
                .contains(javafx.css.PseudoClass.getPseudoClass("out"));

        robot.clickOn("#tile-burrata-M");
        waitUntil(() -> text(robot, "#orderError").contains("Burrata ne peut plus être faite : il manque Burrata des Pouilles"));
        assertThat(basketTitles(robot)).isEmpty();
        fx.countStock(1, "burrata", new BigDecimal("10000"));
    }

    @Test
    void aPhoneDeliveryForANewCustomerThenTheSameCallerRepeatsHisOrder(FxRobot robot) throws Exception {
        logInAsCashier(robot);
        waitUntil(() -> robot.lookup("#tile-reine-M").tryQuery().isPresent());

        robot.press(KeyCode.ALT).type(KeyCode.DIGIT4).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#phoneField").query().isFocused());
        robot.write("06 97 00 00 42");
        waitUntil(() -> robot.lookup("#firstNameField").query().isFocused());
        robot.write("Marie").type(KeyCode.TAB).write("Curie").type(KeyCode.TAB).write("12 rue de la Roquette")
                .type(KeyCode.TAB).type(KeyCode.TAB).write("75011").type(KeyCode.TAB).write("Paris").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#customerCard").query().isVisible());

        robot.type(KeyCode.F3).write("reine").type(KeyCode.ENTER);
        robot.write("tiramisu").type(KeyCode.ENTER);
        waitUntil(() -> basketTitles(robot).equals(List.of("1 × Reine M", "1 × Tiramisu")));
        robot.type(KeyCode.F12);
        waitUntil(() -> fx.count("SELECT count(*) FROM customer_order o JOIN customer_phone p ON p.customer_id = o.customer_id"
                + " WHERE p.phone = '+33697000042'") == 1);
        long first = fx.ids("SELECT o.id FROM customer_order o JOIN customer_phone p ON p.customer_id = o.customer_id"
                + " WHERE p.phone = '+33697000042'").get(0);
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE id = ? AND channel = 'PHONE' AND fulfilment = 'DELIVERY'"
                + " AND customer_name = 'Marie Curie' AND delivery_address_id IS NOT NULL"
                + " AND promised_at >= received_at + interval '35 minutes'", first)).isOne();
        assertThat(fx.count("SELECT count(*) FROM payment WHERE order_id = ? AND method = 'ON_DELIVERY' AND status = 'PENDING'",
                first)).isOne();
        waitUntil(() -> basketTitles(robot).isEmpty() && robot.lookup("#phoneField").query().isFocused());

        // The same caller, an hour later: his number, his card, his last order again.
        robot.write("0697000042");
        waitUntil(() -> robot.lookup("#customerCard").query().isVisible() && robot.lookup("#repeatLastOrder").query().isVisible()
                && !robot.lookup("#repeatLastOrder").query().isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> basketTitles(robot).equals(List.of("1 × Reine M", "1 × Tiramisu")));
        robot.type(KeyCode.F12);
        waitUntil(() -> fx.count("SELECT count(*) FROM customer_order o JOIN customer_phone p ON p.customer_id = o.customer_id"
                + " WHERE p.phone = '+33697000042'") == 2);
        assertThat(fx.count("SELECT count(DISTINCT delivery_address_id) FROM customer_order o JOIN customer_phone p"
                + " ON p.customer_id = o.customer_id WHERE p.phone = '+33697000042'")).isOne();
    }

    @Test
    void aHalfAndHalfIsPricedAtTheDearerHalfAndEachHalfTakesHalfItsRecipe(FxRobot robot) throws Exception {
        logInAsCashier(robot);
        waitUntil(() -> robot.lookup("#tile-reine-M").tryQuery().isPresent());
        robot.write("reine").type(KeyCode.ENTER);
        robot.type(KeyCode.F4);
        waitUntil(() -> robot.lookup("#editorArea").query().isVisible());
        robot.press(KeyCode.ALT).type(KeyCode.H).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup(".combo-box-popup").tryQuery().isPresent());
        // The choices list is virtualized: bring the pizza into view, then touch it.
        @SuppressWarnings("unchecked")
        ListView<Object> choices = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        WaitForAsyncUtils.asyncFx(() -> choices.scrollTo(choices.getItems().stream()
                .filter(item -> item.toString().contains("Quatre fromages")).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(choices).lookup("Quatre fromages").queryAs(Node.class));
        waitUntil(() -> basketTitles(robot).equals(List.of("1 × ½ Reine + ½ Quatre fromages M")));
        robot.type(KeyCode.ESCAPE);
        assertThat(text(robot, "#totalLabel")).isEqualTo("15,50 €");

        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        long before = fx.count("SELECT count(*) FROM customer_order WHERE store_id = 1");
        robot.type(KeyCode.F12);
        waitUntil(() -> fx.count("SELECT count(*) FROM customer_order WHERE store_id = 1") == before + 1);
        long orderId = fx.ids("SELECT max(id) FROM customer_order WHERE store_id = 1").get(0);
        assertThat(fx.count("SELECT count(*) FROM order_line WHERE order_id = ? AND second_half_product_size_id = ?"
                + " AND unit_price_cents = 1550", orderId, fx.productSizeId("quatre_fromages", "M"))).isOne();
        assertThat(fx.count("SELECT count(*) FROM payment WHERE order_id = ? AND method = 'CARD'", orderId)).isOne();
        BigDecimal mozzarella = fx.recipeQuantity("reine", "M", "mozzarella")
                .add(fx.recipeQuantity("quatre_fromages", "M", "mozzarella"))
                .divide(BigDecimal.valueOf(2));
        assertThat(fx.consumedBy(orderId).get("mozzarella")).isEqualByComparingTo(mozzarella);
        assertThat(fx.consumedBy(orderId).get("ham")).isEqualByComparingTo(fx.recipeQuantity("reine", "M", "ham")
                .divide(BigDecimal.valueOf(2)));
    }

    @Test
    void anOrderOpenedFromTheBoardIsChangedInTheBasketAndItsStockFollows(FxRobot robot) throws Exception {
        KitchenOrders counter = new KitchenOrders(context.orders(), fx, 1);
        var placed = counter.takeaway(30, counter.line("margherita", "M", 1));
        logInAsCashier(robot);
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#order-" + placed.id()).tryQuery().isPresent());
        robot.clickOn("#order-" + placed.id());
        robot.type(KeyCode.F4);
        waitUntil(() -> basketTitles(robot).equals(List.of("1 × Margherita M")));
        assertThat(text(robot, "#orderNotice")).contains("Commande n° " + placed.ticketNumber() + " chargée");

        robot.write("margh").type(KeyCode.ENTER);
        robot.write("coca").type(KeyCode.ENTER);
        waitUntil(() -> basketTitles(robot).equals(List.of("2 × Margherita M", "1 × Coca-Cola 33 cl")));
        robot.type(KeyCode.F12);
        waitUntil(() -> text(robot, "#orderNotice").contains("modifiée : nouveau total 26,50 €"));
        assertThat(fx.count("SELECT total_cents FROM customer_order WHERE id = ?", placed.id())).isEqualTo(2650);
        assertThat(fx.consumedBy(placed.id()).get("mozzarella"))
                .isEqualByComparingTo(fx.recipeQuantity("margherita", "M", "mozzarella").multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void ctrlNAsksBeforeEmptyingTheBasketWithButtonsInTheTerminalsLanguage(FxRobot robot) throws Exception {
        logInAsCashier(robot);
        waitUntil(() -> robot.lookup("#tile-reine-M").tryQuery().isPresent());
        robot.write("reine").type(KeyCode.ENTER);
        waitUntil(() -> basketTitles(robot).equals(List.of("1 × Reine M")));

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("Garder la commande").tryQuery().isPresent());
        robot.clickOn("Garder la commande");
        waitUntil(() -> robot.lookup("Garder la commande").tryQuery().isEmpty());
        assertThat(basketTitles(robot)).containsExactly("1 × Reine M");

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("Vider").tryQuery().isPresent());
        robot.clickOn("Vider");
        waitUntil(() -> basketTitles(robot).isEmpty());
        assertThat(text(robot, "#undoHint")).as("nothing left to undo").isEmpty();
    }

    private static String tileText(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery()
                .map(tile -> robot.from(tile).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                        .reduce("", (a, b) -> a + " | " + b))
                .orElse("");
    }

    private static void logInAsCashier(FxRobot robot) throws TimeoutException {
        robot.clickOn("#login").write("caisse1");
        for (char digit : DemoData.CASHIER_PIN.toCharArray()) {
            robot.clickOn("#key" + digit);
        }
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#orderEntry").tryQuery().map(Node::isVisible).orElse(false));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> basketTitles(FxRobot robot) throws Exception {
        ListView<BasketRow> list = robot.lookup("#basketList").queryAs(ListView.class);
        return WaitForAsyncUtils.asyncFx(() -> list.getItems().stream().map(row -> "%d × %s".formatted(row.line().quantity(), row.label())).toList())
                .get(5, TimeUnit.SECONDS);
    }

    private static String text(FxRobot robot, String query) {
        // French amounts use no-break spaces ("16,00 €"): compared with plain ones.
        return robot.lookup(query).queryAs(Label.class).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

}
