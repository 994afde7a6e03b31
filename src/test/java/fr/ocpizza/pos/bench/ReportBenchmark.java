package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.application.report.Period;
import fr.ocpizza.pos.application.report.ReportScope;
import fr.ocpizza.pos.application.report.ReportService;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * How long each report of {@link ReportService} takes over a year of orders of five stores
 * (about 500,000 orders by default), for one store and for the whole chain.
 *
 * <p>The orders are generated straight into a fresh bench database with set-based SQL
 * ({@code generate_series}): orders with their business date and ticket number, 1 to 4 lines each
 * (4 % of pizza lines half-and-half), and the status history (received, in preparation, ready, then
 * out for delivery and delivered, or picked up; 5 % cancelled with a reason). Lunch and dinner rushes,
 * three channels. No stock movement, payment or event: the reports read none of them. Then
 * {@code VACUUM ANALYZE}, as autovacuum would have done on a year-old table.
 *
 * <p>Each report runs through the real service (Hibernate, one read-only transaction) for each
 * scope and period: {@code bench.warmup} runs first (default 2), then {@code bench.runs} timed runs
 * (default 7); the table gives the median and the maximum. Settings: {@code bench.orders} (500000),
 * {@code bench.keep=true} keeps the database for EXPLAIN ANALYZE (its name is printed), and
 * {@code bench.reuse=NAME} measures again on such a kept database instead of generating one.
 */
public final class ReportBenchmark {

