package fr.ocpizza.pos.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.application.live.EventTopic;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.stock.StockRequirement;
import fr.ocpizza.pos.events.EventBus;
import fr.ocpizza.pos.events.InProcessEventBus;
import fr.ocpizza.pos.events.OutboxRelay;
import fr.ocpizza.pos.persistence.CatalogQueries;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thirty simulated web orders at store 1, checked against docs/schema.md: what the rows hold,
 * that the terminal's own pricing and stock rules agree with them, and that the terminals'
 * relay publishes their events.
 */
class OnlineShopSimulatorTest {

    private static final int STORE = 1;
    private static final int ORDERS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceDatabase db;
    private static Database database;
    private static Fixtures fx;
    private static SqlRows sql;
    private static SimulationReport report;
    private static final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void thirtyOrdersAtStore1() {
        db = ServiceDatabase.open();
        database = db.database();
        fx = db.fx();
        sql = new SqlRows(database);
        report = OnlineShopSimulator.forStore(database.dataSource(), STORE).run(SimulationSettings.of(ORDERS, 42), progress::add);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void everyOrderIsPlacedOrRefusedAndNoneFails() {
        assertThat(report.placed() + report.refused()).isEqualTo(ORDERS);
        assertThat(report.failed()).isZero();
        assertThat(report.placed()).as("store 1 has every ingredient").isEqualTo(ORDERS);
        assertThat(report.latencyP50()).isPresent();
        assertThat(progress).isNotEmpty().allMatch(line -> line.matches("\\[ *\\d+\\.\\d s] \\d+/30: .*"));
        assertThat(report.summaryLines().get(0)).startsWith("Placed:   30 of 30 (delivery ");
    }

    @Test
    void ordersAreOnlineReceivedWithTheShopReferenceAndNoStaff() {
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE store_id = ?", STORE)).isEqualTo(ORDERS);
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE store_id = ? AND channel = 'ONLINE'"
                + " AND status = 'RECEIVED' AND external_ref ~ '^WEB-[0-9a-f-]{36}$' AND version = 0"
                + " AND created_by IS NULL AND updated_by IS NULL AND customer_id IS NOT NULL AND customer_name <> ''"
                + " AND promised_at BETWEEN received_at + interval '30 minutes' AND received_at + interval '45 minutes'",
                STORE)).isEqualTo(ORDERS);
        assertThat(sql.ints("SELECT ticket_number FROM customer_order WHERE store_id = ? ORDER BY ticket_number", STORE))
                .containsExactlyElementsOf(range(1, ORDERS));
    }

    @Test
    void totalsAreTheSumOfTheLinesAndVatIsRoundedOncePerRate() {
        // The check query of docs/schema.md section 4, rule 7.
        assertThat(fx.count("SELECT count(*) FROM customer_order o WHERE o.store_id = ? AND ("
                + " o.total_cents <> (SELECT sum(l.line_total_cents) FROM order_line l WHERE l.order_id = o.id)"
                + " OR o.vat_cents <> (SELECT sum(round(g.gross * g.rate / (100 + g.rate))) FROM (SELECT vat_rate AS rate,"
                + "   sum(line_total_cents) AS gross FROM order_line WHERE order_id = o.id GROUP BY vat_rate) g))", STORE))
                .isZero();
        assertThat(fx.count("SELECT count(*) FROM order_line l JOIN product_size ps ON ps.id = l.product_size_id"
                + " JOIN product p ON p.id = ps.product_id WHERE l.product_name <> p.name OR l.size_code <> ps.size_code"
                + " OR l.vat_rate <> p.vat_rate OR l.unit_price_cents <> ps.price_cents + COALESCE((SELECT sum(t.price_cents)"
                + "   FROM order_line_topping t WHERE t.order_line_id = l.id AND t.change = 'ADD'), 0)")).isZero();
        assertThat(fx.count("SELECT count(*) FROM (SELECT order_id FROM order_line GROUP BY order_id"
                + " HAVING min(line_no) <> 1 OR max(line_no) <> count(*)) gaps")).isZero();
    }

    @Test
    void toppingsAreLegalAddsAreExtrasOfTheSizeAndRemovalsComeFromTheRecipe() {
        assertThat(fx.count("SELECT count(*) FROM order_line_topping")).as("some pizzas have a topping changed").isPositive();
        assertThat(fx.count("SELECT count(*) FROM order_line_topping t JOIN order_line l ON l.id = t.order_line_id"
                + " WHERE t.change = 'ADD' AND NOT EXISTS (SELECT 1 FROM extra_topping et WHERE et.ingredient_id = t.ingredient_id"
                + "   AND et.size_code = l.size_code AND et.price_cents = t.price_cents)")).isZero();
        assertThat(fx.count("SELECT count(*) FROM order_line_topping t JOIN order_line l ON l.id = t.order_line_id"
                + " WHERE t.change = 'REMOVE' AND (t.price_cents <> 0 OR NOT EXISTS (SELECT 1 FROM recipe_item ri"
                + "   WHERE ri.product_size_id = l.product_size_id AND ri.ingredient_id = t.ingredient_id))")).isZero();
    }

    @Test
    void someAreDeliveredToAnAddressOfTheCustomerAndSomeTakenAway() {
        long deliveries = fx.count("SELECT count(*) FROM customer_order o JOIN customer_address a ON a.id = o.delivery_address_id"
                + " WHERE o.fulfilment = 'DELIVERY' AND a.customer_id = o.customer_id AND a.postal_code ~ '^750[0-2][0-9]$'"
                + " AND a.city = 'Paris'");
        long takeaways = fx.count("SELECT count(*) FROM customer_order WHERE fulfilment = 'TAKEAWAY' AND delivery_address_id IS NULL");
        assertThat(deliveries).isPositive();
        assertThat(takeaways).isPositive();
        assertThat(deliveries + takeaways).isEqualTo(ORDERS);
        assertThat(fx.count("SELECT count(*) FROM customer_phone WHERE phone !~ '^\\+33[67][0-9]{8}$'")).isZero();
        assertThat(fx.count("SELECT count(*) FROM customer")).as("returning customers are found by phone")
                .isLessThan(ORDERS);
    }

    @Test
    void eachOrderHasOnePaymentOfItsTotalByPayPalOrOnDelivery() {
        assertThat(fx.count("SELECT count(*) FROM customer_order o WHERE (SELECT count(*) FROM payment p WHERE p.order_id = o.id"
                + " AND p.amount_cents = o.total_cents AND p.staff_id IS NULL AND p.tendered_cents IS NULL) <> 1")).isZero();
        long payPal = fx.count("SELECT count(*) FROM payment WHERE method = 'PAYPAL' AND status = 'CAPTURED'"
                + " AND provider = 'PAYPAL' AND provider_order_id LIKE 'SIM-%' AND provider_capture_id LIKE 'SIM-%'");
        long onDelivery = fx.count("SELECT count(*) FROM payment WHERE method = 'ON_DELIVERY' AND status = 'PENDING'"
                + " AND provider IS NULL AND provider_order_id IS NULL");
        assertThat(payPal).isPositive();
        assertThat(onDelivery).isPositive();
        assertThat(payPal + onDelivery).isEqualTo(ORDERS);
        assertThat(report.paidWithPayPal()).isEqualTo((int) payPal);
    }

    @Test
    void theHistoryStartsAtReceivedWithoutStaff() {
        assertThat(fx.count("SELECT count(*) FROM order_status_change WHERE from_status IS NULL AND to_status = 'RECEIVED'"
                + " AND staff_id IS NULL")).isEqualTo(ORDERS);
        assertThat(fx.count("SELECT count(*) FROM order_status_change")).isEqualTo(ORDERS);
    }

    @Test
    void theLedgerStillSumsToTheStockOfEveryIngredientAndNothingIsNegative() {
        assertThat(fx.count("SELECT count(*) FROM stock s WHERE s.store_id = ? AND s.quantity <> (SELECT COALESCE(sum(m.quantity_delta), 0)"
                + " FROM stock_movement m WHERE m.store_id = s.store_id AND m.ingredient_id = s.ingredient_id)", STORE)).isZero();
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE kind = 'ORDER_CONSUMPTION' AND (order_id IS NULL"
                + " OR staff_id IS NOT NULL OR quantity_delta >= 0 OR store_id <> ?)", STORE)).isZero();
        assertThat(fx.count("SELECT count(*) FROM stock WHERE quantity < 0")).isZero();
    }

    @Test
    void theTerminalPricesEveryOrderAndTakesTheSameStockAsTheShopDid() {
        Menu menu = database.sessionFactory().fromTransaction(CatalogQueries::menu);
        for (long orderId : report.placedOrderIds()) {
            PricedOrder priced = OrderPricing.price(menu, lineRequests(orderId));
            List<Object[]> order = sql.rows("SELECT total_cents, vat_cents FROM customer_order WHERE id = ?", orderId);
            assertThat(priced.total().cents()).as("total of order %d", orderId).isEqualTo(((Number) order.get(0)[0]).longValue());
            assertThat(priced.vatTotal().cents()).as("VAT of order %d", orderId).isEqualTo(((Number) order.get(0)[1]).longValue());

            Map<Integer, BigDecimal> expected = new TreeMap<>();
            StockRequirement.of(menu, priced).forEach(need -> expected.put(need.ingredientId(), need.quantity().stripTrailingZeros()));
            Map<Integer, BigDecimal> consumed = new TreeMap<>();
            sql.rows("SELECT ingredient_id, -sum(quantity_delta) FROM stock_movement WHERE order_id = ? GROUP BY ingredient_id", orderId)
                    .forEach(row -> consumed.put(((Number) row[0]).intValue(), ((BigDecimal) row[1]).stripTrailingZeros()));
            assertThat(consumed).as("stock taken by order %d", orderId).isEqualTo(expected);
        }
    }

    @Test
    void eachOrderIsAnnouncedByOneOrderPlacedEventAndOneStockChangedEvent() throws Exception {
        assertThat(fx.count("SELECT count(*) FROM customer_order o WHERE (SELECT count(*) FROM outbox_event e WHERE e.order_id = o.id"
                + " AND e.topic = 'orders' AND e.type = 'ORDER_PLACED' AND e.store_id = o.store_id"
                + " AND (e.payload->>'orderId')::bigint = o.id AND (e.payload->>'ticketNumber')::int = o.ticket_number"
                + " AND e.payload->>'eventId' = e.event_id::text AND e.payload->>'channel' = 'ONLINE') <> 1")).isZero();
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE type = 'STOCK_CHANGED' AND topic = 'stock'"
                + " AND order_id IS NULL")).isEqualTo(ORDERS);
        for (Object[] row : sql.rows("SELECT payload::text FROM outbox_event WHERE type = 'ORDER_PLACED'")) {
            JsonNode placed = JSON.readTree((String) row[0]);
            List<String> fields = new ArrayList<>();
            placed.fieldNames().forEachRemaining(fields::add);
            fields.remove("seq"); // added by the relay once it has numbered the event
            assertThat(fields).containsExactlyInAnyOrder("type", "eventId", "storeId", "at", "orderId", "ticketNumber",
                    "status", "channel", "fulfilment", "promisedAt", "version");
            assertThat(OffsetDateTime.parse(placed.get("promisedAt").asText())).isAfter(OffsetDateTime.parse(placed.get("at").asText()));
            assertThat(placed.get("version").isNumber()).isTrue();
        }
    }

    @Test
    void theTerminalsRelayNumbersAndPublishesTheSimulatedEventsOnTheStoreChannels() throws Exception {
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE seq IS NOT NULL OR published_at IS NOT NULL"))
                .as("the shop leaves seq and published_at to the relay").isZero();
        InProcessEventBus bus = new InProcessEventBus();
        List<String> orders = new CopyOnWriteArrayList<>();
        List<String> stock = new CopyOnWriteArrayList<>();
        bus.subscribe(EventTopic.ORDERS.channel(STORE), orders::add);
        bus.subscribe(EventTopic.STOCK.channel(STORE), stock::add);

        try (OutboxRelay relay = new OutboxRelay(database, bus)) {
            assertThat(relay.relayOnce()).isPositive();
        }

        assertThat(orders).hasSize(ORDERS);
        assertThat(stock).hasSizeGreaterThanOrEqualTo(ORDERS);
        Set<Long> announced = new HashSet<>();
        List<Long> seqs = new ArrayList<>();
        for (String message : orders) {
            JsonNode event = JSON.readTree(message);
            assertThat(event.get("type").asText()).isEqualTo("ORDER_PLACED");
            assertThat(event.get("storeId").asInt()).isEqualTo(STORE);
            assertThat(event.get("channel").asText()).isEqualTo("ONLINE");
            announced.add(event.get("orderId").asLong());
            seqs.add(event.get("seq").asLong());
        }
        assertThat(announced).containsExactlyInAnyOrderElementsOf(report.placedOrderIds());
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        JsonNode stockChanged = JSON.readTree(stock.get(0));
        assertThat(stockChanged.get("type").asText()).isEqualTo("STOCK_CHANGED");
        assertThat(stockChanged.get("items").get(0).get("delta").decimalValue()).isNegative();
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
    }

    /** An order's lines as the terminal's pricing takes them, read back from the rows the shop wrote. */
    private static List<LineRequest> lineRequests(long orderId) {
        List<LineRequest> requests = new ArrayList<>();
        for (Object[] line : sql.rows("SELECT id, product_size_id, quantity, note FROM order_line WHERE order_id = ? ORDER BY line_no",
                orderId)) {
            Set<Integer> added = new HashSet<>();
            Set<Integer> removed = new HashSet<>();
            sql.rows("SELECT ingredient_id, change FROM order_line_topping WHERE order_line_id = ?", line[0])
                    .forEach(t -> ("ADD".equals(t[1]) ? added : removed).add(((Number) t[0]).intValue()));
            requests.add(new LineRequest(((Number) line[1]).intValue(), ((Number) line[2]).intValue(), added, removed,
                    (String) line[3]));
        }
        return requests;
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
