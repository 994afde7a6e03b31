package fr.ocpizza.pos.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Short stock, parallel writers and replays: a refused order writes nothing (not even a ticket
 * number), four writers at once neither share a ticket number nor drive a stock below zero, and
 * a seed replays the same orders. Each test works on its own store of one database.
 */
class OnlineShopSimulatorStockTest {

    private static ServiceDatabase db;
    private static Database database;
    private static Fixtures fx;
    private static SqlRows sql;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        database = db.database();
        fx = db.fx();
        sql = new SqlRows(database);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aBurrataRushAtTheMaraisIsRefusedForBurrataAndWritesNothingForTheRefusedOrders() {
        int store = 5; // the demo data has no burrata there

        SimulationReport report = simulate(store, SimulationSettings.of(20, 7).withFavouritePizza("burrata"));

        assertThat(report.failed()).isZero();
        assertThat(report.refused()).isPositive();
        assertThat(report.refusedByIngredient()).containsOnlyKeys("Burrata des Pouilles");
        assertThat(report.placed() + report.refused()).isEqualTo(20);
        assertThat(report.summaryLines()).contains("Refused:  " + report.refused() + " for stock: " + report.refused()
                + " out of Burrata des Pouilles");
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE store_id = ?", store)).isEqualTo(report.placed());
        assertThat(fx.count("SELECT count(*) FROM order_line l JOIN customer_order o ON o.id = l.order_id"
                + " JOIN product_size ps ON ps.id = l.product_size_id JOIN product p ON p.id = ps.product_id"
                + " WHERE o.store_id = ? AND p.code = 'burrata'", store)).isZero();
        assertThat(fx.count("SELECT COALESCE(max(last_number), 0) FROM order_number_counter WHERE store_id = ?", store))
                .as("a rolled-back order gives its ticket number back").isEqualTo(report.placed());
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE store_id = ? AND type = 'ORDER_PLACED'", store))
                .isEqualTo(report.placed());
        assertThat(fx.stock(store, "burrata")).isEqualByComparingTo("0");
        assertLedgerSumsToStock(store);
    }

    @Test
    void aStoreWithoutDoughRefusesEveryOrderAndKeepsNoTraceOfThem() {
        int store = 2;
        fx.countStock(store, "pizza_dough", BigDecimal.ZERO);
        long customersBefore = fx.count("SELECT count(*) FROM customer");
        long addressesBefore = fx.count("SELECT count(*) FROM customer_address");

        SimulationReport report = simulate(store, SimulationSettings.of(10, 3));

        assertThat(report.placed()).isZero();
        assertThat(report.failed()).isZero();
        assertThat(report.refusedByIngredient()).containsExactly(Map.entry("Pâte à pizza", 10));
        assertThat(report.latencyP50()).isEmpty();
        assertThat(fx.count("SELECT count(*) FROM customer")).isEqualTo(customersBefore);
        assertThat(fx.count("SELECT count(*) FROM customer_address")).isEqualTo(addressesBefore);
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE store_id = ?", store)).isZero();
        assertThat(fx.count("SELECT count(*) FROM order_number_counter WHERE store_id = ?", store)).isZero();
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE store_id = ?", store)).isZero();
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE store_id = ? AND kind = 'ORDER_CONSUMPTION'", store)).isZero();
        assertLedgerSumsToStock(store);
    }

