package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.time.Clock;
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
 * PostgreSQL ({@code GROUP BY}), so that a year of orders never travels to the terminal. Sales,
 * products and kitchen times read the closed days from the daily rollup and the last two days live
 * from the orders ({@link ReportRollup}): a year reads some 40 times fewer rows; the days of the
 * period not rolled up yet are rolled up first, in their own transactions. Cancellations, a few
 * rows a day, are read from the orders. Orders are taken by their {@code business_date}, the store-local day of their receipt,
 * which the schema's trigger sets in the store's time zone; hours are taken in that zone too.
 * Cancelled orders are left out of every sales figure and counted in {@link #cancellations}.
 *
 * <p>Managers only ({@link Permissions#VIEW_REPORTS}): a store manager sees his store, a chain
 * manager any store or the whole chain.
 */
public final class ReportService {

    private final SessionFactory sessions;
    private final ReportRollup rollup;

    public ReportService(SessionFactory sessions) {
        this.sessions = Objects.requireNonNull(sessions);
        this.rollup = new ReportRollup(sessions);
    }

    /**
     * Rolls up the closed days of the period not rolled up yet (the reports do it themselves
     * first; a terminal may do it ahead, off the screens' path) and returns how many.
     */
    public int closeDays(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return rollup.closeDays(scope, period);
    }

    /**
     * Orders, revenue and average basket per store, every store of the scope listed (0 orders when
     * it sold nothing). A store that does not exist is refused.
     */
    public List<SalesSummary> summary(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        List<SalesSummary> rows = rolledUp(scope, period, withSales(scope)
                        + " SELECT s.id, s.name, COALESCE(t.orders, 0), COALESCE(t.revenue, 0) FROM store s"
                        + " LEFT JOIN (SELECT store_id, sum(orders) AS orders, sum(revenue_cents) AS revenue"
                        + " FROM sales GROUP BY store_id) t ON t.store_id = s.id"
                        + (scope.isChain() ? "" : " WHERE s.id = :store") + " ORDER BY s.id",
                row -> new SalesSummary(integer(row[0]), (String) row[1], number(row[2]), money(row[3])));
        if (rows.isEmpty() && !scope.isChain()) {
            throw new NotFoundException("Store", scope.storeId());
        }
        return rows;
    }

    /** Sales per store and business day, oldest day first; days without a sale have no row. */
    public List<DailySales> salesByDay(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return rolledUp(scope, period, withSales(scope)
                        + " SELECT store_id, business_date, sum(orders), sum(revenue_cents) FROM sales"
                        + " GROUP BY store_id, business_date ORDER BY store_id, business_date",
                row -> new DailySales(integer(row[0]), date(row[1]), number(row[2]), money(row[3])));
    }

    /** Sales per store and hour of the day (store-local, 0–23) over the whole period. */
    public List<HourlySales> salesByHour(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return rolledUp(scope, period, withSales(scope)
                        + " SELECT store_id, hour, sum(orders), sum(revenue_cents) FROM sales"
                        + " GROUP BY store_id, hour ORDER BY store_id, hour",
                row -> new HourlySales(integer(row[0]), integer(row[1]), number(row[2]), money(row[3])));
    }

    /** Sales per store and channel, in the order of {@link Channel}. */
    public List<ChannelSales> salesByChannel(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return rolledUp(scope, period, withSales(scope)
                        + " SELECT store_id, channel, sum(orders), sum(revenue_cents) FROM sales"
                        + " GROUP BY store_id, channel ORDER BY store_id, channel",
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
        return rolledUp(scope, period, "WITH " + ReportRollup.storesCte(scope) + ", p AS ("
                        + " SELECT r.store_id, r.product, r.size_code, r.half, r.quantity, r.revenue_cents"
                        + " FROM report_day_product r" + ReportRollup.CLOSED_DAYS
                        + " UNION ALL SELECT store_id, product, size_code, half, quantity, revenue_cents FROM ("
                        + ReportRollup.products(ReportRollup.LIVE_ORDERS) + ") AS live)"
                        + " SELECT store_id, CASE WHEN half THEN :halfAndHalf ELSE product END AS sold, size_code, half,"
                        + " sum(quantity), sum(revenue_cents) AS revenue FROM p"
                        + " GROUP BY store_id, sold, size_code, half ORDER BY store_id, revenue DESC, sold, size_code",
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
     * orders received in the period (cancelled ones left out), counted in whole minutes (seconds
     * dropped: what the rollup keeps). Stages no order went through have no entry.
     */
    public List<KitchenTimes> kitchenTimes(StaffPrincipal caller, ReportScope scope, Period period) {
        check(caller, scope);
        return KitchenTimeRows.toReports(rolledUp(scope, period, "WITH " + ReportRollup.storesCte(scope) + ", k AS ("
                        + " SELECT r.store_id, r.stage, r.minutes, r.orders FROM report_day_kitchen r" + ReportRollup.CLOSED_DAYS
                        + " UNION ALL SELECT store_id, stage, minutes, orders FROM ("
                        + ReportRollup.kitchen(ReportRollup.LIVE_ORDERS) + ") AS live)"
                        + " SELECT store_id, stage, minutes, sum(orders) FROM k GROUP BY store_id, stage, minutes",
                row -> row));
    }

    /**
     * {@code sales}: the rollup's sales rows of the closed days and the same figures computed live
     * for the others, for the reports that add them up their own way.
     */
    private static String withSales(ReportScope scope) {
        return "WITH " + ReportRollup.storesCte(scope) + ", sales AS ("
                + " SELECT r.store_id, r.business_date, r.hour, r.channel, r.orders, r.revenue_cents"
                + " FROM report_day_sales r" + ReportRollup.CLOSED_DAYS
                + " UNION ALL " + ReportRollup.sales(ReportRollup.LIVE_ORDERS) + ")";
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

    /** A report that reads the rollup: its closed days not rolled up yet are first. */
    private <T> List<T> rolledUp(ReportScope scope, Period period, String sql, Function<Object[], T> mapper) {
        return rolledUp(scope, period, sql, query -> query, mapper);
    }

    private <T> List<T> rolledUp(ReportScope scope, Period period, String sql,
                                 Function<NativeQuery<Object[]>, NativeQuery<Object[]>> parameters,
                                 Function<Object[], T> mapper) {
        rollup.closeDays(scope, Objects.requireNonNull(period, "period"));
        return query(scope, period, sql,
                parameters.andThen(query -> query.setParameter("liveFrom", ReportRollup.liveFrom(Clock.systemUTC()))),
                mapper);
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

    static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    static Duration seconds(Object value) {
        return Duration.ofSeconds(number(value));
    }
}
