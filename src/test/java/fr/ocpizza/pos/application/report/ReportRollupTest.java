package fr.ocpizza.pos.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports' daily rollup against the live orders, on days relative to today in Paris: closed
 * days (before yesterday) come from the rollup, yesterday and today live, and a change to a closed
 * day's order reaches the next report. Each test has its own store.
 */
class ReportRollupTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.now(PARIS);
    private static final LocalDate FIVE_DAYS_AGO = TODAY.minusDays(5);

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static ReportService reports;
    private static StaffPrincipal chainManager;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        reports = new ReportService(db.database().sessionFactory());
        chainManager = fx.staff("direction");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void closedDaysComeFromTheRollupAndTheLastTwoDaysLive() {
        order(1, "COUNTER", at(FIVE_DAYS_AGO, 12, 0), 2000, 12 * 60);
        order(1, "PHONE", at(FIVE_DAYS_AGO, 19, 0), 3000, 25 * 60 + 30);
        order(1, "ONLINE", at(TODAY.minusDays(1), 20, 0), 1500, 10 * 60);
        order(1, "COUNTER", at(TODAY, 0, 1), 1000, null);
        Period fiveDays = Period.of(FIVE_DAYS_AGO, TODAY);

        assertThat(reports.summary(chainManager, ReportScope.store(1), fiveDays).get(0))
                .extracting(SalesSummary::orders, SalesSummary::revenue).containsExactly(4L, Money.ofCents(7500));
        // Every day up to the day before yesterday is rolled up, sales or not; yesterday and today are not.
        assertThat(fx.count("SELECT count(*) FROM report_day WHERE store_id = 1")).isEqualTo(4);
        assertThat(fx.count("SELECT count(*) FROM report_day WHERE store_id = 1 AND business_date >= ?",
                TODAY.minusDays(1))).isZero();
        assertThat(reports.salesByHour(chainManager, ReportScope.store(1), fiveDays))
                .extracting(HourlySales::hour).containsExactly(0, 12, 19, 20);
        assertThat(reports.salesByChannel(chainManager, ReportScope.store(1), fiveDays)).hasSize(3);
        assertThat(reports.salesByDay(chainManager, ReportScope.store(1), fiveDays))
                .extracting(DailySales::day).containsExactly(FIVE_DAYS_AGO, TODAY.minusDays(1), TODAY);
        assertThat(reports.salesByProduct(chainManager, ReportScope.store(1), fiveDays))
                .extracting(ProductSales::quantity).containsExactly(4L);
        // 10, 12 and 25 min (25 min 30 s counted 25): the seconds the rollup drops.
        KitchenTimes times = reports.kitchenTimes(chainManager, ReportScope.store(1), fiveDays).get(0);
        assertThat(times.orders()).isEqualTo(3);
        assertThat(times.median()).isEqualTo(Duration.ofMinutes(12));
        assertThat(times.p90()).isEqualTo(Duration.ofSeconds(Math.round((12 + 0.8 * 13) * 60)));
    }

    @Test
    void aChangeToAClosedDaysOrderReopensTheDayAndTheNextReportCountsIt() {
        long lunch = order(2, "COUNTER", at(FIVE_DAYS_AGO, 12, 0), 2000, 12 * 60);
        order(2, "COUNTER", at(FIVE_DAYS_AGO, 13, 0), 1000, 8 * 60);
        Period day = Period.day(FIVE_DAYS_AGO);
        assertThat(reports.summary(chainManager, ReportScope.store(2), day).get(0).orders()).isEqualTo(2);
        assertThat(rolledUp(2, FIVE_DAYS_AGO)).isTrue();

        fx.execute("UPDATE customer_order SET status = 'CANCELLED', cancel_reason = 'Client parti' WHERE id = ?", lunch);

        assertThat(rolledUp(2, FIVE_DAYS_AGO)).isFalse();
        assertThat(reports.summary(chainManager, ReportScope.store(2), day).get(0))
                .extracting(SalesSummary::orders, SalesSummary::revenue).containsExactly(1L, Money.ofCents(1000));
        assertThat(reports.kitchenTimes(chainManager, ReportScope.store(2), day).get(0).orders()).isEqualTo(1);
        assertThat(rolledUp(2, FIVE_DAYS_AGO)).isTrue();
    }

    @Test
    void aRollUpWaitsForAnUncommittedChangeOfItsDayRatherThanMissIt() throws Exception {
        long order = order(3, "PHONE", at(FIVE_DAYS_AGO, 20, 0), 2500, 15 * 60);
        Period day = Period.day(FIVE_DAYS_AGO);

        try (Connection other = db.database().dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement cancel = other.prepareStatement(
                    "UPDATE customer_order SET status = 'CANCELLED' WHERE id = ?")) {
                cancel.setLong(1, order);
                cancel.executeUpdate();
            }
            CompletableFuture<List<SalesSummary>> report = CompletableFuture.supplyAsync(
                    () -> reports.summary(chainManager, ReportScope.store(3), day));
            Thread.sleep(500);
            assertThat(report).as("the roll-up waits for the day's uncommitted change").isNotDone();
            other.commit();

            assertThat(report.get(10, TimeUnit.SECONDS).get(0).orders()).isZero();
        }
        assertThat(rolledUp(3, FIVE_DAYS_AGO)).isTrue();
        assertThat(reports.summary(chainManager, ReportScope.store(3), day).get(0).orders()).isZero();
    }

    private static boolean rolledUp(int store, LocalDate day) {
        return fx.count("SELECT count(*) FROM report_day WHERE store_id = ? AND business_date = ?", store, day) == 1;
    }

    private static LocalDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute);
    }

    /** A takeaway order of one Margherita M line, ready {@code readyAfterSeconds} after it came in (null: not yet). */
    private static long order(int store, String channel, LocalDateTime received, int totalCents, Integer readyAfterSeconds) {
        Timestamp receivedAt = Timestamp.from(received.atZone(PARIS).toInstant());
        Timestamp readyAt = readyAfterSeconds == null ? null
                : Timestamp.from(received.plusSeconds(readyAfterSeconds).atZone(PARIS).toInstant());
        long id = fx.ids("INSERT INTO customer_order (store_id, channel, fulfilment, status, promised_at, total_cents,"
                        + " vat_cents, received_at, ready_at) VALUES (?, ?, 'TAKEAWAY', ?, ?, ?, ?, ?, ?) RETURNING id",
                store, channel, readyAt == null ? "RECEIVED" : "READY", receivedAt, totalCents, totalCents / 11,
                receivedAt, readyAt).get(0);
        fx.execute("INSERT INTO order_line (order_id, line_no, product_size_id, product_name, size_code, quantity,"
                        + " unit_price_cents, vat_rate, line_total_cents)"
                        + " SELECT ?, 1, ps.id, p.name, ps.size_code, 1, ?, p.vat_rate, ?"
                        + " FROM product_size ps JOIN product p ON p.id = ps.product_id"
                        + " WHERE p.code = 'margherita' AND ps.size_code = 'M'",
                id, totalCents, totalCents);
        return id;
    }
}