    /** The year of orders: 365 days from this Monday. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 24);
    static final int DAYS = 365;
    static final double TARGET_MS = 200;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("bench.orders", 500_000);
        int warmup = Integer.getInteger("bench.warmup", 2);
        int runs = Integer.getInteger("bench.runs", 7);
        boolean keep = Boolean.getBoolean("bench.keep");

        String reuse = System.getProperty("bench.reuse", "");
        BenchDatabase db = reuse.isBlank() ? BenchDatabase.create() : BenchDatabase.existing(reuse);
        keep |= !reuse.isBlank();
        try {
            System.out.println("Bench database " + db.name());
            if (reuse.isBlank()) {
                generate(db, orders);
            }
            try (Database database = Database.connect(db.url(), db.user(), db.password(), 2)) {
                ReportService reports = new ReportService(database.sessionFactory());
                StaffPrincipal chainManager = new StaffPrincipal(0, "direction", "Direction", Role.MANAGER, null);
                rollUp(reports, chainManager);
                try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                     Statement s = c.createStatement()) {
                    // What autovacuum does minutes after the tables were filled.
                    s.execute("ANALYZE report_day, report_day_sales, report_day_product, report_day_kitchen");
                }
                measure(reports, chainManager, warmup, runs);
            }
            System.out.println();
            System.out.println(machine(db));
        } finally {
            if (keep) {
                System.out.println("Kept database " + db.name() + " (drop it with: DROP DATABASE " + db.name() + ")");
            } else {
                db.drop();
            }
        }
    }

    /**
     * The one-time cost of the daily rollup: a month of one store, then the rest of the chain's
     * year, as the first reports over them would pay it (later reports find the days closed).
     */
    private static void rollUp(ReportService reports, StaffPrincipal caller) {
        Period year = Period.of(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1));
        long start = System.nanoTime();
        int monthDays = reports.closeDays(caller, ReportScope.store(1), Period.month(YearMonth.of(2026, 10)));
        double monthMillis = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        int yearDays = reports.closeDays(caller, ReportScope.chain(), year);
        double yearMillis = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        int again = reports.closeDays(caller, ReportScope.chain(), year);
        double checkMillis = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "%nRoll-up: store 1's October, %d days, %.0f ms; the rest of the chain's year,"
                + " %d store-days, %.0f ms; checking the year is closed (%d to do): %.1f ms%n",
                monthDays, monthMillis, yearDays, yearMillis, again, checkMillis);
    }

    private static void measure(ReportService reports, StaffPrincipal caller, int warmup, int runs) {
        Map<String, BiFunction<ReportScope, Period, List<?>>> all = new LinkedHashMap<>();
        all.put("summary (orders, revenue, average basket)", (s, p) -> reports.summary(caller, s, p));
        all.put("sales by day", (s, p) -> reports.salesByDay(caller, s, p));
        all.put("sales by hour", (s, p) -> reports.salesByHour(caller, s, p));
        all.put("sales by channel", (s, p) -> reports.salesByChannel(caller, s, p));
        all.put("sales by product", (s, p) -> reports.salesByProduct(caller, s, p));
        all.put("cancellations", (s, p) -> reports.cancellations(caller, s, p));
        all.put("kitchen times", (s, p) -> reports.kitchenTimes(caller, s, p));

        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("year (365 days)", Period.of(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1)));
        periods.put("month (Oct 2026)", Period.month(YearMonth.of(2026, 10)));
        Map<String, ReportScope> scopes = new LinkedHashMap<>();
        scopes.put("store 1", ReportScope.store(1));
        scopes.put("chain (5 stores)", ReportScope.chain());

        System.out.println();
        System.out.println("| report | scope | period | rows | median ms | max ms | < " + (int) TARGET_MS + " ms |");
        System.out.println("|---|---|---|---:|---:|---:|---|");
        for (var report : all.entrySet()) {
            for (var period : periods.entrySet()) {
                for (var scope : scopes.entrySet()) {
                    int rows = 0;
                    for (int i = 0; i < warmup; i++) {
                        rows = report.getValue().apply(scope.getValue(), period.getValue()).size();
                    }
                    double[] millis = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        rows = report.getValue().apply(scope.getValue(), period.getValue()).size();
                        millis[i] = (System.nanoTime() - start) / 1e6;
                    }
                    Arrays.sort(millis);
                    double median = millis[runs / 2];
                    double max = millis[runs - 1];
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %,d | %.1f | %.1f | %s |%n", report.getKey(),
                            scope.getKey(), period.getKey(), rows, median, max, max < TARGET_MS ? "yes" : "**no**");
                }
            }
        }
    }

    /** The year of orders, in a handful of set-based statements. */
    static void generate(BenchDatabase db, int orders) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            long customer = single(s, "INSERT INTO customer (last_name) VALUES ('Banc') RETURNING id");
            long address = single(s, "INSERT INTO customer_address (customer_id, line1, postal_code, city)"
                    + " VALUES (" + customer + ", '1 rue du Banc', '75011', 'Paris') RETURNING id");
            timed(s, "setseed", "SELECT setseed(0.42)");
            timed(s, "menu", "CREATE UNLOGGED TABLE bench_pizza AS"
                    + " SELECT dense_rank() OVER (ORDER BY p.id) AS pidx, ps.size_code, ps.id AS product_size_id, p.name,"
                    + " ps.price_cents, p.vat_rate FROM product p JOIN product_size ps ON ps.product_id = p.id"
                    + " WHERE p.category = 'PIZZA';"
                    + " CREATE UNLOGGED TABLE bench_other AS"
                    + " SELECT row_number() OVER (ORDER BY ps.id) AS oidx, ps.id AS product_size_id, p.name, ps.size_code,"
                    + " ps.price_cents, p.vat_rate FROM product p JOIN product_size ps ON ps.product_id = p.id"
                    + " WHERE p.category <> 'PIZZA'");
            long pizzas = single(s, "SELECT max(pidx) FROM bench_pizza");
            long others = single(s, "SELECT max(oidx) FROM bench_other");
            timed(s, "orders (plan)", "CREATE UNLOGGED TABLE bench_order AS"
                    + " SELECT id, store_id, day, received_at, channel, fulfilment, lines,"
                    + "  CASE WHEN cancelled THEN 'CANCELLED' WHEN fulfilment = 'DELIVERY' THEN 'DELIVERED' ELSE 'PICKED_UP' END AS status,"
                    + "  CASE WHEN NOT cancelled THEN received_at + prep END AS in_preparation_at,"
                    + "  CASE WHEN NOT cancelled THEN received_at + prep + make END AS ready_at,"
                    + "  CASE WHEN NOT cancelled AND fulfilment = 'DELIVERY' THEN received_at + prep + make + wait END AS out_for_delivery_at,"
                    + "  CASE WHEN NOT cancelled AND fulfilment = 'DELIVERY' THEN received_at + prep + make + wait + ride END AS delivered_at,"
                    + "  CASE WHEN NOT cancelled AND fulfilment <> 'DELIVERY' THEN received_at + prep + make + wait END AS picked_up_at,"
                    + "  CASE WHEN cancelled THEN received_at + wait END AS cancelled_at,"
                    + "  CASE WHEN cancelled THEN (ARRAY['Le client a changé d’avis', 'Erreur de saisie', 'Produit indisponible',"
                    + "   'Attente trop longue pour le client'])[1 + floor(r_reason * 4)::int] END AS cancel_reason"
                    + " FROM (SELECT id, store_id, day, cancelled, channel, lines, r_reason, prep, make, wait, ride,"
                    + "   CASE WHEN channel <> 'COUNTER' AND r_ful < 0.6 THEN 'DELIVERY'"
                    + "        WHEN channel = 'COUNTER' AND r_ful < 0.3 THEN 'EAT_IN' ELSE 'TAKEAWAY' END AS fulfilment,"
                    + "   (day + make_interval(hours => hour, secs => sec)) AT TIME ZONE 'Europe/Paris' AS received_at"
                    + "  FROM (SELECT n AS id, 1 + n % 5 AS store_id, DATE '" + FIRST_DAY + "' + (n / 5) % " + DAYS + " AS day,"
                    // Lunch and dinner rushes: 11:00 to 14:59 and 18:00 to 22:59, busiest at 12:00 and 20:00.
                    + "    (ARRAY[11, 12, 12, 12, 12, 13, 13, 13, 14, 18, 19, 19, 19, 20, 20, 20, 20, 21, 21, 22])"
                    + "     [1 + floor(random() * 20)::int] AS hour, floor(random() * 3600) AS sec,"
                    + "    random() < 0.05 AS cancelled,"
                    + "    (ARRAY['COUNTER', 'COUNTER', 'COUNTER', 'PHONE', 'PHONE', 'ONLINE', 'ONLINE', 'ONLINE'])"
                    + "     [1 + floor(random() * 8)::int] AS channel,"
                    + "    random() AS r_ful, random() AS r_reason, 1 + floor(random() * 4)::int AS lines,"
                    + "    make_interval(secs => 60 + random() * 540) AS prep, make_interval(secs => 420 + random() * 900) AS make,"
                    + "    make_interval(secs => 60 + random() * 600) AS wait, make_interval(secs => 600 + random() * 1500) AS ride"
                    + "   FROM generate_series(1, " + orders + ") AS n) a) b");
            timed(s, "lines (plan)", "CREATE UNLOGGED TABLE bench_line AS"
                    + " SELECT l.order_id, l.line_no, l.quantity,"
                    + "  COALESCE(pz.product_size_id, ot.product_size_id) AS product_size_id,"
                    + "  COALESCE(pz.name, ot.name) AS product_name, COALESCE(pz.size_code, ot.size_code) AS size_code,"
                    + "  COALESCE(pz.vat_rate, ot.vat_rate) AS vat_rate, half.product_size_id AS half_id, half.name AS half_name,"
                    + "  GREATEST(COALESCE(pz.price_cents, ot.price_cents), COALESCE(half.price_cents, 0)) AS unit_price_cents"
                    + " FROM (SELECT o.id AS order_id, g AS line_no, random() < 0.7 AS pizza,"
                    + "   1 + floor(random() * " + pizzas + ")::int AS pidx, 1 + floor(random() * " + others + ")::int AS oidx,"
                    + "   random() < 0.04 AS half, (ARRAY['S', 'M', 'M', 'M', 'L'])[1 + floor(random() * 5)::int] AS size,"
                    + "   1 + floor(random() * random() * 3)::int AS quantity"
                    + "  FROM bench_order o CROSS JOIN LATERAL generate_series(1, o.lines) AS g) l"
                    + " LEFT JOIN bench_pizza pz ON l.pizza AND pz.pidx = l.pidx AND pz.size_code = l.size"
                    + " LEFT JOIN bench_pizza half ON l.pizza AND l.half AND half.pidx = l.pidx % " + pizzas + " + 1"
                    + "  AND half.size_code = l.size"
                    + " LEFT JOIN bench_other ot ON NOT l.pizza AND ot.oidx = l.oidx");
            timed(s, "customer_order", "INSERT INTO customer_order (id, store_id, business_date, ticket_number, channel,"
                    + " fulfilment, status, customer_id, delivery_address_id, promised_at, total_cents, vat_cents, received_at,"
                    + " in_preparation_at, ready_at, out_for_delivery_at, delivered_at, picked_up_at, cancelled_at,"
                    + " cancel_reason, updated_at)"
                    + " SELECT o.id, o.store_id, o.day, row_number() OVER (PARTITION BY o.store_id, o.day ORDER BY o.received_at, o.id),"
                    + "  o.channel, o.fulfilment, o.status, CASE WHEN o.fulfilment = 'DELIVERY' THEN " + customer + " END,"
                    + "  CASE WHEN o.fulfilment = 'DELIVERY' THEN " + address + " END, o.received_at + interval '30 minutes',"
                    + "  t.total, t.total / 11, o.received_at, o.in_preparation_at, o.ready_at, o.out_for_delivery_at,"
                    + "  o.delivered_at, o.picked_up_at, o.cancelled_at, o.cancel_reason,"
                    + "  COALESCE(o.delivered_at, o.picked_up_at, o.cancelled_at, o.received_at)"
                    + " FROM bench_order o JOIN (SELECT order_id, sum(unit_price_cents * quantity) AS total FROM bench_line"
                    + "  GROUP BY order_id) t ON t.order_id = o.id;"
                    + " SELECT setval('customer_order_id_seq', (SELECT max(id) FROM customer_order))");
            timed(s, "order_line", "INSERT INTO order_line (order_id, line_no, product_size_id, product_name, size_code,"
                    + " quantity, unit_price_cents, vat_rate, line_total_cents, second_half_product_size_id, second_half_name)"
                    + " SELECT order_id, line_no, product_size_id, product_name, size_code, quantity, unit_price_cents,"
                    + " vat_rate, unit_price_cents * quantity, half_id, half_name FROM bench_line");
            timed(s, "order_status_change", "INSERT INTO order_status_change (order_id, from_status, to_status, changed_at)"
                    + " SELECT o.id, st.from_status, st.to_status, st.at FROM bench_order o CROSS JOIN LATERAL (VALUES"
                    + "  (CAST(NULL AS text), 'RECEIVED', o.received_at),"
                    + "  ('RECEIVED', 'IN_PREPARATION', o.in_preparation_at),"
                    + "  ('IN_PREPARATION', 'READY', o.ready_at),"
                    + "  ('READY', 'OUT_FOR_DELIVERY', o.out_for_delivery_at),"
                    + "  ('OUT_FOR_DELIVERY', 'DELIVERED', o.delivered_at),"
                    + "  ('READY', 'PICKED_UP', o.picked_up_at),"
                    + "  ('RECEIVED', 'CANCELLED', o.cancelled_at)) AS st(from_status, to_status, at)"
                    + " WHERE st.at IS NOT NULL");
            timed(s, "drop plans", "DROP TABLE bench_line, bench_order, bench_pizza, bench_other");
            timed(s, "vacuum analyze", "VACUUM ANALYZE");
            System.out.println("Generated " + single(s, "SELECT count(*) FROM customer_order") + " orders ("
                    + single(s, "SELECT count(*) FROM customer_order WHERE status = 'CANCELLED'") + " cancelled), "
                    + single(s, "SELECT count(*) FROM order_line") + " lines ("
                    + single(s, "SELECT count(*) FROM order_line WHERE second_half_product_size_id IS NOT NULL")
                    + " half-and-half), " + single(s, "SELECT count(*) FROM order_status_change") + " status changes; "
                    + "database " + text(s, "SELECT pg_size_pretty(pg_database_size(current_database()))"));
        }
    }

    private static void timed(Statement s, String what, String sql) throws SQLException {
        long start = System.nanoTime();
        s.execute(sql);
        System.out.printf(Locale.ROOT, "  %-20s %6.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String machine(BenchDatabase db) throws Exception {
        List<String> parts = new ArrayList<>();
        parts.add(Runtime.getRuntime().availableProcessors() + " CPUs");
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            parts.add("PostgreSQL " + text(s, "SHOW server_version"));
            parts.add("shared_buffers " + text(s, "SHOW shared_buffers"));
            parts.add("work_mem " + text(s, "SHOW work_mem"));
            parts.add("max_parallel_workers_per_gather " + text(s, "SHOW max_parallel_workers_per_gather"));
        }
        parts.add("Java " + System.getProperty("java.version"));
        Path loadavg = Path.of("/proc/loadavg");
        if (Files.exists(loadavg)) {
            parts.add("load average " + Files.readString(loadavg).trim());
        }
        return "Machine: " + String.join(", ", parts);
    }
}
