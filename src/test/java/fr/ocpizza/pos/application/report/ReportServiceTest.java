package fr.ocpizza.pos.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportService} on a small data set whose every figure is worked out by hand: orders
 * inserted in plain SQL as the terminals and the shop write them, received on the 9th to the 12th
 * of March 2026 in Paris (UTC+1), the report asked for the 10th and 11th.
 */
class ReportServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Period TENTH_AND_ELEVENTH = Period.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static ReportService reports;
    private static StaffPrincipal manager1;
    private static StaffPrincipal chainManager;
    private static long addressId;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        reports = new ReportService(db.database().sessionFactory());
        manager1 = fx.staff("gerant1");
        chainManager = fx.staff("direction");
        long customer = fx.ids("INSERT INTO customer (last_name) VALUES ('Martin') RETURNING id").get(0);
        addressId = fx.ids("INSERT INTO customer_address (customer_id, line1, postal_code, city)"
                + " VALUES (?, '3 rue de Lappe', '75011', 'Paris') RETURNING id", customer).get(0);

        // Store 1. A: lunch at the counter, 2 Margherita M, ready in 12 min, picked up.
        long a = order(1, "COUNTER", "TAKEAWAY", "PICKED_UP", at(10, 12, 15), 2000, null);
        line(a, 1, "margherita", "M", 2, 1000, null);
        history(a, "RECEIVED", at(10, 12, 15), "IN_PREPARATION", at(10, 12, 17), "READY", at(10, 12, 27),
                "PICKED_UP", at(10, 12, 35));
        // B: phone delivery, a half-and-half and a Margherita; ready in 23 min, delivered 18 min later.
        long b = order(1, "PHONE", "DELIVERY", "DELIVERED", at(10, 19, 40), 2450, null);
        line(b, 1, "reine", "M", 1, 1450, "quatre_fromages");
        line(b, 2, "margherita", "M", 1, 1000, null);
        history(b, "RECEIVED", at(10, 19, 40), "READY", at(10, 20, 3), "OUT_FOR_DELIVERY", at(10, 20, 5),
                "DELIVERED", at(10, 20, 21));
        // C: online at 23:50 on the 10th, ready at 00:10 on the 11th (20 min): still the 10th's order.
        long c = order(1, "ONLINE", "TAKEAWAY", "READY", at(10, 23, 50), 1800, null);
        line(c, 1, "margherita", "L", 1, 1800, null);
        history(c, "RECEIVED", at(10, 23, 50), "READY", at(11, 0, 10));
        // D: 00:10 in Paris on the 11th is 23:10 UTC on the 10th: an order of the 11th, at midnight's hour.
        long d = order(1, "COUNTER", "TAKEAWAY", "RECEIVED", at(11, 0, 10), 1000, null);
        line(d, 1, "margherita", "M", 1, 1000, null);
        history(d, "RECEIVED", at(11, 0, 10));
        // E and F: cancelled, with and without a reason.
        long e = order(1, "COUNTER", "TAKEAWAY", "CANCELLED", at(10, 13, 0), 1300, "Erreur de saisie");
        line(e, 1, "margherita", "M", 1, 1300, null);
        history(e, "RECEIVED", at(10, 13, 0), "CANCELLED", at(10, 13, 2));
        long f = order(1, "PHONE", "TAKEAWAY", "CANCELLED", at(11, 12, 0), 900, null);
        line(f, 1, "margherita", "S", 1, 900, null);
        history(f, "RECEIVED", at(11, 12, 0), "CANCELLED", at(11, 12, 5));
        // G and H: just outside the period, on either side of it in Paris (inside it in UTC).
        long g = order(1, "COUNTER", "TAKEAWAY", "RECEIVED", at(9, 23, 30), 5000, null);
        line(g, 1, "margherita", "M", 5, 1000, null);
        long h = order(1, "COUNTER", "TAKEAWAY", "RECEIVED", LocalDateTime.of(2026, 3, 12, 0, 5), 7000, null);
        line(h, 1, "margherita", "M", 7, 1000, null);

        // Store 2. I: ready in 7 min; K: ready in 75 min (the open bucket); J: cancelled.
        long i = order(2, "ONLINE", "TAKEAWAY", "READY", at(10, 12, 0), 4000, null);
        line(i, 1, "margherita", "M", 4, 1000, null);
        history(i, "RECEIVED", at(10, 12, 0), "READY", at(10, 12, 7));
        long k = order(2, "ONLINE", "TAKEAWAY", "READY", at(11, 19, 0), 3000, null);
        line(k, 1, "margherita", "M", 3, 1000, null);
        history(k, "RECEIVED", at(11, 19, 0), "READY", at(11, 20, 15));
        long j = order(2, "COUNTER", "TAKEAWAY", "CANCELLED", at(10, 18, 0), 2500, "Erreur de saisie");
        line(j, 1, "margherita", "M", 2, 1250, null);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void summaryCountsTheOrdersOfThePeriodInParisWithoutTheCancelledOnesAndRoundsTheAverageBasketHalfUp() {
        assertThat(reports.summary(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH)).containsExactly(
                new SalesSummary(1, "OC Pizza Bastille", 4, cents(7250)));
        // 72.50 € over 4 orders: 18.125 €, to the cent 18.13 €.
        assertThat(reports.summary(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH).get(0).averageBasket())
                .isEqualTo(cents(1813));
    }

    @Test
    void dayBoundariesAreParisMidnightsNotUtcOnes() {
        assertThat(reports.salesByDay(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH)).containsExactly(
                new DailySales(1, LocalDate.of(2026, 3, 10), 3, cents(6250)),
                new DailySales(1, LocalDate.of(2026, 3, 11), 1, cents(1000)));
        assertThat(reports.salesByDay(manager1, ReportScope.store(1), Period.day(LocalDate.of(2026, 3, 9))))
                .containsExactly(new DailySales(1, LocalDate.of(2026, 3, 9), 1, cents(5000)));
    }

    @Test
    void hoursAreTheStoresLocalHours() {
        assertThat(reports.salesByHour(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH)).containsExactly(
                new HourlySales(1, 0, 1, cents(1000)),
                new HourlySales(1, 12, 1, cents(2000)),
                new HourlySales(1, 19, 1, cents(2450)),
                new HourlySales(1, 23, 1, cents(1800)));
    }

    @Test
    void salesByChannel() {
        List<ChannelSales> channels = reports.salesByChannel(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH);

        assertThat(channels).containsExactly(
                new ChannelSales(1, Channel.COUNTER, 2, cents(3000)),
                new ChannelSales(1, Channel.PHONE, 1, cents(2450)),
                new ChannelSales(1, Channel.ONLINE, 1, cents(1800)));
        assertThat(channels.get(0).averageBasket()).isEqualTo(cents(1500));
    }

    @Test
    void salesByProductCountsAHalfAndHalfOnceAndAddsUpToTheSales() {
        List<ProductSales> products = reports.salesByProduct(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH);

        assertThat(products).containsExactly(
                new ProductSales(1, "Margherita", "M", false, 4, cents(4000)),
                new ProductSales(1, "Margherita", "L", false, 1, cents(1800)),
                new ProductSales(1, ProductSales.HALF_AND_HALF, "M", true, 1, cents(1450)));
        assertThat(products.stream().map(ProductSales::revenue).reduce(Money.ZERO, Money::plus)).isEqualTo(cents(7250));
    }

    @Test
    void cancellationsAreCountedWithTheirAmountAndReasons() {
        assertThat(reports.cancellations(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH)).containsExactly(
                new Cancellations(1, 2, cents(2200), List.of(
                        new Cancellations.Reason("Erreur de saisie", 1, cents(1300)),
                        new Cancellations.Reason(Cancellations.Reason.NO_REASON, 1, cents(900)))));
    }

    @Test
    void kitchenTimesHaveMedianP90AndFiveMinuteBuckets() {
        List<KitchenTimes> times = reports.kitchenTimes(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH);

        // Received → ready: 12, 20 and 23 min (D is not ready yet). p90 interpolated: 20 min + 0.8 × 3 min.
        assertThat(times).containsExactly(
                new KitchenTimes(1, KitchenTimes.Stage.RECEIVED_TO_READY, 3, Duration.ofMinutes(20),
                        Duration.ofSeconds(1344), List.of(bucket(0, 0), bucket(5, 0), bucket(10, 1), bucket(15, 0),
                        bucket(20, 2))),
                new KitchenTimes(1, KitchenTimes.Stage.READY_TO_DELIVERED, 1, Duration.ofMinutes(18),
                        Duration.ofMinutes(18), List.of(bucket(0, 0), bucket(5, 0), bucket(10, 0), bucket(15, 1))));
    }

    @Test
    void aTimeOfAnHourOrMoreFallsInTheOpenLastBucket() {
        KitchenTimes times = reports.kitchenTimes(chainManager, ReportScope.store(2), TENTH_AND_ELEVENTH).get(0);

        assertThat(times.orders()).isEqualTo(2);
        assertThat(times.median()).isEqualTo(Duration.ofSeconds(2460));
        assertThat(times.histogram()).hasSize(13);
        assertThat(times.histogram().get(1)).isEqualTo(bucket(5, 1));
        assertThat(times.histogram().get(12)).isEqualTo(new KitchenTimes.Bucket(60, null, 1));
    }

    @Test
    void theChainShowsEveryStoreSideBySide() {
        assertThat(reports.summary(chainManager, ReportScope.chain(), TENTH_AND_ELEVENTH))
                .extracting(SalesSummary::storeId, SalesSummary::orders, SalesSummary::revenue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 4L, cents(7250)),
                        org.assertj.core.groups.Tuple.tuple(2, 2L, cents(7000)),
                        org.assertj.core.groups.Tuple.tuple(3, 0L, Money.ZERO),
                        org.assertj.core.groups.Tuple.tuple(4, 0L, Money.ZERO),
                        org.assertj.core.groups.Tuple.tuple(5, 0L, Money.ZERO));
        assertThat(reports.salesByDay(chainManager, ReportScope.chain(), TENTH_AND_ELEVENTH)).containsExactly(
                new DailySales(1, LocalDate.of(2026, 3, 10), 3, cents(6250)),
                new DailySales(1, LocalDate.of(2026, 3, 11), 1, cents(1000)),
                new DailySales(2, LocalDate.of(2026, 3, 10), 1, cents(4000)),
                new DailySales(2, LocalDate.of(2026, 3, 11), 1, cents(3000)));
        assertThat(reports.cancellations(chainManager, ReportScope.chain(), TENTH_AND_ELEVENTH))
                .extracting(Cancellations::storeId, Cancellations::orders).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 2L), org.assertj.core.groups.Tuple.tuple(2, 1L));
        assertThat(reports.kitchenTimes(chainManager, ReportScope.chain(), TENTH_AND_ELEVENTH))
                .extracting(KitchenTimes::storeId, KitchenTimes::stage).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, KitchenTimes.Stage.RECEIVED_TO_READY),
                        org.assertj.core.groups.Tuple.tuple(1, KitchenTimes.Stage.READY_TO_DELIVERED),
                        org.assertj.core.groups.Tuple.tuple(2, KitchenTimes.Stage.RECEIVED_TO_READY));
        // Each store alone, for the chain manager, is the store's part of the chain.
        assertThat(reports.salesByProduct(chainManager, ReportScope.store(2), TENTH_AND_ELEVENTH)).containsExactly(
                new ProductSales(2, "Margherita", "M", false, 7, cents(7000)));
    }

    @Test
    void onlyManagersSeeReportsAndAStoreManagerOnlyHisStore() {
        StaffPrincipal cashier = fx.staff("caisse1");
        StaffPrincipal manager2 = fx.staff("gerant2");

        assertThatThrownBy(() -> reports.summary(cashier, ReportScope.store(1), TENTH_AND_ELEVENTH))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("CASHIER");
        assertThatThrownBy(() -> reports.salesByDay(manager2, ReportScope.store(1), TENTH_AND_ELEVENTH))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("store 1");
        assertThatThrownBy(() -> reports.kitchenTimes(manager2, ReportScope.chain(), TENTH_AND_ELEVENTH))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("whole chain");
        assertThat(reports.summary(manager2, ReportScope.store(2), TENTH_AND_ELEVENTH)).hasSize(1);
    }

    @Test
    void anUnknownStoreIsNamed() {
        assertThatThrownBy(() -> reports.summary(chainManager, ReportScope.store(99), TENTH_AND_ELEVENTH))
                .isInstanceOf(NotFoundException.class).hasMessage("Store 99 does not exist.");
    }

    @Test
    void csvExportFollowsTheCommandLinesConventions() {
        StringBuilder days = new StringBuilder();
        ReportCsv.salesByDay(days, reports.salesByDay(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH));
        StringBuilder histogram = new StringBuilder();
        ReportCsv.kitchenHistogram(histogram, reports.kitchenTimes(chainManager, ReportScope.store(2), TENTH_AND_ELEVENTH));
        StringBuilder reasons = new StringBuilder();
        ReportCsv.cancellations(reasons, reports.cancellations(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH));
        StringBuilder products = new StringBuilder();
        ReportCsv.salesByProduct(products, reports.salesByProduct(manager1, ReportScope.store(1), TENTH_AND_ELEVENTH));

        assertThat(days.toString()).isEqualTo("""
                store_id,day,orders,revenue_eur,average_basket_eur
                1,2026-03-10,3,62.50,20.83
                1,2026-03-11,1,10.00,10.00
                """);
        assertThat(histogram.toString()).startsWith("store_id,stage,from_minutes,to_minutes,orders\n"
                + "2,RECEIVED_TO_READY,0,5,0\n2,RECEIVED_TO_READY,5,10,1\n").endsWith("2,RECEIVED_TO_READY,60,,1\n");
        assertThat(reasons.toString()).isEqualTo("""
                store_id,reason,orders,amount_eur
                1,Erreur de saisie,1,13.00
                1,,1,9.00
                """);
        assertThat(products.toString()).contains("1,½ + ½,M,true,1,14.50\n");
    }

    private static Money cents(long cents) {
        return Money.ofCents(cents);
    }

    private static KitchenTimes.Bucket bucket(int from, long orders) {
        return new KitchenTimes.Bucket(from, from + 5, orders);
    }

    /** A Paris wall-clock time in March 2026. */
    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, day, hour, minute);
    }

    private static Timestamp instant(LocalDateTime paris) {
        return Timestamp.from(paris.atZone(PARIS).toInstant());
    }

    private static long order(int store, String channel, String fulfilment, String status, LocalDateTime received,
                              int totalCents, String cancelReason) {
        return fx.ids("INSERT INTO customer_order (store_id, channel, fulfilment, status, delivery_address_id,"
                        + " promised_at, total_cents, vat_cents, received_at, cancel_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                store, channel, fulfilment, status, fulfilment.equals("DELIVERY") ? addressId : null,
                instant(received.plusMinutes(30)), totalCents, totalCents / 11, instant(received), cancelReason).get(0);
    }

    /** A line of {@code product} (code), or a half-and-half with {@code secondHalf} (code) in the same size. */
    private static void line(long order, int lineNo, String product, String size, int quantity, int unitCents,
                             String secondHalf) {
        fx.execute("INSERT INTO order_line (order_id, line_no, product_size_id, product_name, size_code, quantity,"
                        + " unit_price_cents, vat_rate, line_total_cents, second_half_product_size_id, second_half_name)"
                        + " SELECT ?, ?, ps.id, p.name, ps.size_code, ?, ?, p.vat_rate, ?, half.id, half_p.name"
                        + " FROM product_size ps JOIN product p ON p.id = ps.product_id"
                        + " LEFT JOIN product half_p ON half_p.code = ?"
                        + " LEFT JOIN product_size half ON half.product_id = half_p.id AND half.size_code = ps.size_code"
                        + " WHERE p.code = ? AND ps.size_code = ?",
                order, lineNo, quantity, unitCents, quantity * unitCents, secondHalf, product, size);
    }

    /** The status history: pairs of (status reached, Paris time), in order. */
    private static void history(long order, Object... steps) {
        String from = null;
        for (int n = 0; n < steps.length; n += 2) {
            String to = (String) steps[n];
            fx.execute("INSERT INTO order_status_change (order_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?)",
                    order, from, to, instant((LocalDateTime) steps[n + 1]));
            // The contract: the order's step time equals its history's (docs/schema.md).
            String column = switch (to) {
                case "RECEIVED" -> "received_at";
                case "IN_PREPARATION" -> "in_preparation_at";
                case "READY" -> "ready_at";
                case "OUT_FOR_DELIVERY" -> "out_for_delivery_at";
                case "DELIVERED" -> "delivered_at";
                case "PICKED_UP" -> "picked_up_at";
                default -> "cancelled_at";
            };
            fx.execute("UPDATE customer_order SET " + column + " = ? WHERE id = ?", instant((LocalDateTime) steps[n + 1]), order);
            from = to;
        }
    }
}
