package fr.ocpizza.pos.ui.backoffice.movements;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.stock.LedgerEntry;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A store manager records a delivery (a typing slip refused first), then a count, and reads them in the ledger. */
@TerminalFlowTest
class StockMovementsFlowTest {

    private static AppContext context;
    private static Fixtures fx;

    @BeforeAll
    static void startServices(AppContext terminal, Fixtures fixtures) {
        context = terminal;
        fx = fixtures;
    }

    @Test
    void aDeliveryAndACountAreRecordedAndReadInTheLedger(FxRobot robot) throws Exception {
        BigDecimal mozzarellaBefore = fx.stock(1, "mozzarella");
        TerminalWindow.logInManager(robot, "gerant1");
        TabPane tabs = robot.lookup("#backOffice").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "movementsTab".equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        waitUntil(() -> robot.lookup("#deliveryIngredient0").tryQuery().isPresent()
                && !robot.lookup("#deliveryIngredient0").queryAs(ComboBox.class).getItems().isEmpty());

        robot.clickOn("#referenceField").write("BL-2026-42");
        @SuppressWarnings("unchecked")
        ComboBox<StockLevel> ingredient = robot.lookup("#deliveryIngredient0").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> ingredient.setValue(ingredient.getItems().stream()
                .filter(level -> level.ingredientCode().equals("mozzarella")).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        robot.clickOn("#deliveryQuantity0").write("2,5 kg");
        robot.clickOn("#deliveryButton");
        waitUntil(() -> !text(robot, "#movementsError").isEmpty());
        assertThat(text(robot, "#movementsError")).contains("2,5 kg");
        assertThat(fx.stock(1, "mozzarella")).isEqualByComparingTo(mozzarellaBefore);

        robot.doubleClickOn("#deliveryQuantity0").eraseText(10).write("2 500");
        robot.clickOn("#deliveryButton");
        waitUntil(() -> text(robot, "#movementsNotice").startsWith("Livraison enregistrée : 1 ingrédient(s), référence BL-2026-42"));
        assertThat(fx.stock(1, "mozzarella")).isEqualByComparingTo(mozzarellaBefore.add(new BigDecimal("2500")));

        // After a movement the tab reads the stock, then the ledger, again: wait for the end of it.
        waitUntil(() -> ledger(robot).getItems().stream().anyMatch(entry -> "BL-2026-42".equals(entry.reference())));
        TabPane forms = robot.lookup("#forms").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> forms.getSelectionModel().select(2)).get(5, TimeUnit.SECONDS);
        // Garlic ("Ail") is the first line of the count, in view without scrolling.
        // The grid is rebuilt when the stock is read again after the delivery: click the field of now.
        waitUntil(() -> {
            Node field = robot.lookup("#count-garlic").tryQuery().filter(node -> node.getScene() != null && node.isVisible())
                    .orElse(null);
            if (field == null) {
                return false;
            }
            robot.clickOn(field);
            return true;
        });
        robot.write("800");
        robot.clickOn("#countButton");
        waitUntil(() -> text(robot, "#movementsNotice").startsWith("Inventaire enregistré : 1 ingrédient(s) comptés, 1 écart(s)"));
        assertThat(fx.stock(1, "garlic")).isEqualByComparingTo("800");
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'STOCK_COUNT_CORRECTED'")).isOne();

        WaitForAsyncUtils.asyncFx(() -> forms.getSelectionModel().select(3)).get(5, TimeUnit.SECONDS);
        robot.clickOn("#ledgerButton");
        waitUntil(() -> ledger(robot).getItems().stream().anyMatch(entry -> entry.kind() == MovementKind.DELIVERY
                && "BL-2026-42".equals(entry.reference())));
        assertThat(ledger(robot).getItems()).anyMatch(entry -> entry.kind() == MovementKind.COUNT_CORRECTION
                && entry.ingredientCode().equals("garlic"));
    }

    @SuppressWarnings("unchecked")
    private static TableView<LedgerEntry> ledger(FxRobot robot) {
        return robot.lookup("#ledgerTable").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String query) {
        String text = robot.lookup(query).queryAs(Label.class).getText();
        return text == null ? "" : text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

}