    @Test
    void fourWritersRacingForTheLastMozzarellaShareNoTicketNumberAndLeaveNoNegativeStock() {
        int store = 3;
        fx.countStock(store, "mozzarella", new BigDecimal("6000"));

        SimulationReport report = simulate(store, SimulationSettings.of(80, 11).withConcurrency(4));

        assertThat(report.failed()).as(report.failedByReason().toString()).isZero();
        assertThat(report.placed()).isPositive();
        assertThat(report.refused()).as("6 kg of mozzarella do not make 80 orders").isPositive();
        assertThat(report.placed() + report.refused()).isEqualTo(80);
        List<Integer> tickets = sql.ints("SELECT ticket_number FROM customer_order WHERE store_id = ? ORDER BY ticket_number", store);
        assertThat(tickets).doesNotHaveDuplicates().hasSize(report.placed());
        assertThat(tickets).containsExactlyElementsOf(range(1, report.placed()));
        assertThat(fx.count("SELECT count(*) FROM stock WHERE store_id = ? AND quantity < 0", store)).isZero();
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE store_id = ? AND quantity_after < 0", store)).isZero();
        assertThat(fx.count("SELECT count(*) FROM customer_order o WHERE o.store_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM stock_movement m WHERE m.order_id = o.id)", store)).isZero();
        assertLedgerSumsToStock(store);
    }

    @Test
    void theSameSeedReplaysTheSameOrdersAndFindsItsCustomersByPhone() {
        int store = 4;

        simulate(store, SimulationSettings.of(10, 99));
        long customersAfterFirstRun = fx.count("SELECT count(*) FROM customer");
        simulate(store, SimulationSettings.of(10, 99));

        List<String> orders = sql.strings("SELECT o.customer_name || ' ' || o.fulfilment || ' ' || p.method || ' ' || o.total_cents"
                + " || ' ' || (SELECT string_agg(l.product_size_id || 'x' || l.quantity || COALESCE((SELECT string_agg(t.change"
                + "   || t.ingredient_id, ',' ORDER BY t.ingredient_id) FROM order_line_topping t WHERE t.order_line_id = l.id), ''),"
                + "   ' ' ORDER BY l.line_no) FROM order_line l WHERE l.order_id = o.id)"
                + " FROM customer_order o JOIN payment p ON p.order_id = o.id WHERE o.store_id = ? ORDER BY o.ticket_number", store);
        assertThat(orders).hasSize(20);
        assertThat(orders.subList(10, 20)).containsExactlyElementsOf(orders.subList(0, 10));
        assertThat(fx.count("SELECT count(*) FROM customer")).isEqualTo(customersAfterFirstRun);
        assertThat(fx.count("SELECT count(DISTINCT external_ref) FROM customer_order WHERE store_id = ?", store)).isEqualTo(20);
    }

    @Test
    void aClosedStoreTakesNoOnlineOrder() {
        fx.execute("UPDATE store SET active = false WHERE id = 4");
        try {
            assertThatThrownBy(() -> OnlineShopSimulator.forStore(database.dataSource(), 4))
                    .isInstanceOf(SimulationSetupException.class)
                    .hasMessage("Store 4 OC Pizza Butte-aux-Cailles is not active: the online shop takes no orders for it");
        } finally {
            fx.execute("UPDATE store SET active = true WHERE id = 4");
        }
    }

    @Test
    void aFavouriteThatIsNoPizzaOnSaleIsRefusedBeforeAnyOrder() {
        OnlineShopSimulator simulator = OnlineShopSimulator.forStore(database.dataSource(), 1);

        assertThatThrownBy(() -> simulator.run(SimulationSettings.of(1, 1).withFavouritePizza("tiramisu"), line -> { }))
                .isInstanceOf(SimulationSetupException.class)
                .hasMessageStartingWith("No pizza 'tiramisu' on sale: choose one of margherita, marinara, reine,");
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE store_id = 1")).isZero();
    }

    private static SimulationReport simulate(int store, SimulationSettings settings) {
        return OnlineShopSimulator.forStore(database.dataSource(), store).run(settings, line -> { });
    }

    private static void assertLedgerSumsToStock(int store) {
        assertThat(fx.count("SELECT count(*) FROM stock s WHERE s.store_id = ? AND s.quantity <> (SELECT COALESCE(sum(m.quantity_delta), 0)"
                + " FROM stock_movement m WHERE m.store_id = s.store_id AND m.ingredient_id = s.ingredient_id)", store)).isZero();
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
