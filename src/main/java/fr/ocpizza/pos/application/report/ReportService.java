package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.query.NativeQuery;

/**
 * The back office's reports: sales (summary, by day, by hour of day, by channel, by product),
 * cancellations and kitchen times, for one store or for every store of the chain side by side.
 *
 * <p>Each report is one read-only transaction and one SQL statement that does the aggregation in
 * PostgreSQL ({@code GROUP BY}, percentiles), so that a year of orders never travels to the
 * terminal. Orders are taken by their {@code business_date}, the store-local day of their receipt,
 * which the schema's trigger sets in the store's time zone; hours are taken in that zone too.
 * Cancelled orders are left out of every sales figure and counted in {@link #cancellations}.
 *
 * <p>Managers only ({@link Permissions#VIEW_REPORTS}): a store manager sees his store, a chain
 * manager any store or the whole chain.
 */
public final class ReportService {

    private static final String NOT_CANCELLED = " AND o.status <> 'CANCELLED'";

    private final SessionFactory sessions;

    public ReportService(SessionFactory sessions) {
        this.sessions = Objects.requireNonNull(sessions);
    }

    /**
     * Orders, revenue and average basket per store, every store of the scope listed (0 orders when
     * it sold nothing). A store that does not exist is refused.
     */
    public List<SalesSummary> summary(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        List<SalesSummary> rows = query(scope, period,
                "SELECT s.id, s.name, COALESCE(t.orders, 0), COALESCE(t.revenue, 0) FROM store s"
                        + " LEFT JOIN (SELECT o.store_id, count(*) AS orders, sum(o.total_cents) AS revenue"
                        + " FROM customer_order o WHERE o.business_date BETWEEN :from AND :to" + NOT_CANCELLED
                        + storeClause(scope) + " GROUP BY o.store_id) t ON t.store_id = s.id"
                        + (scope.isChain() ? "" : " WHERE s.id = :store")
                        + " ORDER BY s.id",
                row -> new SalesSummary(integer(row[0]), (String) row[1], number(row[2]), money(row[3])));
        if (rows.isEmpty() && !scope.isChain()) {
            throw new NotFoundException("Store", scope.storeId());
        }
        return rows;
    }

    /** Sales per store and business day, oldest day first; days without a sale have no row. */
    public List<DailySales> salesByDay(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return query(scope, period,
                "SELECT o.store_id, o.business_date, count(*), sum(o.total_cents) FROM customer_order o"
                        + " WHERE o.business_date BETWEEN :from AND :to" + NOT_CANCELLED + storeClause(scope)
                        + " GROUP BY o.store_id, o.business_date ORDER BY o.store_id, o.business_date",
                row -> new DailySales(integer(row[0]), date(row[1]), number(row[2]), money(row[3])));
    }

    /** Sales per store and hour of the day (store-local, 0–23) over the whole period. */
    public List<HourlySales> salesByHour(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return query(scope, period,
                "SELECT o.store_id, CAST(extract(hour FROM o.received_at AT TIME ZONE s.time_zone) AS integer) AS hour,"
                        + " count(*), sum(o.total_cents) FROM customer_order o JOIN store s ON s.id = o.store_id"
                        + " WHERE o.business_date BETWEEN :from AND :to" + NOT_CANCELLED + storeClause(scope)
                        + " GROUP BY o.store_id, hour ORDER BY o.store_id, hour",
                row -> new HourlySales(integer(row[0]), integer(row[1]), number(row[2]), money(row[3])));
    }

    /** Sales per store and channel, in the order of {@link Channel}. */
    public List<ChannelSales> salesByChannel(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return query(scope, period,
                "SELECT o.store_id, o.channel, count(*), sum(o.total_cents) FROM customer_order o"
                        + " WHERE o.business_date BETWEEN :from AND :to" + NOT_CANCELLED + storeClause(scope)
                        + " GROUP BY o.store_id, o.channel ORDER BY o.store_id, o.channel",
                row -> new ChannelSales(integer(row[0]), Channel.valueOf((String) row[1]), number(row[2]), money(row[3])))
                .stream()
                .sorted((a, b) -> a.storeId() != b.storeId() ? Integer.compare(a.storeId(), b.storeId())
                        : a.channel().compareTo(b.channel()))
                .toList();
    }

    /**
     * Portions and revenue per store, product (as sold) and size, best revenue first; half-and-half
     * pizzas count once under {@link ProductSales#HALF_AND_HALF} (why: see {@link ProductSales}).
     */
    public List<ProductSales> salesByProduct(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return query(scope, period,
                "SELECT o.store_id, CASE WHEN l.second_half_product_size_id IS NULL THEN l.product_name"
                        + " ELSE :halfAndHalf END AS product, l.size_code,"
                        + " l.second_half_product_size_id IS NOT NULL AS half, sum(l.quantity), sum(l.line_total_cents) AS revenue"
                        + " FROM customer_order o JOIN order_line l ON l.order_id = o.id"
                        + " WHERE o.business_date BETWEEN :from AND :to" + NOT_CANCELLED + storeClause(scope)
                        + " GROUP BY o.store_id, product, l.size_code, half"
                        + " ORDER BY o.store_id, revenue DESC, product, l.size_code",
                query -> query.setParameter("halfAndHalf", ProductSales.HALF_AND_HALF),
                row -> new ProductSales(integer(row[0]), (String) row[1], (String) row[2], (Boolean) row[3],
                        number(row[4]), money(row[5])));
    }

