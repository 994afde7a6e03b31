package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.order.PaymentRequest;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrdersCommandTest {

    private static TestDatabase testDb;
    private static Database database;
    private static CliRunner cli;
    private static OrderView placed;

    @BeforeAll
    static void oneOrderAtStore2() {
        testDb = TestPostgres.newDatabase();
        database = testDb.connect();
        Fixtures fx = new Fixtures(database);
        OrderService orders = new OrderService(database.sessionFactory(), Clock.systemUTC());
        placed = orders.place(fx.staff("caisse2"), NewOrder.takeaway(2, Instant.now().plus(Duration.ofMinutes(20)),
                List.of(new LineRequest(fx.productSizeId("margherita", "M"), 2, Set.of(), Set.of(fx.ingredientId("basil")),
                                null),
                        LineRequest.of(fx.productSizeId("tiramisu", "U"), 1)),
                PaymentRequest.cash(Money.parse("40"))));
        cli = CliRunner.against(testDb, TestRedis.url());
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
        testDb.close();
    }

    @Test
    void exportListsTheOrderOfTheDayWithItsTotalsInEuros() throws IOException {
        String day = placed.businessDate().toString();

        CliRunner.Result result = cli.run("orders", "export", "--store", "2", "--from", day, "--to", day);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines().get(0)).isEqualTo("order_id,business_date,ticket_number,received_at,channel,"
                + "fulfilment,status,customer_name,lines,total_eur,vat_eur,promised_at");
        List<CSVRecord> rows = parse(result.out());
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("order_id")).isEqualTo(String.valueOf(placed.id()));
        assertThat(row.get("business_date")).isEqualTo(day);
        assertThat(row.get("ticket_number")).isEqualTo(String.valueOf(placed.ticketNumber()));
        assertThat(row.get("channel")).isEqualTo("COUNTER");
        assertThat(row.get("fulfilment")).isEqualTo("TAKEAWAY");
        assertThat(row.get("status")).isEqualTo("RECEIVED");
        assertThat(row.get("lines")).isEqualTo("2 x Margherita (M) [-Basilic frais]; 1 x Tiramisu");
        // 2 x 11.50 + 6.50, exact to the cent.
        assertThat(row.get("total_eur")).isEqualTo("29.50");
        assertThat(row.get("vat_eur")).isEqualTo(placed.vat().toEuros().toPlainString()).matches("\\d+\\.\\d{2}");
        assertThat(row.get("received_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00");
        assertThat(row.get("promised_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00");
    }

    @Test
    void aHalfAndHalfIsExportedWithBothHalves() throws IOException {
        Fixtures fx = new Fixtures(database);
        OrderService orders = new OrderService(database.sessionFactory(), Clock.systemUTC());
        OrderView halves = orders.place(fx.staff("caisse4"), NewOrder.takeaway(4, Instant.now().plus(Duration.ofMinutes(20)),
                List.of(new LineRequest(fx.productSizeId("reine", "M"), 1, Set.of(fx.ingredientId("mozzarella")), Set.of(),
                        null, fx.productSizeId("diavola", "M"))), null));
        String day = halves.businessDate().toString();

        CliRunner.Result result = cli.run("orders", "export", "--store", "4", "--from", day, "--to", day);

        assertThat(result.exitCode()).as(result.err()).isZero();
        CSVRecord row = parse(result.out()).get(0);
        assertThat(row.get("lines")).isEqualTo("1 x ½ Reine + ½ Diavola (M) [+Mozzarella fior di latte]");
        // The Diavola half is the dearer (14,50 €), plus the extra mozzarella M (2,00 €).
        assertThat(row.get("total_eur")).isEqualTo("16.50");
    }

    @Test
    void withoutDatesTheExportIsTodaysInParis() throws IOException {
        CliRunner.Result result = cli.run("orders", "export", "--store", "2");

        // Around midnight the order may belong to yesterday's service: nothing to check then.
        assumeTrue(placed.businessDate().equals(LocalDate.now(ZoneId.of("Europe/Paris"))));
        assertThat(parse(result.out())).extracting(row -> row.get("order_id")).containsExactly(String.valueOf(placed.id()));
    }

    @Test
    void anotherStoreOrAnotherDayHasNoRows() throws IOException {
        String dayBefore = placed.businessDate().minusDays(1).toString();

        CliRunner.Result otherStore = cli.run("orders", "export", "--store", "3",
                "--from", placed.businessDate().toString(), "--to", placed.businessDate().toString());
        CliRunner.Result otherDay = cli.run("orders", "export", "--store", "2", "--from", dayBefore, "--to", dayBefore);

        assertThat(otherStore.exitCode()).isZero();
        assertThat(parse(otherStore.out())).isEmpty();
        assertThat(parse(otherDay.out())).isEmpty();
    }

    @Test
    void anImpossibleDateIsAUsageErrorThatShowsTheFormat() {
        CliRunner.Result result = cli.run("orders", "export", "--store", "2", "--from", "2026-02-30");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().isEqualTo("ocpizza: error: Invalid value for option"
                + " '--from': '2026-02-30' is not a date: use YYYY-MM-DD, e.g. 2026-03-14."
                + " See 'ocpizza orders export --help'.");
    }

    @Test
    void fromAfterToIsAUsageError() {
        CliRunner.Result result = cli.run("orders", "export", "--store", "2", "--from", "2026-03-15", "--to", "2026-03-14");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .contains("--from 2026-03-15 is after --to 2026-03-14");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }
}
