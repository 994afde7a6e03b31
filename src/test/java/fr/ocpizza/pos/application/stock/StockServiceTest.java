package fr.ocpizza.pos.application.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.Availability;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.domain.stock.StockStatus;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StockServiceTest {

    private static ServiceDatabase db;
    private static Database database;
    private static Fixtures fx;
    private static StockService stock;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        database = db.database();
        fx = db.fx();
        stock = new StockService(database.sessionFactory());
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void whatCanBeMadeIsTheScarcestIngredientOfEachRecipeAndFollowsTheOrders() {
        StaffPrincipal cashier = fx.staff("caisse4");
        // Store 4: leave mozzarella for exactly 12 Margherita M and 1 g over.
        BigDecimal perPizza = fx.recipeQuantity("margherita", "M", "mozzarella");
        fx.countStock(4, "mozzarella", perPizza.multiply(BigDecimal.valueOf(12)).add(BigDecimal.ONE));

        StoreAvailability before = stock.whatCanBeMade(cashier, 4);
        Availability margheritaM = before.find("margherita", "M").orElseThrow();
        assertThat(margheritaM.portions()).isEqualTo(12);
        assertThat(before.limitingIngredientName(margheritaM)).hasValueSatisfying(name -> assertThat(name).contains("Mozzarella"));

        new OrderService(database.sessionFactory(), Clock.systemUTC()).place(cashier, NewOrder.takeaway(4,
                Instant.now().plus(Duration.ofMinutes(20)), List.of(LineRequest.of(fx.productSizeId("margherita", "M"), 5)), null));

        assertThat(stock.whatCanBeMade(cashier, 4).find("margherita", "M").orElseThrow().portions()).isEqualTo(7);
    }

    @Test
    void aProductWhoseIngredientIsOutCannotBeMadeAnywhereInThatStore() {
        StoreAvailability store5 = stock.whatCanBeMade(fx.staff("gerant5"), 5);

        for (String size : List.of("S", "M", "L")) {
            Availability burrata = store5.find("burrata", size).orElseThrow();
            assertThat(burrata.portions()).isZero();
            assertThat(store5.limitingIngredientName(burrata)).hasValueSatisfying(name -> assertThat(name).contains("Burrata"));
        }
        assertThat(store5.find("margherita", "S").orElseThrow().portions()).isPositive();
        assertThat(store5.find("coca_cola", "U").orElseThrow().portions()).isEqualTo(
                fx.stock(5, "coca_cola_33cl").intValueExact());
    }

    @Test
    void stockLevelsCarryTheirStatusAgainstTheThreshold() {
        List<StockLevel> levels = stock.levels(fx.staff("gerant3"), 3);

        assertThat(levels).filteredOn(l -> l.ingredientCode().equals("ham"))
                .singleElement().extracting(StockLevel::status).isEqualTo(StockStatus.LOW);
        assertThat(stock.levels(fx.staff("gerant5"), 5)).filteredOn(l -> l.ingredientCode().equals("burrata"))
                .singleElement().extracting(StockLevel::status).isEqualTo(StockStatus.OUT);
        assertThat(levels).filteredOn(l -> l.ingredientCode().equals("pizza_dough"))
                .singleElement().extracting(StockLevel::status).isEqualTo(StockStatus.OK);
    }

    @Test
    void aStoreSeesOnlyItsOwnStockAndTheChainManagerSeesAll() {
        assertThatThrownBy(() -> stock.levels(fx.staff("caisse1"), 2)).isInstanceOf(PermissionDeniedException.class);
        assertThat(stock.levels(fx.staff("direction"), 2)).isNotEmpty();
        assertThatThrownBy(() -> stock.levels(fx.staff("direction"), 99)).isInstanceOf(NotFoundException.class);
    }
}
