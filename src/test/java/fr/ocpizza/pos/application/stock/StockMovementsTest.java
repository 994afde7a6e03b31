package fr.ocpizza.pos.application.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deliveries, waste and counts on the real schema: what they write, what they refuse, who may. */
class StockMovementsTest {

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static StockMovements movements;
    private static StockHistory history;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        movements = new StockMovements(db.database().sessionFactory(), Clock.systemUTC());
        history = new StockHistory(db.database().sessionFactory(), Clock.systemUTC());
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static DeliveryLine delivered(String ingredientCode, String quantity) {
        return new DeliveryLine(fx.ingredientId(ingredientCode), dec(quantity));
    }

    private static CountedQuantity counted(String ingredientCode, BigDecimal quantity) {
        return new CountedQuantity(fx.ingredientId(ingredientCode), quantity);
    }

    /** The invariant of docs/schema.md: every stock row equals the sum of its ledger rows. */
    private static void assertLedgerMatchesStock(int storeId) {
        assertThat(fx.count("SELECT count(*) FROM stock s WHERE s.store_id = ? AND s.quantity <>"
                + " (SELECT COALESCE(SUM(m.quantity_delta), 0) FROM stock_movement m"
                + "  WHERE m.store_id = s.store_id AND m.ingredient_id = s.ingredient_id)", storeId))
                .as("stock rows of store " + storeId + " that differ from their ledger").isZero();
    }

    /** Everything a stock entry may write, summed up: equal before and after means nothing was written. */
    private static List<Object> written() {
        return List.of(fx.count("SELECT count(*) FROM stock_movement"), fx.count("SELECT count(*) FROM outbox_event"),
                fx.count("SELECT count(*) FROM audit_log"),
                fx.decimalsByCode("SELECT store_id || '/' || ingredient_id, quantity FROM stock"));
    }

    private static long staffId(String login) {
        return fx.staff(login).staffId();
    }

