package fr.ocpizza.pos.application.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.SessionFactory;

/**
 * The reports' daily rollup (migration V6, docs/schema.md 3.9): the figures of each store's closed
 * days, one small table per kind of report, so that a year reads some 40 times fewer rows than its
 * orders and lines.
 *
 * <p>A day is closed from the day after tomorrow of its own: the reports read yesterday and today
 * {@value #LIVE_DAYS} live from the orders (late deliveries past midnight, a cancellation in the
 * morning) and every day before from the rollup. The rollup is filled here the first time a report
 * needs a closed day, and emptied for a day by the database's trigger whenever an order of that day
 * changes afterwards, so that the next report rolls it up again.
 *
 * <p>The same aggregate queries fill the rollup and read the live days ({@link #sales},
 * {@link #products}, {@link #kitchen}), so that both parts cannot count differently.
 */
final class ReportRollup {

    /** Days read live from the orders, today included. */
    static final int LIVE_DAYS = 2;
    /** Days rolled up per transaction: each holds an advisory lock per day until it commits. */
    private static final int BATCH_DAYS = 31;

    private final SessionFactory sessions;

    ReportRollup(SessionFactory sessions) {
        this.sessions = Objects.requireNonNull(sessions);
    }

    /**
     * {@code c}: the stores of the scope with the last day each has closed (store-local), for the
     * reports to join. A store scope names its store as {@code :store}.
     */
    static String storesCte(ReportScope scope) {
        return "c AS (SELECT s.id AS store_id, CAST(now() AT TIME ZONE s.time_zone AS date) - " + LIVE_DAYS
                + " AS closed_until FROM store s" + (scope.isChain() ? "" : " WHERE s.id = :store") + ")";
    }

    /** The closed days of the period, on a rollup table aliased {@code r} joined to {@code c}. */
    static final String CLOSED_DAYS = " JOIN c ON c.store_id = r.store_id"
            + " WHERE r.business_date BETWEEN :from AND :to AND r.business_date <= c.closed_until";

    /**
     * The live days of the period, on the orders ({@code o}) joined to {@code c}. The constant
     * {@code :liveFrom} ({@link #liveFrom}) repeats the bound for the planner: without it, it cannot
     * tell that the join leaves two days and, for the chain, read every line of the period.
     */
    static final String LIVE_ORDERS = " JOIN c ON c.store_id = o.store_id"
            + " WHERE o.business_date BETWEEN :from AND :to AND o.business_date >= :liveFrom"
            + " AND o.business_date > c.closed_until";

