package fr.ocpizza.pos.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.ShortStockException;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Half-and-half pizzas through {@link OrderService} on the demo database: the exact stock each
 * half takes, the ledger that sums to the stock, modification and cancellation giving back
 * exactly what was taken, and the online shop's documented stock query agreeing with the ledger.
 */
class HalfAndHalfOrderTest {

    /** The query of docs/schema.md, 5.2 (d): what an order's lines consume, per ingredient. */
    private static final String DOCUMENTED_CONSUMPTION = """
            SELECT i.code, sum(x.quantity) AS quantity
            FROM (
                SELECT ri.ingredient_id,
                       CASE WHEN ol.second_half_product_size_id IS NULL THEN ri.quantity
                            ELSE round(ri.quantity / 2, 3) END * ol.quantity AS quantity
                FROM order_line ol
                JOIN recipe_item ri ON ri.product_size_id = ol.product_size_id
                                    OR ri.product_size_id = ol.second_half_product_size_id
                WHERE ol.order_id = ?
                  AND NOT EXISTS (SELECT 1 FROM order_line_topping t
                                  WHERE t.order_line_id = ol.id AND t.ingredient_id = ri.ingredient_id
                                    AND t.change = 'REMOVE')
                UNION ALL
                SELECT t.ingredient_id, et.quantity * ol.quantity
                FROM order_line ol
                JOIN order_line_topping t ON t.order_line_id = ol.id AND t.change = 'ADD'
                JOIN extra_topping et ON et.ingredient_id = t.ingredient_id AND et.size_code = ol.size_code
                WHERE ol.order_id = ?
            ) x
            JOIN ingredient i ON i.id = x.ingredient_id
            GROUP BY i.code
            """;

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static OrderService orders;
    private static StaffPrincipal cashier;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        cashier = fx.staff("caisse1");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static Instant inHalfAnHour() {
        return Instant.now().plus(Duration.ofMinutes(30));
    }

    /** What one pizza of two halves takes: half of each recipe, per ingredient code. */
    private static Map<String, BigDecimal> halves(String firstProduct, String secondProduct, String size) {
        Map<String, BigDecimal> perPizza = new TreeMap<>();
        for (String product : List.of(firstProduct, secondProduct)) {
            fx.recipe(product, size).forEach((code, quantity) -> perPizza.merge(code, ProductSize.half(quantity), BigDecimal::add));
        }
        return perPizza;
    }

    private static Map<String, BigDecimal> stock(Set<String> codes) {
        Map<String, BigDecimal> levels = new TreeMap<>();
        codes.forEach(code -> levels.put(code, fx.stock(1, code)));
        return levels;
    }

    private static void assertLedgerMatchesStock(Set<String> codes) {
        codes.forEach(code -> assertThat(fx.ledgerSum(1, code)).as("ledger of " + code).isEqualByComparingTo(fx.stock(1, code)));
    }

    private static void assertSameQuantities(Map<String, BigDecimal> actual, Map<String, BigDecimal> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((code, quantity) -> assertThat(actual.get(code)).as(code).isEqualByComparingTo(quantity));
    }