    /**
     * Cancelled orders per store (received in the period), with their amount and reasons, most
     * frequent reason first. Stores without a cancellation have no entry.
     */
    public List<Cancellations> cancellations(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        List<Object[]> rows = query(scope, period,
                "SELECT o.store_id, NULLIF(btrim(o.cancel_reason), '') AS reason, count(*) AS orders, sum(o.total_cents)"
                        + " FROM customer_order o WHERE o.business_date BETWEEN :from AND :to AND o.status = 'CANCELLED'"
                        + storeClause(scope)
                        + " GROUP BY o.store_id, reason ORDER BY o.store_id, orders DESC, reason NULLS LAST",
                row -> row);
        Map<Integer, List<Cancellations.Reason>> byStore = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String reason = row[1] == null ? Cancellations.Reason.NO_REASON : (String) row[1];
            byStore.computeIfAbsent(integer(row[0]), store -> new ArrayList<>())
                    .add(new Cancellations.Reason(reason, number(row[2]), money(row[3])));
        }
        List<Cancellations> result = new ArrayList<>();
        byStore.forEach((store, reasons) -> result.add(new Cancellations(store,
                reasons.stream().mapToLong(Cancellations.Reason::orders).sum(),
                reasons.stream().map(Cancellations.Reason::amount).reduce(Money.ZERO, Money::plus), reasons)));
        return List.copyOf(result);
    }

    /**
     * Kitchen times per store: received → ready over the orders the kitchen bumped, ready →
     * delivered over the orders delivered, from the order's own step times (received_at, ready_at,
     * delivered_at: the contract has them equal to the status history, docs/schema.md) of the
     * orders received in the period (cancelled ones left out). Reading them from the order row
     * rather than joining the history is ten times faster over a year (docs/benchmarks.md).
     * Stages no order went through have no entry.
     */
    public List<KitchenTimes> kitchenTimes(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        int bucketSeconds = KitchenTimes.BUCKET_MINUTES * 60;
        int openBucket = KitchenTimes.OPEN_BUCKET_FROM_MINUTES / KitchenTimes.BUCKET_MINUTES;
        List<Object[]> rows = query(scope, period,
                "WITH t AS ("
                        + " SELECT o.store_id, o.received_at AS received, o.ready_at AS ready, o.delivered_at AS delivered"
                        + " FROM customer_order o"
                        + " WHERE o.business_date BETWEEN :from AND :to" + NOT_CANCELLED + storeClause(scope) + "),"
                        + " d AS ("
                        + " SELECT store_id, 'RECEIVED_TO_READY' AS stage, extract(epoch FROM ready - received) AS secs"
                        + " FROM t WHERE received IS NOT NULL AND ready IS NOT NULL"
                        + " UNION ALL"
                        + " SELECT store_id, 'READY_TO_DELIVERED', extract(epoch FROM delivered - ready)"
                        + " FROM t WHERE ready IS NOT NULL AND delivered IS NOT NULL)"
                        + " SELECT store_id, stage, CAST(NULL AS integer) AS bucket, count(*),"
                        + " CAST(round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS numeric)) AS bigint),"
                        + " CAST(round(CAST(percentile_cont(0.9) WITHIN GROUP (ORDER BY secs) AS numeric)) AS bigint)"
                        + " FROM d GROUP BY store_id, stage"
                        + " UNION ALL"
                        + " SELECT store_id, stage, CAST(least(floor(greatest(secs, 0) / " + bucketSeconds + "), "
                        + openBucket + ") AS integer) AS bucket, count(*), NULL, NULL"
                        + " FROM d GROUP BY store_id, stage, bucket"
                        + " ORDER BY 1, 2 DESC, 3 NULLS FIRST",
                row -> row);
        return KitchenTimeRows.toReports(rows, openBucket);
    }

    private static void check(StaffPrincipal caller, ReportScope scope) {
        Objects.requireNonNull(scope, "scope");
        if (scope.isChain()) {
            Permissions.VIEW_REPORTS.checkChain(caller);
        } else {
            Permissions.VIEW_REPORTS.check(caller, scope.storeId());
        }
    }

    /**
     * The scope as a condition on the orders. The chain names its stores rather than leaving the
     * store out, so that PostgreSQL walks the (store_id, business_date) index once per store
     * instead of reading every order of every day: a month of the chain in 10 ms instead of 90.
     */
    private static String storeClause(ReportScope scope) {
        return scope.isChain() ? " AND o.store_id = ANY(ARRAY(SELECT id FROM store))" : " AND o.store_id = :store";
    }

    private <T> List<T> query(ReportScope scope, Period period, String sql, Function<Object[], T> mapper) {
        return query(scope, period, sql, query -> query, mapper);
    }

    private <T> List<T> query(ReportScope scope, Period period, String sql,
                              Function<NativeQuery<Object[]>, NativeQuery<Object[]>> parameters,
                              Function<Object[], T> mapper) {
        Objects.requireNonNull(period, "period");
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            NativeQuery<Object[]> query = session.createNativeQuery(sql, Object[].class)
                    .setParameter("from", period.from())
                    .setParameter("to", period.to());
            if (!scope.isChain()) {
                query.setParameter("store", scope.storeId());
            }
            return parameters.apply(query).getResultList().stream().map(mapper).toList();
        });
    }

    static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Money money(Object cents) {
        return Money.ofCents(number(cents));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    static Duration seconds(Object value) {
        return Duration.ofSeconds(number(value));
    }
}
