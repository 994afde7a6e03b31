package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.bench.PlainJdbcOrderPlacer.Basket;
import fr.ocpizza.pos.bench.PlainJdbcOrderPlacer.Line;
import fr.ocpizza.pos.bench.PlainJdbcOrderPlacer.Need;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The raw baseline of the machine: the same order transaction as plain SQL, run by {@code pgbench}
 * (a C client, prepared statements, no JVM at all) against the benchmark's database.
 */
final class PgBenchBaseline {

    /** What a pgbench run gave; latencies from its per-transaction log, in nanoseconds. */
    record Run(int clients, long transactions, double tps, long[] latenciesNanos, int roundTrips,
               BackendSampler.Profile backends, String output) {
    }

    private final BenchDatabase db;
    private final Path script;

    private PgBenchBaseline(BenchDatabase db, Path script) {
        this.db = db;
        this.script = script;
    }

    /** Empty when pgbench is not on the PATH. */
    static Optional<PgBenchBaseline> prepare(BenchDatabase db, Basket basket) throws IOException {
        try {
            Process version = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            if (version.waitFor() != 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        Path script = Files.createTempFile("ocpizza-order-", ".pgbench");
        Files.writeString(script, script(basket), StandardCharsets.UTF_8);
        return Optional.of(new PgBenchBaseline(db, script));
    }

    /**
     * The transaction of {@link PlainJdbcOrderPlacer} in pgbench's language: one statement per line,
     * results kept with {@code \gset}. Timestamps are now(); the JSON payloads are built in SQL.
     */
    static String script(Basket b) {
        StringBuilder s = new StringBuilder();
        long staff = b.staffId();
        s.append("BEGIN;\n");
        s.append("INSERT INTO customer_order (store_id, channel, fulfilment, status, promised_at, total_cents, vat_cents,"
                        + " created_by, updated_by, version, received_at, updated_at) VALUES (")
                .append(b.storeId()).append(", 'COUNTER', 'TAKEAWAY', 'RECEIVED', now() + interval '30 minutes', ")
                .append(b.totalCents()).append(", ").append(b.vatCents()).append(", ").append(staff).append(", ").append(staff)
                .append(", 0, now(), now()) RETURNING id AS order_id, ticket_number AS ticket \\gset\n");
        s.append("INSERT INTO order_line (order_id, line_no, product_size_id, product_name, size_code, quantity,"
                + " unit_price_cents, vat_rate, line_total_cents, note) VALUES ");
        for (int i = 0; i < b.lines().size(); i++) {
            Line l = b.lines().get(i);
            s.append(i == 0 ? "" : ", ").append("(:order_id, ").append(l.lineNo()).append(", ").append(l.productSizeId())
                    .append(", '").append(l.productName().replace("'", "''")).append("', '").append(l.sizeCode()).append("', ")
                    .append(l.quantity()).append(", ").append(l.unitPriceCents()).append(", ").append(l.vatRate())
                    .append(", ").append(l.lineTotalCents()).append(", NULL)");
        }
        s.append(";\n");
        for (int i = 0; i < b.needs().size(); i++) {
            Need n = b.needs().get(i);
            s.append("UPDATE stock SET quantity = quantity - ").append(n.quantity())
                    .append(", version = version + 1, updated_at = now() WHERE store_id = ").append(b.storeId())
                    .append(" AND ingredient_id = ").append(n.ingredientId()).append(" AND quantity >= ").append(n.quantity())
                    .append(" RETURNING quantity AS q").append(i).append(", low_threshold AS t").append(i).append(" \\gset\n");
        }
        s.append("INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta, quantity_after, order_id,"
                + " staff_id, created_at) VALUES ");
        for (int i = 0; i < b.needs().size(); i++) {
            Need n = b.needs().get(i);
            s.append(i == 0 ? "" : ", ").append("(").append(b.storeId()).append(", ").append(n.ingredientId())
                    .append(", 'ORDER_CONSUMPTION', -").append(n.quantity()).append(", :q").append(i)
                    .append(", :order_id, ").append(staff).append(", now())");
        }
        s.append(";\n");
        s.append("INSERT INTO payment (order_id, method, status, amount_cents, tendered_cents, change_cents, staff_id,"
                        + " created_at, updated_at) VALUES (:order_id, 'CASH', 'CAPTURED', ")
                .append(b.totalCents()).append(", ").append(b.tenderedCents()).append(", ")
                .append(b.tenderedCents() - b.totalCents()).append(", ").append(staff).append(", now(), now());\n");
        s.append("INSERT INTO order_status_change (order_id, from_status, to_status, staff_id, changed_at)"
                + " VALUES (:order_id, NULL, 'RECEIVED', ").append(staff).append(", now());\n");
        s.append("INSERT INTO outbox_event (event_id, store_id, topic, type, order_id, payload, created_at) VALUES")
                .append(" (gen_random_uuid(), ").append(b.storeId()).append(", 'orders', 'ORDER_PLACED', :order_id,")
                .append(" jsonb_build_object('type', 'ORDER_PLACED', 'storeId', ").append(b.storeId())
                .append(", 'at', now(), 'orderId', :order_id::bigint, 'ticketNumber', :ticket::integer, 'status', 'RECEIVED',")
                .append(" 'channel', 'COUNTER', 'fulfilment', 'TAKEAWAY', 'promisedAt', now() + interval '30 minutes',")
                .append(" 'version', 0), now()),")
                .append(" (gen_random_uuid(), ").append(b.storeId()).append(", 'stock', 'STOCK_CHANGED', NULL,")
                .append(" jsonb_build_object('type', 'STOCK_CHANGED', 'storeId', ").append(b.storeId())
                .append(", 'at', now(), 'items', jsonb_build_array(");
        for (int i = 0; i < b.needs().size(); i++) {
            Need n = b.needs().get(i);
            s.append(i == 0 ? "" : ", ").append("jsonb_build_object('ingredientId', ").append(n.ingredientId())
                    .append(", 'ingredientCode', '").append(n.ingredientCode()).append("', 'quantity', :q").append(i)
                    .append("::numeric, 'delta', -").append(n.quantity()).append(")");
        }
        s.append(")), now());\n");
        s.append("COMMIT;\n");
        return s.toString();
    }

    /**
     * Runs on {@code clients} connections for {@code seconds} if positive, else
     * {@code transactionsPerClient} transactions on each.
     */
    Run run(BenchDatabase db, int clients, int seconds, int transactionsPerClient)
            throws IOException, InterruptedException, java.sql.SQLException {
        Path logs = Files.createTempDirectory("ocpizza-pgbench-");
        try (BackendSampler sampler = BackendSampler.start(db)) {
            List<String> command = List.of("pgbench", "-n", "-M", "prepared", "-f", script.toString(),
                    "-c", String.valueOf(clients), "-j", String.valueOf(clients),
                    seconds > 0 ? "-T" : "-t", String.valueOf(seconds > 0 ? seconds : transactionsPerClient),
                    "-l", "--log-prefix=" + logs.resolve("pgb"),
                    "-h", db.server().host(), "-p", String.valueOf(db.server().port()), "-U", db.user(), db.name());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (!db.password().isEmpty()) {
                builder.environment().put("PGPASSWORD", db.password());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            long transactions = Long.parseLong(find(output, "number of transactions actually processed: (\\d+)"));
            double tps = Double.parseDouble(find(output, "tps = ([0-9.]+)"));
            List<Long> latencies = new ArrayList<>();
            try (Stream<Path> files = Files.list(logs)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("pgb")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String[] fields = line.trim().split("\\s+");
                        if (fields.length >= 3) {
                            latencies.add(Long.parseLong(fields[2]) * 1_000L); // microseconds in the log
                        }
                    }
                }
            }
            return new Run(clients, transactions, tps, latencies.stream().mapToLong(Long::longValue).toArray(),
                    (int) Files.readAllLines(script).stream().filter(l -> !l.isBlank()).count(), sampler.profile(), output);
        } finally {
            try (Stream<Path> files = Files.walk(logs)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    void close() throws IOException {
        Files.deleteIfExists(script);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("pgbench output lacks /" + regex + "/:\n" + text);
        }
        return m.group(1);
    }
}
