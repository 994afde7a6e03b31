package fr.ocpizza.pos.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.report.Period;
import fr.ocpizza.pos.application.report.ReportScope;
import fr.ocpizza.pos.application.report.ReportService;
import fr.ocpizza.pos.application.stock.RunOutEstimate;
import fr.ocpizza.pos.application.stock.StockHistory;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.RunOutProjection;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.DatabaseFingerprint;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo history loaded into a fresh seeded database: what it holds, that it keeps every rule of
 * docs/schema.md, that it leaves today's stock as the demo has it, and that two loads of the same
 * day hold the same rows.
 */
class DemoHistoryTest {

    /** One instant for every load of this class: the same day, whatever the time the suite runs. */
    private static final Clock CLOCK = Clock.fixed(Instant.now(), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK.withZone(ZoneId.of("Europe/Paris")));

    private static TestDatabase testDb;
    private static Database database;
    private static Fixtures fx;
    private static DemoHistory.Outcome outcome;
    private static Map<String, BigDecimal> stockBefore;

    @BeforeAll
    static void loadTheHistory() {
        testDb = TestPostgres.newDatabase();
        database = testDb.connect();
        fx = new Fixtures(database);
        stockBefore = stock();
        outcome = DemoHistory.load(database.sessionFactory(), CLOCK).orElseThrow();
    }

    @AfterAll
    static void dropIt() {
        database.close();
        testDb.close();
    }

    @Test
    void everyPizzeriaHasEightWeeksOfOrdersEveryDayFridaysAndSaturdaysBusiest() {
        assertThat(outcome.stores()).isEqualTo(5);
        assertThat(outcome.orders()).isEqualTo(fx.count("SELECT count(*) FROM customer_order")).isGreaterThan(10_000);
        for (int store = 1; store <= 5; store++) {
            assertThat(fx.count("SELECT count(DISTINCT business_date) FROM customer_order WHERE store_id = ?", store))
                    .isEqualTo(56);
            assertThat(fx.count("SELECT count(*) FROM customer_order WHERE store_id = ? AND business_date NOT BETWEEN ? AND ?",
                    store, TODAY.minusDays(56), TODAY.minusDays(1))).isZero();
        }
        long saturdays = fx.count("SELECT count(*) FROM customer_order WHERE extract(isodow FROM business_date) = 6");
        long mondays = fx.count("SELECT count(*) FROM customer_order WHERE extract(isodow FROM business_date) = 1");
        assertThat(saturdays).isGreaterThan(mondays * 3 / 2);
    }

    @Test
    void everyChannelFulfilmentPaymentAndKindOfLineIsThere() {
        assertThat(fx.count("SELECT count(DISTINCT channel) FROM customer_order")).isEqualTo(3);
        assertThat(fx.count("SELECT count(DISTINCT fulfilment) FROM customer_order")).isEqualTo(3);
        assertThat(fx.count("SELECT count(DISTINCT method) FROM payment")).isEqualTo(4);
        assertThat(fx.count("SELECT count(DISTINCT status) FROM customer_order")).isEqualTo(3); // delivered, picked up, cancelled
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE status = 'CANCELLED' AND cancel_reason IS NOT NULL"))
                .isEqualTo(outcome.cancelled()).isGreaterThan(100);
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'ORDER_CANCELLED'")).isEqualTo(outcome.cancelled());
        assertThat(fx.count("SELECT count(*) FROM order_line WHERE second_half_product_size_id IS NOT NULL")).isGreaterThan(100);
        assertThat(fx.count("SELECT count(DISTINCT change) FROM order_line_topping")).isEqualTo(2);
        assertThat(fx.count("SELECT count(*) FROM outbox_event")).isZero();
        // Store 5 has no burrata: nothing with burrata was ever sold there.
        assertThat(fx.count("SELECT count(*) FROM stock_movement m JOIN ingredient i ON i.id = m.ingredient_id"
                + " WHERE m.store_id = 5 AND i.code = 'burrata'")).isZero();
    }