    /**
     * A day no store has closed yet, whatever its time zone: the day before yesterday's end where
     * the calendar is furthest behind (UTC−12), so never after a store's first live day.
     */
    static LocalDate liveFrom(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.ofHours(-12))).minusDays(LIVE_DAYS - 1);
    }

    /**
     * Orders and revenue per store, day, store-local hour and channel, cancelled orders left out:
     * the columns of {@code report_day_sales}. {@code ordersWhere} joins and filters the orders
     * {@code o} (starting with a JOIN or WHERE).
     */
    static String sales(String ordersWhere) {
        return "SELECT o.store_id, o.business_date,"
                + " CAST(extract(hour FROM o.received_at AT TIME ZONE s.time_zone) AS smallint) AS hour, o.channel,"
                + " count(*) AS orders, sum(o.total_cents) AS revenue_cents"
                + " FROM customer_order o JOIN store s ON s.id = o.store_id" + ordersWhere
                + " AND o.status <> 'CANCELLED' GROUP BY 1, 2, 3, 4";
    }

    /**
     * Portions and revenue per store, day, product as sold (a half-and-half under its first half,
     * marked {@code half}) and size, cancelled orders left out: the columns of
     * {@code report_day_product}.
     */
    static String products(String ordersWhere) {
        return "SELECT o.store_id, o.business_date, l.product_name AS product, l.size_code,"
                + " l.second_half_product_size_id IS NOT NULL AS half,"
                + " sum(l.quantity) AS quantity, sum(l.line_total_cents) AS revenue_cents"
                + " FROM customer_order o JOIN order_line l ON l.order_id = o.id" + ordersWhere
                + " AND o.status <> 'CANCELLED' GROUP BY 1, 2, 3, 4, 5";
    }

    /**
     * Orders per store, day, kitchen stage and whole minutes the stage took (seconds dropped, a
     * negative time counted as 0), cancelled orders left out: the columns of
     * {@code report_day_kitchen}. A stage an order has not been through has no time.
     */
    static String kitchen(String ordersWhere) {
        return "SELECT o.store_id, o.business_date, k.stage,"
                + " CAST(floor(greatest(extract(epoch FROM k.took), 0) / 60) AS integer) AS minutes, count(*) AS orders"
                + " FROM customer_order o"
                + " CROSS JOIN LATERAL (VALUES ('RECEIVED_TO_READY', o.ready_at - o.received_at),"
                + " ('READY_TO_DELIVERED', o.delivered_at - o.ready_at)) AS k (stage, took)" + ordersWhere
                + " AND o.status <> 'CANCELLED' AND k.took IS NOT NULL GROUP BY 1, 2, 3, 4";
    }

    /**
     * Rolls up the closed days of the period that are not yet, for every store of the scope, and
     * returns how many days it rolled up (0 once the period is done: one indexed look-up).
     */
    int closeDays(ReportScope scope, Period period) {
        List<Object[]> missing = sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            var query = session.createNativeQuery("WITH " + storesCte(scope)
                    + " SELECT c.store_id, CAST(d AS date) FROM c CROSS JOIN LATERAL generate_series("
                    + "CAST(:from AS timestamp), CAST(LEAST(CAST(:to AS date), c.closed_until) AS timestamp),"
                    + " interval '1 day') AS d"
                    + " WHERE NOT EXISTS (SELECT 1 FROM report_day r"
                    + " WHERE r.store_id = c.store_id AND r.business_date = CAST(d AS date))"
                    + " ORDER BY 1, 2", Object[].class)
                    .setParameter("from", period.from())
                    .setParameter("to", period.to());
            if (!scope.isChain()) {
                query.setParameter("store", scope.storeId());
            }
            return query.getResultList();
        });
        int closed = 0;
        for (Batch batch : batches(missing)) {
            closed += close(batch);
        }
        return closed;
    }

    private record Batch(int storeId, LocalDate first, LocalDate last) {
    }

    /** Runs of missing days per store, at most {@value #BATCH_DAYS} days long. */
    private static List<Batch> batches(List<Object[]> missing) {
        List<Batch> batches = new ArrayList<>();
        Batch current = null;
        for (Object[] row : missing) {
            int store = ReportService.integer(row[0]);
            LocalDate day = ReportService.date(row[1]);
            if (current != null && current.storeId() == store
                    && !day.isAfter(current.first().plusDays(BATCH_DAYS - 1))) {
                current = new Batch(store, current.first(), day);
                batches.set(batches.size() - 1, current);
            } else {
                current = new Batch(store, day, day);
                batches.add(current);
            }
        }
        return batches;
    }

    /**
     * Rolls up one store's days in one transaction. The exclusive advisory lock per day makes an
     * order of that day changing meanwhile wait (its trigger takes the shared one) and then delete
     * what this commits, rather than commit after this read the day and be lost. Days another
     * terminal rolled up meanwhile are skipped ({@code ON CONFLICT DO NOTHING}).
     */
    private int close(Batch batch) {
        return sessions.fromTransaction(session -> {
            session.createNativeQuery("SELECT count(pg_advisory_xact_lock(:store, d - DATE '2000-01-01'))"
                            + " FROM (SELECT CAST(g AS date) AS d FROM generate_series(CAST(:first AS timestamp),"
                            + " CAST(:last AS timestamp), interval '1 day') AS g ORDER BY 1) AS days", Long.class)
                    .setParameter("store", batch.storeId())
                    .setParameter("first", batch.first())
                    .setParameter("last", batch.last())
                    .getSingleResult();
            String claimedOrders = " JOIN claimed d ON d.store_id = o.store_id AND d.business_date = o.business_date"
                    + " WHERE o.store_id = :store AND o.business_date BETWEEN :first AND :last";
            return session.createNativeQuery("WITH claimed AS ("
                            + " INSERT INTO report_day (store_id, business_date)"
                            + " SELECT :store, CAST(g AS date) FROM generate_series(CAST(:first AS timestamp),"
                            + " CAST(:last AS timestamp), interval '1 day') AS g"
                            + " ON CONFLICT DO NOTHING RETURNING store_id, business_date),"
                            + " sales AS (INSERT INTO report_day_sales " + sales(claimedOrders) + "),"
                            + " products AS (INSERT INTO report_day_product " + products(claimedOrders) + "),"
                            + " kitchen AS (INSERT INTO report_day_kitchen " + kitchen(claimedOrders) + ")"
                            + " SELECT count(*) FROM claimed", Long.class)
                    .setParameter("store", batch.storeId())
                    .setParameter("first", batch.first())
                    .setParameter("last", batch.last())
                    .getSingleResult()
                    .intValue();
        });
    }
}
