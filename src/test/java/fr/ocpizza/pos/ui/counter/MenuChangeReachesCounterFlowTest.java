package fr.ocpizza.pos.ui.counter;

import static fr.ocpizza.pos.testsupport.TerminalWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TerminalFlowTest;
import fr.ocpizza.pos.testsupport.TerminalWindow;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chain manager changes a price and a recipe in the back office's menu tab; a counter of the
 * same chain, open meanwhile, shows the new price without a restart (MENU_CHANGED through the
 * outbox relay and the live feed).
 */
@TerminalFlowTest
class MenuChangeReachesCounterFlowTest {

    private static AppContext context;
    private static Fixtures fx;

    @BeforeAll
    static void startServices(AppContext terminal, Fixtures fixtures) {
        context = terminal;
        fx = fixtures;
    }

    @Test
    void aNewPriceAndRecipeReachAnOpenCounterWithoutARestart(FxRobot robot) throws Exception {
        StaffPrincipal cashier = fx.staff("caisse1");
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        CounterViewModel counter = new CounterViewModel(context.orders(),
                () -> context.stock().whatCanBeMade(cashier, 1), context.liveFeed(), executor,
                cashier, 1, Clock.systemUTC(), Messages.french(),
                new PhoneCustomerViewModel(context.customers(), new StoreDirectory(context.database().sessionFactory()),
                        executor, Messages.french(), cashier, 1, context.storeZone()),
                new PromisedTimeViewModel(context.promisedTimes(), executor, Messages.french(), cashier, 1,
                        Clock.systemUTC(), context.storeZone()));
        counter.connect();
        waitUntil(() -> margheritaM(counter) != null && margheritaM(counter).equals(Money.ofCents(1150)));

        TerminalWindow.logInManager(robot, "direction");
        javafx.scene.control.TabPane tabs = robot.lookup("#backOffice").queryAs(javafx.scene.control.TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> "menuTab".equals(tab.getId())).findFirst().orElseThrow())).get(5, TimeUnit.SECONDS);
        waitUntil(() -> robot.lookup("Margherita").tryQuery().isPresent());
        robot.clickOn("Margherita");
        waitUntil(() -> robot.lookup("#price-M").tryQuery().isPresent() && robot.lookup("#recipeGrid .text-field").tryQuery().isPresent());

        TextField medium = robot.lookup("#price-M").queryAs(TextField.class);
        robot.doubleClickOn(medium).eraseText(10).write("12,40");
        robot.clickOn("#saveProductButton");
        waitUntil(() -> text(robot, "#menuNotice").startsWith("Margherita : prix enregistrés"));
        assertThat(fx.count("SELECT price_cents FROM product_size WHERE id = ?", fx.productSizeId("margherita", "M")))
                .isEqualTo(1240);
        waitUntil(() -> Money.ofCents(1240).equals(margheritaM(counter)));

        int mozzarella = fx.ingredientId("mozzarella");
        TextField quantity = robot.lookup("#qty-" + mozzarella + "-M").queryAs(TextField.class);
        robot.doubleClickOn(quantity).eraseText(10).write("118");
        TextArea steps = robot.lookup("#stepsArea").queryAs(TextArea.class);
        WaitForAsyncUtils.asyncFx(() -> steps.setText("Étaler la pâte.\nSauce, 118 g de mozzarella, basilic.\nCuire 90 s."))
                .get(5, TimeUnit.SECONDS);
        javafx.scene.control.ScrollPane detail = robot.lookup("#menuDetailScroll").queryAs(javafx.scene.control.ScrollPane.class);
        WaitForAsyncUtils.asyncFx(() -> detail.setVvalue(1)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveRecipeButton");
        waitUntil(() -> text(robot, "#menuNotice").startsWith("Margherita : recette enregistrée"));
        assertThat(fx.recipeQuantity("margherita", "M", "mozzarella")).isEqualByComparingTo("118");
        assertThat(context.kitchen().recipe(fx.staff("pizzaiolo1"), fx.productSizeId("margherita", "M")).steps())
                .hasSize(3);
        counter.close();
    }

    private static Money margheritaM(CounterViewModel counter) {
        return counter.menu().tiles().stream()
                .filter(tile -> tile.size().productCode().equals("margherita") && tile.size().sizeCode().equals("M"))
                .map(ProductTile::price).findFirst().orElse(null);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

}
