package fr.ocpizza.pos.ui.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.app.ScreenFlow;
import fr.ocpizza.pos.app.ViewFactory;
import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
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
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes {@code kitchen.png}, the kitchen board with a dozen tickets, into the folder given by
 * {@code -Docpizza.screenshots=docs/screenshots}; skipped otherwise. Headless: the scene is
 * rendered to an image and written pixel by pixel (no javafx-swing needed). The headless screen
 * is made full HD, a kitchen display's size, when this class starts JavaFX (run it on its own:
 * {@code mvn test -Dtest=KitchenScreenshotTest -Docpizza.screenshots=docs/screenshots}).
 */
@EnabledIfSystemProperty(named = "ocpizza.screenshots", matches = ".+")
@TerminalFlowTest(loginScreen = false)
class KitchenScreenshotTest {

    static {
        // Monocle's headless screen is 1280×800 unless told otherwise before JavaFX starts.
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1080-32");
        }
    }

    private static AppContext context;
    private static Fixtures fx;

    private Scene scene;

    @BeforeAll
    static void startServices(AppContext terminal, Fixtures fixtures) {
        context = terminal;
        fx = fixtures;
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 1920, 1080);
        new ScreenFlow(scene, new ViewFactory(context, new FxTaskExecutor(2), Messages.french(), context.storeName()))
                .showLogin();
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void kitchenBoardWithADozenTickets(FxRobot robot) throws Exception {
        KitchenOrders counter = new KitchenOrders(context.orders(), fx, 1).stockUp(10_000);
        StaffPrincipal pizzaiolo = fx.staff("pizzaiolo1");
        OrderView late = counter.phone(-2, "M. Lefèvre", null, counter.line("reine", "L", 2), counter.line("coca_cola", "U", 2));
        OrderView warn = counter.takeaway(4, counter.line("quatre_fromages", "M", 1, Set.of(), Set.of(), "bien cuite"),
                counter.line("tiramisu", "U", 1));
        OrderView started = counter.takeaway(6, counter.line("diavola", "M", 1, Set.of("chorizo"), Set.of(), null));
        OrderView delivery = delivery(counter, 10);
        OrderView online = context.orders().place(counter.cashier(), new NewOrder(1, Channel.ONLINE, Fulfilment.TAKEAWAY,
                null, "Inès", null, Instant.now().plus(Duration.ofMinutes(12)), null,
                List.of(counter.line("chevre_miel", "M", 1), counter.line("margherita", "S", 2)), null));
        counter.takeaway(14, counter.line("napolitaine", "M", 1, Set.of(), Set.of("anchovies"), "sans anchois, allergie"));
        counter.takeaway(16, counter.line("calzone", "L", 1), counter.line("peroni", "U", 2));
        counter.phone(18, "Famille Roussel", "Couper en 8", counter.line("margherita", "L", 2), counter.line("reine", "M", 1),
                counter.line("hawaienne", "S", 1));
        counter.takeaway(20, counter.line("savoyarde", "M", 1));
        counter.takeaway(22, counter.line("parma", "M", 1, Set.of("mushrooms"), Set.of("arugula"), null));
        counter.takeaway(25, counter.line("vegetarienne", "L", 1, Set.of("goat_cheese", "egg"), Set.of(), null));
        counter.receivedMinutesAgo(late.id(), 24);
        counter.receivedMinutesAgo(warn.id(), 13);
        counter.receivedMinutesAgo(started.id(), 11);
        counter.receivedMinutesAgo(delivery.id(), 7);
        context.kitchen().start(pizzaiolo, started.id());
        context.kitchen().start(pizzaiolo, online.id());

        robot.clickOn("#login").write("pizzaiolo1");
        for (char digit : DemoData.PIZZAIOLO_PIN.toCharArray()) {
            robot.clickOn("#key" + digit);
        }
        robot.clickOn("#loginButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ticket-" + late.id()).tryQuery().isPresent());
        // One more while the board is open: it flashes with an orange frame.
        OrderView fresh = counter.takeaway(8, counter.line("orientale", "M", 1), counter.line("orangina", "U", 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ticket-" + fresh.id()).tryQuery().isPresent());
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS); // past the fade, still within the orange frame
        WaitForAsyncUtils.waitForFxEvents();

        Path file = Path.of(System.getProperty("ocpizza.screenshots")).resolve("kitchen.png");
        Screenshots.write(scene.getRoot(), file);
        assertThat(Files.size(file)).isPositive();
    }

    private static OrderView delivery(KitchenOrders counter, int minutes) {
        long customer = fx.count("WITH c AS (INSERT INTO customer (first_name, last_name) VALUES ('Paul', 'Martin') RETURNING id)"
                + " SELECT id FROM c");
        long address = fx.count("WITH a AS (INSERT INTO customer_address (customer_id, line1, postal_code, city)"
                + " VALUES (?, '3 rue Keller', '75011', 'Paris') RETURNING id) SELECT id FROM a", customer);
        return context.orders().place(counter.cashier(), new NewOrder(1, Channel.PHONE, Fulfilment.DELIVERY, customer,
                "Paul Martin", address, Instant.now().plus(Duration.ofMinutes(minutes)), "Digicode 4512B",
                List.of(counter.line("royale", "L", 1), counter.line("pescatore", "M", 1)), null));
    }
}