    @Test
    void aDeliveryAddsEveryLineInOneGoWithItsReferenceWhoAndWhen() {
        StaffPrincipal manager = fx.staff("gerant1");
        BigDecimal mozzarella = fx.stock(1, "mozzarella");
        BigDecimal ham = fx.stock(1, "ham");
        BigDecimal eggs = fx.stock(1, "egg");
        long events = fx.count("SELECT count(*) FROM outbox_event WHERE store_id = 1 AND type = 'STOCK_CHANGED'");

        List<StockLevel> after = movements.recordDelivery(manager, 1, "  BL-2026-0042 ",
                List.of(delivered("mozzarella", "5000"), delivered("ham", "2500.5"), delivered("egg", "60")));

        assertThat(fx.stock(1, "mozzarella")).isEqualByComparingTo(mozzarella.add(dec("5000")));
        assertThat(fx.stock(1, "ham")).isEqualByComparingTo(ham.add(dec("2500.5")));
        assertThat(fx.stock(1, "egg")).isEqualByComparingTo(eggs.add(dec("60")));
        assertThat(after).extracting(StockLevel::ingredientCode).containsExactlyInAnyOrder("mozzarella", "ham", "egg");
        assertThat(after).filteredOn(level -> level.ingredientCode().equals("egg")).singleElement()
                .satisfies(level -> assertThat(level.quantity()).isEqualByComparingTo(eggs.add(dec("60"))));
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE store_id = 1 AND kind = 'DELIVERY'"
                + " AND reference = 'BL-2026-0042' AND staff_id = ? AND reason IS NULL AND order_id IS NULL"
                + " AND created_at > now() - interval '1 minute'", staffId("gerant1"))).isEqualTo(3);
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE store_id = 1 AND type = 'STOCK_CHANGED'"))
                .isEqualTo(events + 1);
        assertLedgerMatchesStock(1);
    }

    @Test
    void wasteTakesTheQuantityOutWithItsReasonAndWarnsWhenTheStockGoesLow() {
        StaffPrincipal manager = fx.staff("gerant4");
        BigDecimal threshold = fx.decimalsByCode("SELECT i.code, s.low_threshold FROM stock s JOIN ingredient i"
                + " ON i.id = s.ingredient_id WHERE s.store_id = 4 AND i.code = 'ham'").get("ham");
        fx.countStock(4, "ham", threshold.add(dec("10")));

        StockLevel after = movements.recordWaste(manager, 4, fx.ingredientId("ham"), dec("20"), "  Tombé par terre ");

        assertThat(after.quantity()).isEqualByComparingTo(threshold.subtract(dec("10")));
        assertThat(fx.stock(4, "ham")).isEqualByComparingTo(threshold.subtract(dec("10")));
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE store_id = 4 AND kind = 'WASTE'"
                + " AND quantity_delta = -20 AND reason = 'Tombé par terre' AND staff_id = ?", staffId("gerant4"))).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE store_id = 4 AND type = 'STOCK_LOW'"
                + " AND payload->>'ingredientCode' = 'ham'")).isEqualTo(1);
        assertLedgerMatchesStock(4);
    }

    @Test
    void wasteOfEverythingThatIsLeftIsAllowed() {
        fx.countStock(4, "dill", dec("35.5"));

        StockLevel after = movements.recordWaste(fx.staff("gerant4"), 4, fx.ingredientId("dill"), dec("35.5"), "Fané");

        assertThat(after.quantity()).isZero();
        assertLedgerMatchesStock(4);
    }

    @Test
    void aCountRecordsOnlyTheDifferencesAndAuditsThem() {
        StaffPrincipal chainManager = fx.staff("direction");
        BigDecimal mozzarella = fx.stock(2, "mozzarella");
        BigDecimal ham = fx.stock(2, "ham");
        long audits = fx.count("SELECT count(*) FROM audit_log WHERE action = 'STOCK_COUNT_CORRECTED'");

        List<CountCorrection> corrections = movements.recordCount(chainManager, 2, List.of(
                counted("mozzarella", mozzarella.subtract(dec("300"))), counted("ham", ham), counted("egg", BigDecimal.ZERO)));

        assertThat(corrections).extracting(CountCorrection::ingredientCode).containsExactlyInAnyOrder("mozzarella", "egg");
        assertThat(corrections).filteredOn(c -> c.ingredientCode().equals("mozzarella")).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).isEqualByComparingTo(mozzarella);
                    assertThat(c.counted()).isEqualByComparingTo(mozzarella.subtract(dec("300")));
                    assertThat(c.delta()).isEqualByComparingTo("-300");
                });
        assertThat(fx.stock(2, "mozzarella")).isEqualByComparingTo(mozzarella.subtract(dec("300")));
        assertThat(fx.stock(2, "ham")).isEqualByComparingTo(ham);
        assertThat(fx.stock(2, "egg")).isZero();
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE store_id = 2 AND kind = 'COUNT_CORRECTION'"
                + " AND staff_id = ?", staffId("direction"))).isEqualTo(2);
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'STOCK_COUNT_CORRECTED' AND store_id = 2"
                + " AND staff_id = ? AND entity = 'stock' AND details->'corrections' @> '[{\"ingredient\": \"mozzarella\", \"delta\": -300}]'",
                staffId("direction"))).isEqualTo(1);
        assertLedgerMatchesStock(2);

        // Counted again, the same: nothing to correct, nothing written.
        List<Object> before = written();
        assertThat(movements.recordCount(chainManager, 2, List.of(counted("ham", ham), counted("egg", BigDecimal.ZERO)))).isEmpty();
        assertThat(written()).isEqualTo(before);
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'STOCK_COUNT_CORRECTED'")).isEqualTo(audits + 1);
    }

    @Test
    void badEntriesAreRefusedWithTheirReasonAndWriteNothing() {
        StaffPrincipal manager = fx.staff("gerant1");
        int mozzarella = fx.ingredientId("mozzarella");
        fx.execute("INSERT INTO ingredient (code, name, unit) VALUES ('truffle', 'Truffe noire', 'g') ON CONFLICT DO NOTHING");
        BigDecimal basilInStock = fx.stock(1, "basil");
        List<Object> before = written();

        Map<String, ThrowingCallable> refusals = new java.util.LinkedHashMap<>();
        refusals.put("error.stock.delivery.empty", () -> movements.recordDelivery(manager, 1, "BL-1", List.of()));
        refusals.put("error.stock.delivery.reference", () -> movements.recordDelivery(manager, 1, "  ",
                List.of(delivered("ham", "10"))));
        refusals.put("error.stock.delivery.referenceTooLong", () -> movements.recordDelivery(manager, 1, "B".repeat(101),
                List.of(delivered("ham", "10"))));
        refusals.put("error.stock.delivery.duplicate", () -> movements.recordDelivery(manager, 1, "BL-1",
                List.of(delivered("ham", "10"), delivered("mozzarella", "10"), delivered("ham", "5"))));
        refusals.put("error.stock.quantity.zero", () -> movements.recordDelivery(manager, 1, "BL-1",
                List.of(delivered("ham", "10"), delivered("mozzarella", "0"))));
        refusals.put("error.quantity.negative", () -> movements.recordDelivery(manager, 1, "BL-1",
                List.of(delivered("ham", "-10"))));
        refusals.put("error.quantity.tooLarge", () -> movements.recordDelivery(manager, 1, "BL-1",
                List.of(delivered("ham", "10"), delivered("mozzarella", "2500000"))));
        refusals.put("error.quantity.decimals", () -> movements.recordDelivery(manager, 1, "BL-1",
                List.of(delivered("ham", "0.0005"))));
        refusals.put("error.stock.quantity.missing", () -> movements.recordDelivery(manager, 1, "BL-1",
                List.of(new DeliveryLine(mozzarella, null))));
        refusals.put("error.stock.ingredient.unknown", () -> movements.recordDelivery(manager, 1, "BL-1",
                List.of(delivered("ham", "10"), new DeliveryLine(987_654, dec("10")))));
        refusals.put("error.stock.ingredient.notStocked", () -> movements.recordDelivery(manager, 1, "BL-1",
                List.of(delivered("ham", "10"), delivered("truffle", "100"))));
        refusals.put("error.stock.waste.reason", () -> movements.recordWaste(manager, 1, mozzarella, dec("10"), " "));
        refusals.put("error.stock.waste.reasonTooLong", () -> movements.recordWaste(manager, 1, mozzarella, dec("10"),
                "x".repeat(301)));
        refusals.put("error.stock.waste.moreThanStock", () -> movements.recordWaste(manager, 1, fx.ingredientId("basil"),
                basilInStock.add(dec("0.001")), "Fané"));
        refusals.put("error.stock.count.empty", () -> movements.recordCount(manager, 1, List.of()));
        refusals.put("error.stock.count.duplicate", () -> movements.recordCount(manager, 1,
                List.of(counted("ham", dec("1")), counted("ham", dec("2")))));
        refusals.put("error.stock.ledger.period", () -> history.ledger(manager, 1,
                LedgerFilter.between(java.time.Instant.parse("2026-11-02T00:00:00Z"), java.time.Instant.parse("2026-11-01T00:00:00Z")), 10));
        refusals.put("error.stock.ledger.limit", () -> history.ledger(manager, 1, LedgerFilter.between(null, null), 0));

        refusals.forEach((key, call) -> assertThatThrownBy(call).as(key)
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((PosException) e).key()).isEqualTo(key)));
        assertThat(written()).isEqualTo(before);

        assertThatThrownBy(() -> movements.recordWaste(manager, 1, fx.ingredientId("basil"), basilInStock.add(BigDecimal.ONE), "Fané"))
                .hasMessageContaining("Only " + basilInStock.stripTrailingZeros().toPlainString() + " g of Basilic frais are in stock");
        assertThatThrownBy(() -> movements.recordDelivery(manager, 1, "BL-1", List.of(delivered("truffle", "100"))))
                .hasMessageContaining("Truffe noire is not stocked at store 1");
    }

    @Test
    void onlyManagersOfTheStoreOrOfTheChainMayRecordOrReadStockMovements() {
        int ham = fx.ingredientId("ham");
        List<DeliveryLine> delivery = List.of(delivered("ham", "100"));
        List<Object> before = written();
        for (String login : List.of("caisse1", "pizzaiolo1", "livreur1", "gerant2")) {
            StaffPrincipal caller = fx.staff(login);
            List<ThrowingCallable> calls = List.of(
                    () -> movements.recordDelivery(caller, 1, "BL-9", delivery),
                    () -> movements.recordWaste(caller, 1, ham, dec("1"), "Tombé"),
                    () -> movements.recordCount(caller, 1, List.of(counted("ham", dec("1")))),
                    () -> history.ledger(caller, 1, LedgerFilter.between(null, null), 10),
                    () -> history.exportLedger(caller, 1, LedgerFilter.between(null, null), new StringWriter()),
                    () -> history.runsOutIn(caller, 1));
            for (ThrowingCallable call : calls) {
                assertThatThrownBy(call).as(login).isInstanceOf(PermissionDeniedException.class);
            }
        }
        assertThatThrownBy(() -> movements.recordWaste(fx.staff("gerant2"), 1, ham, dec("1"), "Tombé"))
                .hasMessageContaining("gerant2 works at store 2 and may not manage the stock");
        assertThat(written()).isEqualTo(before);

        BigDecimal hamAtStore1 = fx.stock(1, "ham");
        movements.recordDelivery(fx.staff("direction"), 1, "BL-9", delivery);
        assertThat(fx.stock(1, "ham")).isEqualByComparingTo(hamAtStore1.add(dec("100")));
        assertThat(history.ledger(fx.staff("direction"), 1, LedgerFilter.between(null, null).ingredient(ham), 1))
                .singleElement().satisfies(entry -> assertThat(entry.reference()).isEqualTo("BL-9"));
        assertLedgerMatchesStock(1);
    }
}