    @Test
    void statusHistoryGoesForwardInTimeAndMatchesTheOrdersStepTimes() {
        assertThat(fx.count("SELECT count(*) FROM (SELECT changed_at < lag(changed_at) OVER (PARTITION BY order_id ORDER BY id)"
                + " AS backwards FROM order_status_change) h WHERE backwards")).isZero();
        assertThat(fx.count("SELECT count(*) FROM customer_order o WHERE o.status <> (SELECT to_status FROM order_status_change h"
                + " WHERE h.order_id = o.id ORDER BY h.id DESC LIMIT 1)")).isZero();
        assertThat(fx.count("SELECT count(*) FROM customer_order o JOIN order_status_change h ON h.order_id = o.id"
                + " WHERE h.changed_at IS DISTINCT FROM CASE h.to_status WHEN 'RECEIVED' THEN o.received_at"
                + " WHEN 'IN_PREPARATION' THEN o.in_preparation_at WHEN 'READY' THEN o.ready_at"
                + " WHEN 'OUT_FOR_DELIVERY' THEN o.out_for_delivery_at WHEN 'DELIVERED' THEN o.delivered_at"
                + " WHEN 'PICKED_UP' THEN o.picked_up_at WHEN 'CANCELLED' THEN o.cancelled_at END")).isZero();
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE promised_at < received_at"
                + " OR ready_at - received_at NOT BETWEEN interval '5 minutes' AND interval '45 minutes'")).isZero();
    }

    @Test
    void moneyAddsUpLinesToTotalsVatPerRateAndPaymentsToTotals() {
        assertThat(fx.count("SELECT count(*) FROM customer_order o WHERE o.total_cents <>"
                + " (SELECT sum(line_total_cents) FROM order_line l WHERE l.order_id = o.id)")).isZero();
        assertThat(fx.count("SELECT count(*) FROM customer_order o WHERE o.vat_cents <>"
                + " (SELECT sum(round(g.gross * g.rate / (100 + g.rate))) FROM (SELECT vat_rate AS rate,"
                + " sum(line_total_cents) AS gross FROM order_line WHERE order_id = o.id GROUP BY vat_rate) g)")).isZero();
        assertThat(fx.count("SELECT count(*) FROM customer_order o WHERE (SELECT count(*) FROM payment p WHERE p.order_id = o.id) <> 1"))
                .isZero();
        assertThat(fx.count("SELECT count(*) FROM payment p JOIN customer_order o ON o.id = p.order_id"
                + " WHERE p.amount_cents <> o.total_cents OR (p.status = 'CAPTURED' AND o.status = 'CANCELLED')"
                + " OR (p.method = 'CASH' AND p.tendered_cents - p.change_cents <> o.total_cents)")).isZero();
    }

    @Test
    void theLedgerIsTheStocksRunningSumEndsAtTodaysStockAndNeverGoesNegative() {
        assertThat(stock()).isEqualTo(stockBefore);
        assertThat(fx.count("SELECT count(*) FROM stock s WHERE s.quantity <> (SELECT sum(quantity_delta) FROM stock_movement m"
                + " WHERE m.store_id = s.store_id AND m.ingredient_id = s.ingredient_id)")).isZero();
        // The opening row was dated when the template was made: the history's rows run on from its quantity, in id order.
        assertThat(fx.count("SELECT count(*) FROM (SELECT quantity_after, sum(quantity_delta) OVER (PARTITION BY store_id,"
                + " ingredient_id ORDER BY id) AS running FROM stock_movement) m WHERE quantity_after <> running")).isZero();
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE quantity_after < 0")).isZero();
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE kind = 'DELIVERY'")).isGreaterThan(1000);
        // What an order took is what its lines need; a cancelled order gave everything back.
        assertThat(fx.count("SELECT count(*) FROM (SELECT m.order_id, sum(m.quantity_delta) AS net FROM stock_movement m"
                + " JOIN customer_order o ON o.id = m.order_id WHERE o.status = 'CANCELLED' GROUP BY m.order_id, m.ingredient_id) c"
                + " WHERE net <> 0")).isZero();
        long order = fx.ids("SELECT min(o.id) FROM customer_order o JOIN order_line l ON l.order_id = o.id"
                + " WHERE l.second_half_product_size_id IS NOT NULL AND o.status <> 'CANCELLED'").get(0);
        assertThat(fx.count("SELECT count(*) FROM (" + RECIPE_QUERY + ") need FULL JOIN (SELECT ingredient_id,"
                + " -sum(quantity_delta) AS taken FROM stock_movement WHERE order_id = ? GROUP BY 1) t USING (ingredient_id)"
                + " WHERE need.quantity IS DISTINCT FROM t.taken", order, order, order)).isZero();
    }

    @Test
    void reportsRunOutForecastAndTerminalsHaveEightWeeksToShow() {
        ReportService reports = new ReportService(database.sessionFactory());
        StaffPrincipal direction = fx.staff("direction");
        Period eightWeeks = Period.of(TODAY.minusDays(56), TODAY);

        assertThat(reports.salesByDay(direction, ReportScope.chain(), eightWeeks)).hasSize(5 * 56);
        Map<Integer, Long> byHour = new TreeMap<>();
        reports.salesByHour(direction, ReportScope.store(1), eightWeeks).forEach(h -> byHour.put(h.hour(), h.orders()));
        assertThat(byHour.get(12)).isGreaterThan(byHour.get(14) * 3);
        assertThat(byHour.get(20)).isGreaterThan(byHour.get(18) * 3);
        assertThat(reports.salesByChannel(direction, ReportScope.store(2), eightWeeks)).hasSize(3);
        assertThat(reports.kitchenTimes(direction, ReportScope.chain(), eightWeeks)).hasSize(10);
        assertThat(reports.cancellations(direction, ReportScope.chain(), eightWeeks)).hasSize(5);
        assertThat(reports.salesByProduct(direction, ReportScope.store(3), eightWeeks))
                .anySatisfy(p -> assertThat(p.halfAndHalf()).isTrue());
        assertThat(fx.count("SELECT count(*) FROM report_day")).isGreaterThanOrEqualTo(5 * 54);

        List<RunOutEstimate> runOut = new StockHistory(database.sessionFactory(), Clock.systemUTC())
                .runsOutIn(fx.staff("gerant1"), 1);
        assertThat(runOut).filteredOn(e -> e.ingredientCode().equals("pizza_dough")).singleElement()
                .satisfies(e -> assertThat(e.outlook()).isEqualTo(RunOutProjection.Outlook.RUNS_OUT));
        assertThat(fx.count("SELECT count(*) FROM terminal_heartbeat WHERE stopped_at IS NOT NULL")).isEqualTo(10);
    }

    @Test
    void aSecondLoadAddsNothingAndAnotherDatabaseLoadedTheSameDayHoldsTheSameRows() {
        assertThat(DemoHistory.load(database.sessionFactory(), CLOCK)).isEmpty();

        try (TestDatabase other = TestPostgres.newDatabase(); Database otherDb = other.connect()) {
            DemoHistory.load(otherDb.sessionFactory(), CLOCK).orElseThrow();
            Map<String, String> first = DatabaseFingerprint.of(testDb);
            Map<String, String> second = DatabaseFingerprint.of(other);
            // When each day was rolled up is the one thing that differs.
            first.remove("report_day");
            second.remove("report_day");
            assertThat(second).isEqualTo(first);
        }
    }

    /** docs/schema.md 5.2 (d): what an order's lines take, per ingredient. */
    private static final String RECIPE_QUERY = "SELECT x.ingredient_id, sum(x.quantity) AS quantity FROM ("
            + " SELECT ri.ingredient_id, CASE WHEN ol.second_half_product_size_id IS NULL THEN ri.quantity"
            + " ELSE round(ri.quantity / 2, 3) END * ol.quantity AS quantity FROM order_line ol"
            + " JOIN recipe_item ri ON ri.product_size_id = ol.product_size_id OR ri.product_size_id = ol.second_half_product_size_id"
            + " WHERE ol.order_id = ? AND NOT EXISTS (SELECT 1 FROM order_line_topping t WHERE t.order_line_id = ol.id"
            + " AND t.ingredient_id = ri.ingredient_id AND t.change = 'REMOVE')"
            + " UNION ALL SELECT t.ingredient_id, et.quantity * ol.quantity FROM order_line ol"
            + " JOIN order_line_topping t ON t.order_line_id = ol.id AND t.change = 'ADD'"
            + " JOIN extra_topping et ON et.ingredient_id = t.ingredient_id AND et.size_code = ol.size_code"
            + " WHERE ol.order_id = ?) x GROUP BY x.ingredient_id";

    private static Map<String, BigDecimal> stock() {
        return fx.decimalsByCode("SELECT s.store_id || '/' || i.code, s.quantity FROM stock s JOIN ingredient i ON i.id = s.ingredient_id");
    }
}
