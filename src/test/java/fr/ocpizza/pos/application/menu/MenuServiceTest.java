package fr.ocpizza.pos.application.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.application.kitchen.KitchenService;
import fr.ocpizza.pos.application.kitchen.RecipeReminder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chain's menu edited from the back office, on a real database. */
class MenuServiceTest {

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static MenuService menu;
    private static OrderService orders;
    private static StaffPrincipal chain;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        menu = new MenuService(db.database().sessionFactory(), Clock.systemUTC());
        orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        chain = fx.staff("direction");
        new KitchenOrders(orders, fx, 1).stockUp(100_000);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static MenuProduct product(String code) {
        return menu.products(chain).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static Map<Integer, Money> prices(MenuProduct product) {
        Map<Integer, Money> prices = new HashMap<>();
        product.sizes().forEach(size -> prices.put(size.productSizeId(), size.price()));
        return prices;
    }

    @Test
    void theMenuListsEveryProductWithItsSizesInOrder() {
        List<MenuProduct> products = menu.products(chain);
        assertThat(products).hasSize(30);
        assertThat(product("reine").sizes()).extracting(MenuProduct.Size::sizeCode).containsExactly("S", "M", "L");
        assertThat(product("tiramisu").sizes()).extracting(MenuProduct.Size::sizeCode).containsExactly("U");
    }

    @Test
    void aNewPriceIsAuditedAnnouncedToEveryPizzeriaAndUsedByTheNextOrder() {
        MenuProduct diavola = product("diavola");
        int medium = fx.productSizeId("diavola", "M");
        Map<Integer, Money> prices = prices(diavola);
        prices.put(medium, Money.ofCents(1490));
        long events = fx.count("SELECT count(*) FROM outbox_event WHERE type = 'MENU_CHANGED'");

        MenuProduct changed = menu.updateProduct(chain, diavola.id(), diavola.version(),
                new ProductChange(prices, diavola.vatRate(), true));

        assertThat(changed.version()).isEqualTo(diavola.version() + 1);
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'PRICE_CHANGED' AND entity_id = ?",
                String.valueOf(diavola.id()))).isOne();
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE type = 'MENU_CHANGED'")).isEqualTo(events + 5);
        KitchenOrders counter = new KitchenOrders(orders, fx, 1);
        OrderView order = counter.takeaway(20, counter.line("diavola", "M", 1));
        assertThat(order.total()).isEqualTo(Money.ofCents(1490));
    }

    @Test
    void onlyAChainManagerChangesTheMenuAndNothingIsWrittenOnARefusal() {
        MenuProduct reine = product("reine");
        ProductChange change = new ProductChange(prices(reine), reine.vatRate(), false);
        assertThatThrownBy(() -> menu.updateProduct(fx.staff("gerant1"), reine.id(), reine.version(), change))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("only a chain manager");
        assertThatThrownBy(() -> menu.products(fx.staff("caisse1"))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> menu.updateProduct(chain, reine.id(), reine.version() - 1, change))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> menu.updateProduct(chain, reine.id(), reine.version(),
                new ProductChange(prices(reine), new BigDecimal("7"), true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("choose 5.5, 10 or 20");
        Map<Integer, Money> absurd = prices(reine);
        absurd.put(fx.productSizeId("reine", "L"), Money.ofCents(170_000));
        assertThatThrownBy(() -> menu.updateProduct(chain, reine.id(), reine.version(),
                new ProductChange(absurd, reine.vatRate(), true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not plausible");
        assertThat(product("reine")).isEqualTo(reine);
    }

    @Test
    void aRecipeChangeReachesTheKitchenAndTheStockOfTheNextOrder() {
        MenuProduct margherita = product("margherita");
        MenuRecipe before = menu.recipe(chain, margherita.id());
        assertThat(before.sizeCodes()).containsExactly("S", "M", "L");
        Map<Integer, BigDecimal> medium = new HashMap<>();
        before.lines().forEach(line -> medium.put(line.ingredientId(), line.perSize().get("M")));
        medium.put(fx.ingredientId("mozzarella"), new BigDecimal("125"));
        List<String> steps = List.of("Étaler la pâte à 30 cm.", "Sauce, mozzarella, basilic.", "Cuire 90 s à 450 °C.");

        MenuRecipe after = menu.updateRecipe(chain, margherita.id(), margherita.version(),
                new RecipeChange(Map.of("M", medium), steps));

        assertThat(after.steps()).isEqualTo(steps);
        assertThat(fx.recipeQuantity("margherita", "M", "mozzarella")).isEqualByComparingTo("125");
        KitchenService kitchen = new KitchenService(db.database().sessionFactory(), orders, Clock.systemUTC());
        assertThat(kitchen.recipe(fx.staff("pizzaiolo1"), fx.productSizeId("margherita", "M")).steps())
                .extracting(RecipeReminder.Step::instruction).isEqualTo(steps);
        KitchenOrders counter = new KitchenOrders(orders, fx, 1);
        OrderView order = counter.takeaway(20, counter.line("margherita", "M", 2));
        assertThat(fx.consumedBy(order.id()).get("mozzarella")).isEqualByComparingTo("250");
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'RECIPE_CHANGED'")).isOne();
    }

    @Test
    void aRecipeWithoutIngredientOrWithAnAbsurdQuantityIsRefused() {
        MenuProduct calzone = product("calzone");
        assertThatThrownBy(() -> menu.updateRecipe(chain, calzone.id(), calzone.version(),
                new RecipeChange(Map.of("M", Map.of()), List.of("Plier."))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("has no ingredient");
        assertThatThrownBy(() -> menu.updateRecipe(chain, calzone.id(), calzone.version(),
                new RecipeChange(Map.of("M", Map.of(fx.ingredientId("mozzarella"), new BigDecimal("12000"))), List.of("Plier."))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 2000 g");
        assertThatThrownBy(() -> menu.updateRecipe(chain, calzone.id(), calzone.version(),
                new RecipeChange(Map.of(), List.of("  "))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("preparation step");
        assertThat(menu.recipe(chain, calzone.id()).version()).isEqualTo(calzone.version());
    }
}