    @Test
    void aHalfAndHalfTakesHalfOfEachRecipeAndItsLedgerSumsToTheStockThroughModificationAndCancellation() {
        int reineM = fx.productSizeId("reine", "M");
        int fromagesM = fx.productSizeId("quatre_fromages", "M");
        Set<String> codes = new TreeSet<>(fx.recipe("reine", "M").keySet());
        codes.addAll(fx.recipe("quatre_fromages", "M").keySet());
        codes.addAll(fx.recipe("royale", "M").keySet());
        codes.addAll(fx.recipe("margherita", "M").keySet());
        Map<String, BigDecimal> before = stock(codes);

        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(), List.of(new LineRequest(reineM, 2,
                Set.of(fx.ingredientId("mozzarella")), Set.of(fx.ingredientId("mushrooms")), "bien cuite", fromagesM)), null));

        OrderView.Line line = placed.lines().get(0);
        assertThat(line.secondHalfProductSizeId()).isEqualTo(fromagesM);
        assertThat(line.secondHalfName()).isEqualTo("Quatre fromages");
        assertThat(line.label()).isEqualTo("½ Reine + ½ Quatre fromages (M)");
        // The Quatre fromages half is the dearer (15,50 € against 14,00 €), plus an extra mozzarella M at 2,00 €.
        assertThat(line.unitPrice()).isEqualTo(Money.parse("17.50"));
        assertThat(placed.total()).isEqualTo(Money.parse("35.00"));
        assertThat(fx.count("SELECT count(*) FROM order_line WHERE order_id = ? AND second_half_product_size_id = ?"
                + " AND second_half_name = 'Quatre fromages'", placed.id(), fromagesM)).isEqualTo(1);

        // Two pizzas of half a Reine M and half a Quatre fromages M, an extra 55 g of mozzarella each, no mushrooms.
        Map<String, BigDecimal> expected = new TreeMap<>();
        halves("reine", "quatre_fromages", "M").forEach((code, quantity) -> expected.put(code, quantity.multiply(BigDecimal.valueOf(2))));
        expected.merge("mozzarella", new BigDecimal("110"), BigDecimal::add);
        expected.remove("mushrooms");
        assertThat(expected.get("mozzarella")).isEqualByComparingTo("290");   // 2 × (55 + 35 + 55)
        assertThat(expected.get("ham")).isEqualByComparingTo("70");           // 2 × 35, from the Reine half
        assertThat(expected.get("gorgonzola")).isEqualByComparingTo("40");    // 2 × 20, from the Quatre fromages half
        assertSameQuantities(fx.consumedBy(placed.id()), expected);
        codes.forEach(code -> assertThat(fx.stock(1, code)).as(code)
                .isEqualByComparingTo(before.get(code).subtract(expected.getOrDefault(code, BigDecimal.ZERO))));
        assertLedgerMatchesStock(codes);
        assertSameQuantities(fx.decimalsByCode(DOCUMENTED_CONSUMPTION, placed.id(), placed.id()), expected);

        // Now half a Royale (half an egg) and half a Margherita: only the difference moves.
        OrderView modified = orders.modify(cashier, placed.id(), placed.version(), List.of(
                LineRequest.halfAndHalf(fx.productSizeId("royale", "M"), fx.productSizeId("margherita", "M"), 1)));

        Map<String, BigDecimal> afterModification = halves("royale", "margherita", "M");
        assertThat(afterModification.get("egg")).isEqualByComparingTo("0.5");
        assertThat(modified.lines().get(0).label()).isEqualTo("½ Royale + ½ Margherita (M)");
        assertThat(modified.total()).isEqualTo(Money.parse("15.00"));
        assertSameQuantities(fx.consumedBy(placed.id()), afterModification);
        codes.forEach(code -> assertThat(fx.stock(1, code)).as(code)
                .isEqualByComparingTo(before.get(code).subtract(afterModification.getOrDefault(code, BigDecimal.ZERO))));
        assertLedgerMatchesStock(codes);
        assertSameQuantities(fx.decimalsByCode(DOCUMENTED_CONSUMPTION, placed.id(), placed.id()), afterModification);

        OrderView cancelled = orders.cancel(cashier, placed.id(), "client parti");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fx.consumedBy(placed.id())).isEmpty();
        codes.forEach(code -> assertThat(fx.stock(1, code)).as(code).isEqualByComparingTo(before.get(code)));
        assertLedgerMatchesStock(codes);
    }

    @Test
    void aHalfAndHalfIsQuotedAndReadBackLikeAnyLine() {
        int margheritaL = fx.productSizeId("margherita", "L");
        int diavolaL = fx.productSizeId("diavola", "L");

        assertThat(orders.quote(cashier, 1, List.of(LineRequest.halfAndHalf(margheritaL, diavolaL, 1))).total())
                .isEqualTo(Money.parse("17.50"));
        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(),
                List.of(LineRequest.halfAndHalf(margheritaL, diavolaL, 1), LineRequest.of(fx.productSizeId("coca_cola", "U"), 1)),
                null));

        OrderView found = orders.find(cashier, placed.id());
        assertThat(found.lines()).extracting(OrderView.Line::label)
                .containsExactly("½ Margherita + ½ Diavola (L)", "Coca-Cola 33 cl");
        assertThat(found.lines().get(0).isHalfAndHalf()).isTrue();
        assertThat(found.lines().get(1).isHalfAndHalf()).isFalse();
        assertThat(found.lines().get(1).secondHalfName()).isNull();
        assertThat(found.total()).isEqualTo(Money.parse("21.00"));
    }

    @Test
    void aRefusedHalfAndHalfWritesNothing() {
        long ordersBefore = fx.count("SELECT count(*) FROM customer_order");
        long movementsBefore = fx.count("SELECT count(*) FROM stock_movement");

        assertThatThrownBy(() -> orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(), List.of(
                LineRequest.halfAndHalf(fx.productSizeId("reine", "M"), fx.productSizeId("coca_cola", "U"), 1)), null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).key()).isEqualTo("error.half.notPizza"));
        assertThatThrownBy(() -> orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(), List.of(
                LineRequest.halfAndHalf(fx.productSizeId("reine", "M"), fx.productSizeId("reine", "L"), 1)), null)))
                .satisfies(e -> assertThat(((ValidationException) e).key()).isEqualTo("error.half.sizeMismatch"));

        assertThat(fx.count("SELECT count(*) FROM customer_order")).isEqualTo(ordersBefore);
        assertThat(fx.count("SELECT count(*) FROM stock_movement")).isEqualTo(movementsBefore);
    }

    @Test
    void aMissingIngredientOfOneHalfNamesTheHalfAndHalf() {
        StaffPrincipal cashier5 = fx.staff("caisse5");
        BigDecimal doughBefore = fx.stock(5, "pizza_dough");

        // Store 5 has no burrata at all (demo data): even half a Burrata cannot be made.
        assertThatThrownBy(() -> orders.place(cashier5, NewOrder.takeaway(5, inHalfAnHour(), List.of(
                LineRequest.halfAndHalf(fx.productSizeId("margherita", "M"), fx.productSizeId("burrata", "M"), 1)), null)))
                .isInstanceOf(ShortStockException.class)
                .hasMessageContaining("Burrata des Pouilles")
                .hasMessageContaining("62.5 g needed")
                .satisfies(e -> assertThat(((ShortStockException) e).productLabels())
                        .isEqualTo("½ Margherita + ½ Burrata (M)"));
        assertThat(fx.stock(5, "pizza_dough")).isEqualByComparingTo(doughBefore);
    }
}
