package fr.ocpizza.pos.ui.backoffice.movements;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.stock.LedgerEntry;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.testsupport.ClippedText;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A store manager records a delivery (a slip of unit questioned first), tries a waste without an
 * ingredient, records a count in kilograms and reads them in the ledger, at 1366 × 768 and
 * 1280 × 800 with nothing clipped.
 */
@TerminalFlowTest
class StockMovementsFlowTest {

    private static AppContext context;
    private static Fixtures fx;

    @BeforeAll
    static void startServices(AppContext terminal, Fixtures fixtures) {
        context = terminal;
        fx = fixtures;
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1280, 800"})
    void aDeliveryAndACountAreRecordedAndReadInTheLedger(int width, int height, FxRobot robot) throws Exception {
        BigDecimal mozzarellaBefore = fx.stock(1, "mozzarella");
        BigDecimal garlicBefore = fx.stock(1, "garlic");
        long correctionsBefore = fx.count("SELECT count(*) FROM audit_log WHERE action = 'STOCK_COUNT_CORRECTED'");
        TerminalWindow.logInManager(robot, "gerant1");
        TabPane tabs = robot.lookup("#backOffice").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "movementsTab".equals(tab.getId())).findFirst().orElseThrow())).get(20, TimeUnit.SECONDS);
        waitUntil(() -> robot.lookup("#deliveryIngredient0").tryQuery().isPresent()
                && !robot.lookup("#deliveryIngredient0").queryAs(ComboBox.class).getItems().isEmpty());
        Window window = mainWindow(robot);
        WaitForAsyncUtils.asyncFx(() -> {
            window.setWidth(width);
            window.setHeight(height);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.getScene().getWidth()).isEqualTo(width);

        robot.clickOn("#referenceField").write("BL-2026-42");
        @SuppressWarnings("unchecked")
        ComboBox<StockLevel> ingredient = robot.lookup("#deliveryIngredient0").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> ingredient.setValue(ingredient.getItems().stream()
                .filter(level -> level.ingredientCode().equals("mozzarella")).findFirst().orElseThrow())).get(20, TimeUnit.SECONDS);
        // "10" for ten kilograms: the terminal asks before recording 10 g; the manager goes back.
        robot.clickOn("#deliveryQuantity0").write("10");
        robot.clickOn("#deliveryButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
                .contains("10 g de Mozzarella").contains("kilos");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(fx.stock(1, "mozzarella")).isEqualByComparingTo(mozzarellaBefore);
        assertThat(text(robot, "#movementsNotice")).isEmpty();

        robot.doubleClickOn("#deliveryQuantity0").eraseText(10).write("2,5 kg");
        robot.clickOn("#deliveryButton");
        waitUntil(() -> text(robot, "#movementsNotice").startsWith("Livraison enregistrée : 1 ingrédient, référence BL-2026-42"));
        assertThat(fx.stock(1, "mozzarella")).isEqualByComparingTo(mozzarellaBefore.add(new BigDecimal("2500")));
        assertNothingClipped(robot);
        assertThat(ingredient.getItems()).extracting(StockLevel::ingredientName)
                .isSortedAccordingTo(fr.ocpizza.pos.ui.common.FrenchOrder.names());

        // After a movement the tab reads the stock, then the ledger, again: wait for the end of it.
        waitUntil(() -> ledger(robot).getItems().stream().anyMatch(entry -> "BL-2026-42".equals(entry.reference())));
        TabPane forms = robot.lookup("#forms").queryAs(TabPane.class);

        // The waste form names no ingredient until one is picked; the last notice goes with a new refusal.
        WaitForAsyncUtils.asyncFx(() -> forms.getSelectionModel().select(1)).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> wasteIngredient = robot.lookup("#wasteIngredient").queryAs(ComboBox.class);
        assertThat(wasteIngredient.getValue()).isNull();
        assertThat(robot.from(wasteIngredient).lookup(".text").queryAllAs(Text.class)).extracting(Text::getText).contains("Ingrédient…");
        robot.clickOn("#wasteQuantity").write("2 kg");
        robot.clickOn("#wasteButton");
        waitUntil(() -> !text(robot, "#movementsError").isEmpty());
        assertThat(text(robot, "#movementsError")).startsWith("Choisissez l’ingrédient");
        assertThat(text(robot, "#movementsNotice")).isEmpty();
        assertNothingClipped(robot);
        // A few letters jump to the ingredient (type-ahead); the new notice replaces the error.
        robot.interact(wasteIngredient::requestFocus);
        robot.write("moz fi");
        waitUntil(() -> wasteIngredient.getValue() != null);
        assertThat(((StockLevel) wasteIngredient.getValue()).ingredientCode()).isEqualTo("mozzarella");
        @SuppressWarnings("unchecked")
        ComboBox<String> reason = robot.lookup("#wasteReason").queryAs(ComboBox.class);
        robot.interact(() -> reason.setValue(reason.getItems().get(0)));
        robot.clickOn("#wasteButton");
        waitUntil(() -> !text(robot, "#movementsNotice").isEmpty()
                || !text(robot, "#movementsError").isEmpty() && !text(robot, "#movementsError").startsWith("Choisissez"));
        assertThat(text(robot, "#movementsError")).isEmpty();
        assertThat(text(robot, "#movementsNotice")).isEqualTo("Perte de Mozzarella fior di latte enregistrée.");

        WaitForAsyncUtils.asyncFx(() -> forms.getSelectionModel().select(2)).get(20, TimeUnit.SECONDS);
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
        String counted = garlicBefore.compareTo(new BigDecimal("800")) == 0 ? "0,75 kg" : "0,8 kg";
        robot.write(counted);
        robot.clickOn("#countButton");
        waitUntil(() -> text(robot, "#movementsNotice").startsWith("Inventaire enregistré : 1 ingrédient compté, 1 écart corrigé"));
        assertThat(text(robot, "#movementsError")).isEmpty();
        assertThat(fx.stock(1, "garlic")).isEqualByComparingTo(counted.equals("0,8 kg") ? "800" : "750");
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'STOCK_COUNT_CORRECTED'")).isEqualTo(correctionsBefore + 1);
        assertNothingClipped(robot);

        WaitForAsyncUtils.asyncFx(() -> forms.getSelectionModel().select(3)).get(20, TimeUnit.SECONDS);
        robot.clickOn("#ledgerButton");
        waitUntil(() -> ledger(robot).getItems().stream().anyMatch(entry -> entry.kind() == MovementKind.DELIVERY
                && "BL-2026-42".equals(entry.reference())));
        assertThat(ledger(robot).getItems()).anyMatch(entry -> entry.kind() == MovementKind.COUNT_CORRECTION
                && entry.ingredientCode().equals("garlic"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingClipped(robot);
    }

    private static Window mainWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(window -> window instanceof Stage stage && stage.getOwner() == null)
                .findFirst().orElseThrow();
    }

    private static void assertNothingClipped(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Parent root = mainWindow(robot).getScene().getRoot();
        assertThat(WaitForAsyncUtils.asyncFx(() -> ClippedText.in(root)).get(20, TimeUnit.SECONDS)).isEmpty();
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
