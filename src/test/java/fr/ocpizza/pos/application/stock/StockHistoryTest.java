package fr.ocpizza.pos.application.stock;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.TicketRef;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.RunOutProjection.Outlook;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stock ledger, its CSV export and the run-out estimates, on the real schema. */
class StockHistoryTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    // Three entries at store 4, in January 2027: later than anything else the tests write.
    private static final Instant DELIVERED = ZonedDateTime.of(2027, 1, 11, 9, 15, 0, 0, PARIS).toInstant();
    private static final Instant WASTED = ZonedDateTime.of(2027, 1, 11, 22, 40, 0, 0, PARIS).toInstant();
    private static final Instant HAM_DELIVERED = ZonedDateTime.of(2027, 1, 12, 10, 5, 30, 0, PARIS).toInstant();
    private static final LedgerFilter JANUARY_2027 = LedgerFilter.between(Instant.parse("2027-01-01T00:00:00Z"),
            Instant.parse("2027-02-01T00:00:00Z"));

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static StaffPrincipal manager;
    private static BigDecimal mozzarellaAfterDelivery;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        manager = fx.staff("gerant4");
        mozzarellaAfterDelivery = fx.stock(4, "mozzarella").add(new BigDecimal("3000"));
        at(DELIVERED).recordDelivery(manager, 4, "METRO-7781",
                List.of(new DeliveryLine(fx.ingredientId("mozzarella"), new BigDecimal("3000"))));
        at(WASTED).recordWaste(manager, 4, fx.ingredientId("mozzarella"), new BigDecimal("250.5"),
                "Date dépassée, \"lot 12\"");
        at(HAM_DELIVERED).recordDelivery(manager, 4, "METRO-7790",
                List.of(new DeliveryLine(fx.ingredientId("ham"), new BigDecimal("1000"))));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static StockMovements at(Instant instant) {
        return new StockMovements(db.database().sessionFactory(), Clock.fixed(instant, PARIS));
    }

    private static StockHistory historyAt(Instant now) {
        return new StockHistory(db.database().sessionFactory(), Clock.fixed(now, PARIS));
    }

    private static StockHistory history() {
        return historyAt(Instant.now());
    }

    @Test
    void theLedgerListsEveryMovementNewestFirstWithWhoWhyAndTheQuantityAfter() {
        List<LedgerEntry> ledger = history().ledger(manager, 4, JANUARY_2027, 100);

        assertThat(ledger).extracting(LedgerEntry::at).containsExactly(HAM_DELIVERED, WASTED, DELIVERED);
        LedgerEntry waste = ledger.get(1);
        assertThat(waste.kind()).isEqualTo(MovementKind.WASTE);
        assertThat(waste.ingredientCode()).isEqualTo("mozzarella");
        assertThat(waste.ingredientName()).isEqualTo("Mozzarella fior di latte");
        assertThat(waste.unit()).isEqualTo(Unit.GRAM);
        assertThat(waste.delta()).isEqualByComparingTo("-250.5");
        assertThat(waste.quantityAfter()).isEqualByComparingTo(mozzarellaAfterDelivery.subtract(new BigDecimal("250.5")));
        assertThat(waste.staffName()).isEqualTo(manager.fullName());
        assertThat(waste.reason()).isEqualTo("Date dépassée, \"lot 12\"");
        assertThat(waste.reference()).isNull();
        assertThat(waste.orderId()).isNull();
        assertThat(waste.ticket()).isNull();
        assertThat(ledger.get(2).reference()).isEqualTo("METRO-7781");
        assertThat(ledger.get(2).quantityAfter()).isEqualByComparingTo(mozzarellaAfterDelivery);
    }

    @Test
    void anOrdersMovementsNameItsTicketNumberAndBusinessDayInTheLedgerAndItsExport() throws IOException {
        OrderView order = new KitchenOrders(new OrderService(db.database().sessionFactory(), Clock.systemUTC()), fx, 4)
                .stockUp(5000).takeaway(30, LineRequest.of(fx.productSizeId("margherita", "M"), 1));
        LedgerFilter now = LedgerFilter.between(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)))
                .kind(MovementKind.ORDER_CONSUMPTION);

        List<LedgerEntry> ledger = history().ledger(manager, 4, now, 100);

        assertThat(ledger).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.orderId()).isEqualTo(order.id());
            assertThat(entry.ticket()).isEqualTo(new TicketRef(order.ticketNumber(), order.businessDate()));
        });
        StringWriter out = new StringWriter();
        history().exportLedger(manager, 4, now, out);
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().get(0);
        assertThat(row.get("order_id")).isEqualTo(String.valueOf(order.id()));
        assertThat(row.get("ticket_number")).isEqualTo(String.valueOf(order.ticketNumber()));
        assertThat(row.get("business_date")).isEqualTo(order.businessDate().toString());
    }

    @Test
    void theLedgerFiltersByIngredientKindAndPeriodAndStopsAtTheLimit() {
        StockHistory history = history();
        int mozzarella = fx.ingredientId("mozzarella");

        assertThat(history.ledger(manager, 4, JANUARY_2027.ingredient(mozzarella), 100))
                .extracting(LedgerEntry::kind).containsExactly(MovementKind.WASTE, MovementKind.DELIVERY);
        assertThat(history.ledger(manager, 4, JANUARY_2027.kind(MovementKind.DELIVERY), 100))
                .extracting(LedgerEntry::reference).containsExactly("METRO-7790", "METRO-7781");
        assertThat(history.ledger(manager, 4, JANUARY_2027.kind(MovementKind.COUNT_CORRECTION), 100)).isEmpty();
        // From included, to excluded.
        assertThat(history.ledger(manager, 4, LedgerFilter.between(WASTED, HAM_DELIVERED), 100))
                .extracting(LedgerEntry::at).containsExactly(WASTED);
        assertThat(history.ledger(manager, 4, JANUARY_2027, 1)).extracting(LedgerEntry::at).containsExactly(HAM_DELIVERED);
        // Another store's ledger does not show store 4's movements.
        assertThat(history.ledger(fx.staff("direction"), 3, JANUARY_2027, 100)).isEmpty();
        // No bounds: the demo's opening stock is there too, oldest last.
        List<LedgerEntry> all = history.ledger(manager, 4, LedgerFilter.between(null, null).ingredient(mozzarella), 100);
        assertThat(all.get(0).at()).isEqualTo(WASTED);
        assertThat(all.get(all.size() - 1).kind()).isEqualTo(MovementKind.INITIAL);
    }

    @Test
    void theCsvExportHasAHeaderAndOneQuotedRowPerMovement() throws IOException {
        StringWriter out = new StringWriter();

        history().exportLedger(manager, 4, JANUARY_2027, out);

        String csv = out.toString();
        assertThat(csv).startsWith(
                "at,ingredient_code,ingredient,unit,kind,delta,quantity_after,staff,reason,reference,order_id,ticket_number,business_date\n");
        assertThat(csv).contains("\"Date dépassée, \"\"lot 12\"\"\"");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(3);
        CSVRecord waste = rows.get(1);
        assertThat(waste.get("at")).isEqualTo("2027-01-11T22:40:00+01:00");
        assertThat(waste.get("ingredient_code")).isEqualTo("mozzarella");
        assertThat(waste.get("unit")).isEqualTo("g");
        assertThat(waste.get("kind")).isEqualTo("WASTE");
        assertThat(waste.get("delta")).isEqualTo("-250.5");
        assertThat(new BigDecimal(waste.get("quantity_after")))
                .isEqualByComparingTo(mozzarellaAfterDelivery.subtract(new BigDecimal("250.5")));
        assertThat(waste.get("staff")).isEqualTo(manager.fullName());
        assertThat(waste.get("reason")).isEqualTo("Date dépassée, \"lot 12\"");
        assertThat(waste.get("reference")).isEmpty();
        assertThat(waste.get("order_id")).isEmpty();
        assertThat(waste.get("ticket_number")).isEmpty();
        assertThat(rows.get(0).get("at")).isEqualTo("2027-01-12T10:05:30+01:00");
        assertThat(rows.get(0).get("reference")).isEqualTo("METRO-7790");
        assertThat(rows.get(0).get("delta")).isEqualTo("1000");
    }

    @Test
    void anEmptyPeriodExportsTheHeaderOnly() {
        StringWriter out = new StringWriter();

        history().exportLedger(fx.staff("direction"), 4,
                LedgerFilter.between(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-02T00:00:00Z")), out);

        assertThat(out.toString()).isEqualTo(String.join(",", StockHistory.CSV_HEADER) + "\n");
    }

    /**
     * Store 3 in March 2031, nothing else happens then: mozzarella consumption inserted at chosen
     * times, as orders would have written it, and a projection from Wednesday 12:30.
     */
    @Test
    void runsOutFromTheConsumptionOfTheSameHoursOfTheLastFourWeeks() {
        ZonedDateTime now = ZonedDateTime.of(2031, 3, 12, 12, 30, 0, 0, PARIS); // a Wednesday
        int mozzarella = fx.ingredientId("mozzarella");
        int basil = fx.ingredientId("basil");
        for (int week = 1; week <= 4; week++) {
            ZonedDateTime wednesday = now.minusWeeks(week);
            consume(3, mozzarella, "400", wednesday.withHour(13).withMinute(10));   // 13:00–14:00: 400 a week
            consume(3, mozzarella, "200", wednesday.withHour(14).withMinute(45));   // 14:00–15:00: 200 a week
            consume(3, basil, "1", wednesday.withHour(20).withMinute(0));
        }
        // A cancellation gave 100 back in the 13:00 slot: 1 500 over four weeks, 375 an hour.
        fx.execute("INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta, quantity_after, created_at)"
                + " VALUES (3, ?, 'ORDER_CANCELLATION', 100, 1000, ?)", mozzarella, java.sql.Timestamp.from(
                now.minusWeeks(2).withHour(13).withMinute(20).toInstant()));
        // Outside the four weeks, another store, or not an order: ignored.
        consume(3, mozzarella, "9000", now.minusWeeks(5).withHour(13));
        consume(2, mozzarella, "9000", now.minusWeeks(1).withHour(13));
        fx.execute("INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta, quantity_after, created_at)"
                + " VALUES (3, ?, 'WASTE', -9000, 1000, ?)", mozzarella, java.sql.Timestamp.from(now.minusWeeks(1)
                .withHour(12).withMinute(40).toInstant()));
        fx.countStock(3, "mozzarella", new BigDecimal("500"));
        fx.countStock(3, "basil", new BigDecimal("50"));
        fx.countStock(3, "dill", BigDecimal.ZERO);

        List<RunOutEstimate> estimates = historyAt(now.toInstant()).runsOutIn(manager("gerant3"), 3);
        Map<String, RunOutEstimate> byCode = estimates.stream()
                .collect(Collectors.toMap(RunOutEstimate::ingredientCode, Function.identity()));

        // 12:30–13:00 nothing; 13:00–14:00 takes 375, leaving 125; at 200 an hour, gone 37.5 minutes later.
        RunOutEstimate mozz = byCode.get("mozzarella");
        assertThat(mozz.outlook()).isEqualTo(Outlook.RUNS_OUT);
        assertThat(mozz.runsOutAt()).contains(ZonedDateTime.of(2031, 3, 12, 14, 37, 30, 0, PARIS).toInstant());
        assertThat(mozz.quantity()).isEqualByComparingTo("500");
        assertThat(mozz.consumedInPeriod()).isEqualByComparingTo("2300");
        // 1 g a week cannot empty 50 g within four weeks.
        assertThat(byCode.get("basil").outlook()).isEqualTo(Outlook.LASTS_BEYOND_HORIZON);
        assertThat(byCode.get("basil").runsOutAt()).isEmpty();
        assertThat(byCode.get("ham").outlook()).isEqualTo(Outlook.NO_CONSUMPTION);
        assertThat(byCode.get("dill").outlook()).isEqualTo(Outlook.OUT_NOW);
        // What is out comes first, then what runs out soonest; every stocked ingredient is there.
        assertThat(estimates.get(0).outlook()).isEqualTo(Outlook.OUT_NOW);
        assertThat(estimates.stream().filter(e -> e.outlook() == Outlook.RUNS_OUT).findFirst()).contains(mozz);
        assertThat(estimates).hasSize((int) fx.count("SELECT count(*) FROM stock WHERE store_id = 3"));
        assertThat(Duration.between(now.toInstant(), mozz.runsOutAt().orElseThrow())).isPositive();
    }

    private static StaffPrincipal manager(String login) {
        return fx.staff(login);
    }

    private static void consume(int storeId, int ingredientId, String quantity, ZonedDateTime at) {
        fx.execute("INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta, quantity_after, created_at)"
                        + " VALUES (?, ?, 'ORDER_CONSUMPTION', ?, 1000, ?)", storeId, ingredientId,
                new BigDecimal(quantity).negate(), java.sql.Timestamp.from(at.toInstant()));
    }
}
