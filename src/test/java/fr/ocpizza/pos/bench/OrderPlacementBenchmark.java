package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.PaymentRequest;
import fr.ocpizza.pos.bench.PlainJdbcOrderPlacer.Basket;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Orders placed per second through the service layer ({@link OrderService#place}) versus the same
 * transaction in plain JDBC ({@link PlainJdbcOrderPlacer}), on 1 and 8 threads, against a real
 * PostgreSQL; with pgbench running the same transaction in plain SQL as the machine's raw baseline.
 * Prints Markdown tables; docs/benchmarks.md records them.
 *
 * <p>Run: {@code mvn -B -Pbench verify -DskipTests}. Settings (system properties): bench.warmup
 * (seconds of service-path warm-up on 1 thread, 20; the other warm-ups last a quarter of it),
 * bench.seconds (measured seconds per path and thread count, 10; 0 to measure a fixed number of
 * orders instead: bench.orders1, 3000, and bench.orders8, 8000), bench.slices (the measurement is
 * cut into this many alternating slices per path, 5), bench.census (orders counted for
 * rows and round trips, 100), bench.pgbench (true). Server:
 * OCPIZZA_BENCH_DB_URL, else 127.0.0.1:5432 as postgres. The benchmark creates its own database
 * and drops it at the end.
 */
public final class OrderPlacementBenchmark {

    private static final int STORE = 1;
    private static final int POOL_SIZE = 8;
    private static final Money TENDERED = Money.parse("20");
    private static final int SLICES = Integer.getInteger("bench.slices", 5);

    /** One way of placing the benchmark's order; returns the order id. */
    @FunctionalInterface
    interface Placer {
        long place() throws Exception;
    }

    /** A timed run: wall time, each order's latency, the CPU time of the placing threads. */
    record Result(String path, int threads, int orders, long wallNanos, long[] latencies, long cpuNanos,
                  BackendSampler.Profile backends) {

        Result {
            latencies = latencies.clone();
            Arrays.sort(latencies);
        }

        /** Two halves of one measurement; the backend profile is weighted by duration. */
        static Result merge(Result a, Result b) {
            long[] all = Arrays.copyOf(a.latencies, a.latencies.length + b.latencies.length);
            System.arraycopy(b.latencies, 0, all, a.latencies.length, b.latencies.length);
            double wa = a.wallNanos / (double) (a.wallNanos + b.wallNanos);
            double wb = 1 - wa;
            BackendSampler.Profile profile = new BackendSampler.Profile(
                    a.backends.running() * wa + b.backends.running() * wb,
                    a.backends.lockWait() * wa + b.backends.lockWait() * wb,
                    a.backends.idleInTransaction() * wa + b.backends.idleInTransaction() * wb);
            return new Result(a.path, a.threads, a.orders + b.orders, a.wallNanos + b.wallNanos, all,
                    a.cpuNanos + b.cpuNanos, profile);
        }

        double perSecond() {
            return orders * 1e9 / wallNanos;
        }

        double meanMillis() {
            return Arrays.stream(latencies).average().orElse(0) / 1e6;
        }

        double percentileMillis(double p) {
            return percentile(latencies, p) / 1e6;
        }

        double cpuMicrosPerOrder() {
            return cpuNanos / 1e3 / orders;
        }
    }

    /** What one path costs in rows and round trips, counted on a separate, instrumented pool. */
    record Census(Map<String, Double> rowsPerOrder, double roundTripsPerOrder, List<String> statements, long lastOrderId) {
    }

    private OrderPlacementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 20);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int orders1 = Integer.getInteger("bench.orders1", 3000);
        int orders8 = Integer.getInteger("bench.orders8", 8000);
        int censusOrders = Integer.getInteger("bench.census", 100);
        boolean withPgbench = Boolean.parseBoolean(System.getProperty("bench.pgbench", "true"));

        long started = System.nanoTime();
        System.out.println("Creating the benchmark database (schema + demo data)...");
        BenchDatabase db = BenchDatabase.create();
        System.out.printf(Locale.ROOT, "  ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        try {
            run(db, warmup, seconds, orders1, orders8, censusOrders, withPgbench);
        } finally {
            db.drop();
            System.out.printf(Locale.ROOT, "Dropped %s. Total %.0f s.%n", db.name(), (System.nanoTime() - started) / 1e9);
        }
    }

    private static void run(BenchDatabase db, int warmup, int seconds, int orders1, int orders8, int censusOrders,
                            boolean withPgbench) throws Exception {
        String loadBefore = loadAverage();
        String environment;
        Census serviceCensus;
        Census jdbcCensus;
        String serviceFingerprint;
        String jdbcFingerprint;
        List<Result> results = new ArrayList<>();
        Map<Integer, PgBenchBaseline.Run> pgbench = new LinkedHashMap<>();
        Map<String, Double> pgbenchRows = Map.of();
        Map<Integer, List<Double>> ratioSpread = new LinkedHashMap<>();
        Basket basket;

        try (Database database = Database.connect(db.url(), db.user(), db.password(), POOL_SIZE)) {
            Fixtures fx = new Fixtures(database);
            StaffPrincipal cashier = fx.staff("caisse" + STORE);
            List<LineRequest> basketLines = List.of(
                    LineRequest.of(fx.productSizeId("margherita", "M"), 1),
                    LineRequest.of(fx.productSizeId("coca_cola", "U"), 1));
            basket = Basket.of(database.sessionFactory(), STORE, cashier.staffId(), basketLines, TENDERED);
            environment = environment(db);

            // ---- census: rows written and round trips per order, on an instrumented pool (not timed)
            StatementRecordingDriver.install();
            String countedUrl = db.url() + "?socketFactory=" + RoundTripCountingSocketFactory.class.getName()
                    + "&" + StatementRecordingDriver.MARKER;
            try (Database counted = Database.connect(countedUrl, db.user(), db.password(), 1)) {
                OrderService countedService = new OrderService(counted.sessionFactory(), Clock.systemUTC());
                PlainJdbcOrderPlacer countedJdbc = new PlainJdbcOrderPlacer(counted.dataSource(), basket);
                long censusStart = System.nanoTime();
                serviceCensus = census(db, servicePlacer(countedService, cashier, basketLines), censusOrders);
                jdbcCensus = census(db, countedJdbc::place, censusOrders);
                System.out.printf(Locale.ROOT, "Census of rows and round trips done in %.1f s%n", (System.nanoTime() - censusStart) / 1e9);
            }
            serviceFingerprint = fingerprint(db, serviceCensus.lastOrderId());
            jdbcFingerprint = fingerprint(db, jdbcCensus.lastOrderId());

            // ---- timing
            OrderService service = new OrderService(database.sessionFactory(), Clock.systemUTC());
            PlainJdbcOrderPlacer jdbc = new PlainJdbcOrderPlacer(database.dataSource(), basket);
            Placer servicePath = servicePlacer(service, cashier, basketLines);
            Placer jdbcPath = jdbc::place;
            for (int threads : new int[] {1, 8}) {
                int orders = threads == 1 ? orders1 : orders8;
                // Hibernate's code paths need a couple of thousand orders before the JIT has compiled
                // them (on a busy 2-CPU machine, about 20 s); plain JDBC far fewer.
                long serviceWarmup = threads == 1 ? warmup * 1_000_000_000L : warmup * 250_000_000L;
                long jdbcWarmup = warmup * 250_000_000L;
                System.out.printf(Locale.ROOT, "Warming up on %d thread(s): JDBC %.0f s, service %.0f s...%n", threads,
                        jdbcWarmup / 1e9, serviceWarmup / 1e9);
                progress(measure(db, "JDBC warm-up", jdbcPath, threads, 0, jdbcWarmup));
                progress(measure(db, "service warm-up", servicePath, threads, 0, serviceWarmup));
                // Short alternating slices (A-B, B-A, A-B...): the machine's load drifts (other jobs,
                // growing tables), and both paths must see the same drift for their ratio to hold.
                int slices = Math.max(1, SLICES);
                long slice = seconds * 1_000_000_000L / slices;
                System.out.println(seconds > 0
                        ? String.format("Measuring each path for %d s on %d thread(s), in %d alternating slices...", seconds, threads, slices)
                        : String.format("Measuring %d orders per path on %d thread(s), in %d alternating slices...", orders, threads, slices));
                Result serviceTotal = null;
                Result jdbcTotal = null;
                List<Double> sliceRatios = new ArrayList<>();
                for (int k = 0; k < slices; k++) {
                    int count = orders / slices + (k < orders % slices ? 1 : 0);
                    Result s1;
                    Result j1;
                    if (k % 2 == 0) {
                        j1 = measure(db, "plain JDBC", jdbcPath, threads, count, slice);
                        s1 = measure(db, "service layer", servicePath, threads, count, slice);
                    } else {
                        s1 = measure(db, "service layer", servicePath, threads, count, slice);
                        j1 = measure(db, "plain JDBC", jdbcPath, threads, count, slice);
                    }
                    sliceRatios.add(s1.perSecond() / j1.perSecond());
                    System.out.printf(Locale.ROOT, "  slice %d: service %,5.0f orders/s (CPU %,5.0f µs/order), JDBC %,5.0f orders/s"
                                    + " (CPU %,5.0f µs/order), ratio %.2f%n", k + 1, s1.perSecond(), s1.cpuMicrosPerOrder(),
                            j1.perSecond(), j1.cpuMicrosPerOrder(), s1.perSecond() / j1.perSecond());
                    serviceTotal = serviceTotal == null ? s1 : Result.merge(serviceTotal, s1);
                    jdbcTotal = jdbcTotal == null ? j1 : Result.merge(jdbcTotal, j1);
                }
                results.add(serviceTotal);
                results.add(jdbcTotal);
                ratioSpread.put(threads, sliceRatios);
            }
        }

        // ---- raw baseline: the same transaction in plain SQL from pgbench (a C client, no JVM)
        if (withPgbench) {
            Optional<PgBenchBaseline> baseline = PgBenchBaseline.prepare(db, basket);
            if (baseline.isEmpty()) {
                System.out.println("pgbench is not on the PATH: the plain JDBC path is the baseline.");
            } else {
                try {
                    System.out.println("pgbench, same transaction in plain SQL...");
                    baseline.get().run(db, 1, 0, 100); // warm-up
                    long[] before = snapshot(db);
                    PgBenchBaseline.Run one = baseline.get().run(db, 1, seconds, orders1);
                    pgbenchRows = perOrder(before, snapshot(db), one.transactions());
                    pgbench.put(1, one);
                    pgbench.put(8, baseline.get().run(db, 8, seconds, orders8 / 8));
                } finally {
                    baseline.get().close();
                }
            }
        }

        environment += "; load average before / after the run: " + loadBefore + " / " + loadAverage();
        print(environment, results, ratioSpread, pgbench, serviceCensus, jdbcCensus, pgbenchRows, serviceFingerprint, jdbcFingerprint);
    }

    private static Placer servicePlacer(OrderService service, StaffPrincipal cashier, List<LineRequest> lines) {
        return () -> service.place(cashier, NewOrder.takeaway(STORE, Instant.now().plus(Duration.ofMinutes(30)), lines,
                PaymentRequest.cash(TENDERED))).id();
    }

    /**
     * Places orders on {@code threads} threads, all released at once: for {@code durationNanos} if
     * positive, else {@code orders} orders in all.
     */
    static Result measure(BenchDatabase db, String path, Placer placer, int threads, int orders, long durationNanos)
            throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[][] latencies = new long[threads][];
        long[] cpu = new long[threads];
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = {Long.MAX_VALUE};
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (BackendSampler sampler = BackendSampler.start(db)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int index = t;
                int count = durationNanos > 0 ? Integer.MAX_VALUE : orders / threads + (t < orders % threads ? 1 : 0);
                done.add(pool.submit(() -> {
                    long[] mine = new long[durationNanos > 0 ? 4096 : count];
                    int n = 0;
                    ready.countDown();
                    go.await();
                    long end = deadline[0];
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    while (n < count && (durationNanos <= 0 || System.nanoTime() < end)) {
                        long t0 = System.nanoTime();
                        placer.place();
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - t0;
                    }
                    cpu[index] = mx.getCurrentThreadCpuTime() - cpu0;
                    latencies[index] = Arrays.copyOf(mine, n);
                    return null;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            deadline[0] = start + durationNanos;
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            long wall = System.nanoTime() - start;
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
            return new Result(path, threads, all.length, wall, all, Arrays.stream(cpu).sum(), sampler.profile());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result progress(Result r) {
        System.out.printf(Locale.ROOT, "  %-16s %d thread(s): %,6d orders in %4.1f s = %,5.0f orders/s, client CPU %,5.0f µs/order%n",
                r.path(), r.threads(), r.orders(), r.wallNanos() / 1e9, r.perSecond(), r.cpuMicrosPerOrder());
        return r;
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "n/a";
        }
    }

    // ------------------------------------------------------------------ census

    private static final String[] COUNTED = {
            "customer_order rows", "order_line rows", "order_line_topping rows", "stock_movement rows", "payment rows",
            "order_status_change rows", "outbox_event rows", "audit_log rows", "stock rows updated", "ticket counter increments"};

    private static long[] snapshot(BenchDatabase db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM customer_order), (SELECT count(*) FROM order_line),"
                     + " (SELECT count(*) FROM order_line_topping), (SELECT count(*) FROM stock_movement),"
                     + " (SELECT count(*) FROM payment), (SELECT count(*) FROM order_status_change),"
                     + " (SELECT count(*) FROM outbox_event), (SELECT count(*) FROM audit_log),"
                     + " (SELECT sum(version) FROM stock), (SELECT coalesce(sum(last_number), 0) FROM order_number_counter)")) {
            rs.next();
            long[] counts = new long[COUNTED.length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(i + 1);
            }
            return counts;
        }
    }

    private static Map<String, Double> perOrder(long[] before, long[] after, long orders) {
        Map<String, Double> rows = new LinkedHashMap<>();
        for (int i = 0; i < COUNTED.length; i++) {
            rows.put(COUNTED[i], (after[i] - before[i]) / (double) orders);
        }
        return rows;
    }

    private static Census census(BenchDatabase db, Placer placer, int orders) throws Exception {
        for (int i = 0; i < 20; i++) {
            placer.place();
        }
        long[] before = snapshot(db);
        long trips0 = RoundTripCountingSocketFactory.ROUND_TRIPS.get();
        for (int i = 0; i < orders; i++) {
            placer.place();
        }
        long trips = RoundTripCountingSocketFactory.ROUND_TRIPS.get() - trips0;
        Map<String, Double> rows = perOrder(before, snapshot(db), orders);
        StatementRecordingDriver.start();
        long last = placer.place();
        List<String> statements = StatementRecordingDriver.stop();
        return new Census(rows, trips / (double) orders, statements, last);
    }

    /** What an order wrote, without ids and timestamps: must be the same for both paths. */
    private static String fingerprint(BenchDatabase db, long orderId) throws SQLException {
        String sql = "SELECT concat_ws(' | ',"
                + " (SELECT concat_ws(',', store_id, channel, fulfilment, status, total_cents, vat_cents, created_by, updated_by,"
                + "   version, customer_id, customer_name, note, business_date) FROM customer_order WHERE id = ?),"
                + " (SELECT string_agg(concat_ws(',', line_no, product_size_id, product_name, size_code, quantity, unit_price_cents,"
                + "   vat_rate, line_total_cents, note), ';' ORDER BY line_no) FROM order_line WHERE order_id = ?),"
                + " (SELECT string_agg(concat_ws(',', store_id, ingredient_id, kind, quantity_delta, staff_id, reason), ';'"
                + "   ORDER BY ingredient_id) FROM stock_movement WHERE order_id = ?),"
                + " (SELECT string_agg(concat_ws(',', method, status, amount_cents, tendered_cents, change_cents, staff_id), ';')"
                + "   FROM payment WHERE order_id = ?),"
                + " (SELECT string_agg(concat_ws(',', from_status, to_status, staff_id), ';') FROM order_status_change WHERE order_id = ?),"
                + " (SELECT string_agg(topic || ',' || type || ',' || (SELECT string_agg(k, '/' ORDER BY k)"
                + "   FROM jsonb_object_keys(payload) k), ';') FROM outbox_event WHERE order_id = ?))";
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= 6; i++) {
                ps.setLong(i, orderId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    // ------------------------------------------------------------------ report

    private static String environment(BenchDatabase db) throws SQLException {
        String server;
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), current_setting('synchronous_commit'),"
                     + " current_setting('shared_buffers')")) {
            rs.next();
            server = "PostgreSQL " + rs.getString(1) + " (synchronous_commit=" + rs.getString(2)
                    + ", shared_buffers=" + rs.getString(3) + ") at " + db.server().host() + ":" + db.server().port();
        }
        return LocalDate.now() + "; " + Runtime.getRuntime().availableProcessors() + " CPUs; Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "); " + server
                + "; HikariCP pool of " + POOL_SIZE;
    }

    private static void print(String environment, List<Result> results, Map<Integer, List<Double>> ratioSpread,
                              Map<Integer, PgBenchBaseline.Run> pgbench,
                              Census service, Census jdbc, Map<String, Double> pgbenchRows,
                              String serviceFingerprint, String jdbcFingerprint) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Order placement benchmark\n\n").append(environment).append("\n\n");
        out.append("Order: takeaway at store 1, Margherita M ×1 + Coca-Cola U ×1, paid cash.\n\n");
        out.append("| path | threads | orders | orders/s | mean ms | p50 ms | p99 ms | client CPU µs/order | round trips/order"
                + " | backends running / lock wait / idle in tx |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            Census census = r.path().startsWith("service") ? service : jdbc;
            out.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,.0f | %.2f | %.2f | %.2f | %,.0f | %.1f | %s |%n",
                    r.path(), r.threads(), r.orders(), r.perSecond(), r.meanMillis(), r.percentileMillis(50),
                    r.percentileMillis(99), r.cpuMicrosPerOrder(), census.roundTripsPerOrder(), profile(r.backends())));
        }
        for (PgBenchBaseline.Run run : pgbench.values()) {
            long[] lat = run.latenciesNanos().clone();
            Arrays.sort(lat);
            out.append(String.format(Locale.ROOT, "| pgbench, plain SQL | %d | %,d | %,.0f | %.2f | %.2f | %.2f | n/a | %d | %s |%n",
                    run.clients(), run.transactions(), run.tps(), Arrays.stream(lat).average().orElse(0) / 1e6,
                    percentile(lat, 50) / 1e6, percentile(lat, 99) / 1e6, run.roundTrips(), profile(run.backends())));
        }
        out.append("\n| threads | service orders/s | plain JDBC orders/s | service / JDBC | per slice (min–max) | JDBC / service |");
        out.append(pgbench.isEmpty() ? "\n|---:|---:|---:|---:|---:|---:|\n" : " pgbench tps | service / pgbench |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < results.size(); i += 2) {
            Result s = results.get(i);
            Result j = results.get(i + 1);
            List<Double> spread = ratioSpread.getOrDefault(s.threads(), List.of());
            out.append(String.format(Locale.ROOT, "| %d | %,.0f | %,.0f | **%.2f** | %.2f–%.2f | %.2f× |", s.threads(), s.perSecond(),
                    j.perSecond(), s.perSecond() / j.perSecond(),
                    spread.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                    spread.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                    j.perSecond() / s.perSecond()));
            PgBenchBaseline.Run run = pgbench.get(s.threads());
            if (run != null) {
                out.append(String.format(Locale.ROOT, " %,.0f | %.2f |", run.tps(), s.perSecond() / run.tps()));
            }
            out.append('\n');
        }
        out.append("\nRows per order (census of the instrumented pass):\n\n| | service | plain JDBC |")
                .append(pgbenchRows.isEmpty() ? "\n|---|---:|---:|\n" : " pgbench |\n|---|---:|---:|---:|\n");
        for (String key : COUNTED) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |", key, service.rowsPerOrder().get(key),
                    jdbc.rowsPerOrder().get(key)));
            if (!pgbenchRows.isEmpty()) {
                out.append(String.format(Locale.ROOT, " %.2f |", pgbenchRows.get(key)));
            }
            out.append('\n');
        }
        boolean sameRows = service.rowsPerOrder().equals(jdbc.rowsPerOrder());
        out.append("\nSame rows per order on both paths: ").append(sameRows ? "yes" : "**NO**").append('\n');
        out.append("Same content (order, lines, movements, payment, status, order event keys): ")
                .append(serviceFingerprint.equals(jdbcFingerprint) ? "yes" : "**NO**\n  service: " + serviceFingerprint
                        + "\n  jdbc:    " + jdbcFingerprint).append('\n');
        out.append("\nStatements sent for one order, service layer (").append(service.statements().size()).append("):\n\n");
        appendStatements(out, service.statements());
        out.append("\nStatements sent for one order, plain JDBC (").append(jdbc.statements().size()).append("):\n\n");
        appendStatements(out, jdbc.statements());
        System.out.println(out);
    }

    private static String profile(BackendSampler.Profile p) {
        return p == null ? "n/a" : String.format(Locale.ROOT, "%.1f / %.1f / %.1f", p.running(), p.lockWait(), p.idleInTransaction());
    }

    private static void appendStatements(StringBuilder out, List<String> statements) {
        int n = 1;
        for (String sql : statements) {
            String flat = sql.replaceAll("\\s+", " ").trim();
            out.append(String.format(Locale.ROOT, "%2d. `%s`%n", n++, flat.length() > 140 ? flat.substring(0, 137) + "..." : flat));
        }
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
