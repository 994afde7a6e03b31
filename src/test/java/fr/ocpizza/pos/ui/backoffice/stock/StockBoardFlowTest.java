package fr.ocpizza.pos.ui.backoffice.stock;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The manager's stock board on a real terminal (database, outbox relay, in-process live feed):
 * orders taken at the counter move it live, and an ingredient crossing its threshold raises an alert.
 */
@TerminalFlowTest
class StockBoardFlowTest {

    private static AppContext context;
    private static Fixtures fx;
    private static KitchenOrders counter;

    @BeforeAll
    static void startServices(AppContext terminal, Fixtures fixtures) {
        context = terminal;
        fx = fixtures;
        counter = new KitchenOrders(context.orders(), fx, 1).stockUp(10_000);
    }

    @Test
    void ordersMoveTheStockLiveAndAnIngredientCrossingItsThresholdRaisesAnAlert(FxRobot robot) throws Exception {
        BigDecimal threshold = BigDecimal.valueOf(fx.count("SELECT s.low_threshold FROM stock s JOIN ingredient i"
                + " ON i.id = s.ingredient_id WHERE s.store_id = 1 AND i.code = 'ham'"));
        BigDecimal hamPerReine = fx.recipeQuantity("reine", "M", "ham");
        // Just above the threshold: one Reine takes it under.
        fx.countStock(1, "ham", threshold.add(hamPerReine).subtract(BigDecimal.ONE));

        TerminalWindow.logInManager(robot, "gerant1");
        waitUntil(() -> level(robot, "mozzarella") != null);
        BigDecimal mozzarellaBefore = level(robot, "mozzarella").quantity();

        counter.takeaway(20, counter.line("reine", "M", 1));

        BigDecimal mozzarellaPerReine = fx.recipeQuantity("reine", "M", "mozzarella");
        waitUntil(() -> level(robot, "mozzarella").quantity().compareTo(mozzarellaBefore.subtract(mozzarellaPerReine)) == 0);
        waitUntil(() -> robot.lookup(".stock-alert .label").tryQuery().isPresent());
        assertThat(robot.lookup(".stock-alert .label").queryAs(Label.class).getText())
                .startsWith("Stock bas : Jambon").contains("Prévoyez une livraison");
        assertThat(level(robot, "ham").status().name()).isEqualTo("LOW");
        // Low and empty ingredients come first.
        waitUntil(() -> !firstRowIsOk(robot));
        // The Reine just sold is consumption of this hour of the week: mozzarella now has a run-out estimate.
        waitUntil(() -> runsOut(robot, "mozzarella").matches("\\d+ j \\d+ h|plus de 4 semaines"));
        assertThat(runsOut(robot, "burrata")).isIn("pas consommé", "déjà épuisé");
    }

    @Test
    void aChainManagerPicksAnotherPizzeriaAndSeesItsStock(FxRobot robot) throws Exception {
        robot.clickOn("#login").write("direction");
        robot.clickOn("#secret").write(DemoData.MANAGER_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> level(robot, "burrata") != null && level(robot, "burrata").storeId() == 1);
        assertThat(level(robot, "burrata").status().name()).isEqualTo("OK");

        robot.clickOn("#storeBox");
        robot.clickOn("N° 5 · OC Pizza Marais");
        waitUntil(() -> level(robot, "burrata") != null && level(robot, "burrata").storeId() == 5);
        assertThat(level(robot, "burrata").status().name()).isEqualTo("OUT");
    }

    @Test
    void aStoreManagerHasNoStorePicker(FxRobot robot) throws Exception {
        robot.clickOn("#login").write("gerant1");
        robot.clickOn("#secret").write(DemoData.MANAGER_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> level(robot, "burrata") != null);
        assertThat(robot.lookup("#storeBox").query().isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static StockLevel level(FxRobot robot, String code) {
        TableView<StockLevel> table = robot.lookup("#stockTable").queryAs(TableView.class);
        return table.getItems().stream().filter(level -> level.ingredientCode().equals(code)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static String runsOut(FxRobot robot, String code) {
        TableView<StockLevel> table = robot.lookup("#stockTable").queryAs(TableView.class);
        StockLevel level = level(robot, code);
        return level == null ? "" : String.valueOf(table.getColumns().get(4).getCellData(level));
    }

    @SuppressWarnings("unchecked")
    private static boolean firstRowIsOk(FxRobot robot) {
        TableView<StockLevel> table = robot.lookup("#stockTable").queryAs(TableView.class);
        return table.getItems().isEmpty() || table.getItems().get(0).status().name().equals("OK");
    }

}
