package fr.ocpizza.pos.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.RunningTerminal;
import fr.ocpizza.pos.testsupport.Screenshots;
import fr.ocpizza.pos.ui.common.FxTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the counter's screenshots for docs/screenshots; not part of the suite (run with
 * {@code mvn test -Dtest=CounterScreenshotTest -Docpizza.screenshots=docs/screenshots}).
 */
@EnabledIfSystemProperty(named = "ocpizza.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class CounterScreenshotTest {

    @RegisterExtension
    static final RunningTerminal terminal = new RunningTerminal();

    private static AppContext context;
    private Scene scene;

    @BeforeAll
    static void startServices() {
        context = terminal.context();
        Fixtures fx = new Fixtures(context.database());
        new KitchenOrders(context.orders(), fx, 1).stockUp(10_000);
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
        robot.write("reine").type(KeyCode.ENTER);
        robot.type(KeyCode.F4).write("mozza").type(KeyCode.ENTER).write("champ");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.type(KeyCode.ESCAPE);
        robot.write("quatre").type(KeyCode.ENTER);
        robot.write("coca").type(KeyCode.ENTER).write("coca").type(KeyCode.ENTER);
        robot.write("tira").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path folder = Path.of(System.getProperty("ocpizza.screenshots"));
        Screenshots.write(scene.getRoot(), folder.resolve("counter.png"));

        robot.type(KeyCode.F4);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        Screenshots.write(scene.getRoot(), folder.resolve("counter-line-editor.png"));
        robot.type(KeyCode.ESCAPE);
        assertThat(Files.size(folder.resolve("counter.png"))).isPositive();
    }
}
