package fr.ocpizza.pos.ui.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.Screenshots;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
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
 * Writes the back office's screenshots for docs/screenshots; not part of the suite (run with
 * {@code mvn test -Dtest=BackOfficeScreenshotTest -Docpizza.screenshots=docs/screenshots}).
 */
@EnabledIfSystemProperty(named = "ocpizza.screenshots", matches = ".+")
@TerminalFlowTest(loginScreen = false)
class BackOfficeScreenshotTest {

    private static AppContext context;

    private Scene scene;

    @BeforeAll
    static void startServices(AppContext terminal) {
        context = terminal;
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 1280, 800);
        new ScreenFlow(scene, new ViewFactory(context, new FxTaskExecutor(2), Messages.french(), context.storeName())).showLogin();
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void stockBoardWithAnAlertAndTheMenuEditor(FxRobot robot) throws Exception {
        Fixtures fx = new Fixtures(context.database());
        KitchenOrders counter = new KitchenOrders(context.orders(), fx, 1);
        fx.countStock(1, "burrata", BigDecimal.ZERO);
        long hamThreshold = fx.count("SELECT s.low_threshold FROM stock s JOIN ingredient i ON i.id = s.ingredient_id"
                + " WHERE s.store_id = 1 AND i.code = 'ham'");
        fx.countStock(1, "ham", BigDecimal.valueOf(hamThreshold + 100));

        robot.clickOn("#login").write("direction");
        robot.clickOn("#secret").write(DemoData.MANAGER_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#stockBoard").tryQuery().map(Node::isVisible).orElse(false));
        counter.takeaway(20, counter.line("reine", "L", 1), counter.line("royale", "M", 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".stock-alert").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Path folder = Path.of(System.getProperty("ocpizza.screenshots"));
        Screenshots.write(scene.getRoot(), folder.resolve("backoffice-stock.png"));

        TabPane tabs = robot.lookup("#backOffice").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> "movementsTab".equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        TabPane forms = robot.lookup("#forms").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> forms.getSelectionModel().select(3)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ledgerButton").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#ledgerButton");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("backoffice-ledger.png"));
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "menuTab".equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Reine").tryQuery().isPresent());
        robot.clickOn("Reine");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#recipeGrid .text-field").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("backoffice-menu.png"));

        counter.phone(40, "Mme Petit", null, counter.line("margherita", "L", 2), counter.line("tiramisu", "U", 2));
        counter.takeaway(15, counter.line("diavola", "M", 1), counter.line("peroni", "U", 2));
        counter.phone(50, "M. Blanc", null, counter.line("quatre_fromages", "M", 1), counter.line("calzone", "L", 1));
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "reportsTab".equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#runButton").tryQuery().isPresent());
        robot.clickOn("#runButton");
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("backoffice-reports.png"));

        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "staffTab".equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("backoffice-staff.png"));
        assertThat(Files.size(folder.resolve("backoffice-stock.png"))).isPositive();
    }
}
