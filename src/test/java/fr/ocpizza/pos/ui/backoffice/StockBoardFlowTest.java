package fr.ocpizza.pos.ui.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.RunningTerminal;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The manager's stock board on a real terminal (database, outbox relay, in-process live feed):
 * orders taken at the counter move it live, and an ingredient crossing its threshold raises an alert.
 */
@ExtendWith(ApplicationExtension.class)
class StockBoardFlowTest {

    @RegisterExtension
    static final RunningTerminal terminal = new RunningTerminal();

    private static AppContext context;
    private static Fixtures fx;
    private static KitchenOrders counter;

    private FxTaskExecutor executor;
    private ScreenFlow flow;

    @BeforeAll
    static void startServices() {
        context = terminal.context();
        fx = new Fixtures(context.database());
        counter = new KitchenOrders(context.orders(), fx, 1).stockUp(10_000);
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        Scene scene = new Scene(new StackPane(), 1280, 800);
        flow = new ScreenFlow(scene, new ViewFactory(context, executor, Messages.french(), context.storeName()));
        flow.showLogin();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeScreens() {
        WaitForAsyncUtils.asyncFx(() -> flow.close());
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void ordersMoveTheStockLiveAndAnIngredientCrossingItsThresholdRaisesAnAlert(FxRobot robot) throws Exception {
        BigDecimal threshold = BigDecimal.valueOf(fx.count("SELECT s.low_threshold FROM stock s JOIN ingredient i"
                + " ON i.id = s.ingredient_id WHERE s.store_id = 1 AND i.code = 'ham'"));
        BigDecimal hamPerReine = fx.recipeQuantity("reine", "M", "ham");
        // Just above the threshold: one Reine takes it under.
        fx.countStock(1, "ham", threshold.add(hamPerReine).subtract(BigDecimal.ONE));

        robot.clickOn("#login").write("gerant1");
        robot.clickOn("#secret").write(DemoData.MANAGER_PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#stockBoard").tryQuery().map(Node::isVisible).orElse(false));
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

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (Exception notYet) {
                return false;
            }
        });
    }
}
