package fr.ocpizza.pos.application.demo;

import fr.ocpizza.pos.application.report.ReportRollupJob;
import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.application.supervision.LiveUpdates;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeats;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.persistence.CatalogQueries;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Eight weeks of order history for the demo chain ({@code db seed --demo}, the embedded first
 * start), so that reports, charts, the run-out forecast and the terminals view have something to
 * show on the first look. Written for the demo only: never on a database that already holds an
 * order.
 *
 * <p>Every order is what a terminal or the online shop would have written (docs/schema.md): priced
 * and costed by the domain's {@code OrderPricing} and {@code StockRequirement}, ticket numbers and
 * business dates left to the trigger, status history equal to the order's step times, one payment,
 * its ledger rows, an audit row per cancellation. It writes no outbox event: the history is
 * nothing the screens must hear of. The stock ends where it started (see {@link HistoryLedger}).
 * Loaded with {@code COPY} in one transaction; the reports' rollup of those days follows.
 */
public final class DemoHistory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

    /** Days of history, yesterday the last. */
    public static final int DAYS = 56;
    /** Regular customers per pizzeria. */
    private static final int CUSTOMERS_PER_STORE = 120;
    /** How busy each demo pizzeria is against the others, as its opening stock is scaled. */
    private static final Map<Integer, Double> STORE_FACTOR = Map.of(1, 1.0, 2, 0.9, 3, 1.1, 4, 0.8, 5, 1.2);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int ID_BLOCK = 4096;

    /** What was loaded. */
    public record Outcome(int stores, int days, long orders, long cancelled, long ledgerRows, Duration took) {
    }

    private DemoHistory() {
    }

    /** The first day of the history: {@value #DAYS} days before today, in Paris. */
    public static LocalDate firstDay(Clock clock) {
        return LocalDate.now(clock.withZone(PARIS)).minusDays(DAYS);
    }

    /**
     * When the demo's opening stock is dated if the history follows it: the first morning of the
     * history, before its first delivery, so that the ledger reads in time order.
     */
    public static Instant openingStockAt(Clock clock) {
        return firstDay(clock).atTime(9, 0).atZone(PARIS).toInstant();
    }

    /**
     * Loads the history of the {@value #DAYS} days before today into the demo chain, unless the
     * database holds an order already (then nothing is written and the result is empty).
     */
    public static Optional<Outcome> load(SessionFactory sessions, Clock clock) {
        long started = System.nanoTime();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = firstDay(clock); day.isBefore(firstDay(clock).plusDays(DAYS)); day = day.plusDays(1)) {
            days.add(day);
        }
        Optional<long[]> written = sessions.fromTransaction(session -> {
            Menu menu = CatalogQueries.menu(session);
            List<Ingredient> ingredients = CatalogQueries.ingredients(session);
            return session.doReturningWork(connection -> write(connection, menu, ingredients, days));
        });
        if (written.isEmpty()) {
            return Optional.empty();
        }
        long loaded = System.nanoTime();
        analyze(sessions);
        long analyzed = System.nanoTime();
        List<Integer> stores = storeIds(sessions);
        for (int store : stores) {
            new ReportRollupJob(sessions, store, clock).runOnce();
        }
        heartbeats(sessions, stores, days.get(days.size() - 1));
        long[] counts = written.get();
        Outcome outcome = new Outcome(stores.size(), DAYS, counts[0], counts[1], counts[2],
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Demo history: {} orders ({} cancelled) and {} ledger rows over {} days of {} stores in {} ms"
                        + " (written {} ms, analysed {} ms, rolled up {} ms)", outcome.orders(), outcome.cancelled(),
                outcome.ledgerRows(), DAYS, stores.size(), outcome.took().toMillis(), (loaded - started) / 1_000_000,
                (analyzed - loaded) / 1_000_000, (System.nanoTime() - analyzed) / 1_000_000);
        return Optional.of(outcome);
    }

    /** Orders, cancelled orders and ledger rows written; empty if there were orders already. */
    private static Optional<long[]> write(Connection connection, Menu menu, List<Ingredient> ingredients,
                                          List<LocalDate> days) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet any = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM customer_order)")) {
            any.next();
            if (any.getBoolean(1)) {
                return Optional.empty();
            }
        }
        Map<String, Long> staff = staffIds(connection);
        Map<Integer, Unit> units = new HashMap<>();
        for (Ingredient ingredient : ingredients) {
            units.put(ingredient.id(), ingredient.unit());
        }
        Ids orderIds = new Ids(connection, "customer_order");
        Ids lineIds = new Ids(connection, "order_line");
        Ids customerIds = new Ids(connection, "customer");
        Ids addressIds = new Ids(connection, "customer_address");
        HistoryRows rows = new HistoryRows();
        long orders = 0;
        long cancelled = 0;
        Map<Integer, Map<Integer, BigDecimal>> corrections = new TreeMap<>();
        for (StoreRow store : stores(connection)) {
            Map<Integer, BigDecimal> stock = stock(connection, store.id());
            Set<Integer> missing = new HashSet<>(units.keySet());
            stock.forEach((ingredient, quantity) -> {
                if (quantity.signum() > 0) {
                    missing.remove(ingredient);
                }
            });
            DemoCustomers customers = DemoCustomers.of(store.id(), store.postalCode(), CUSTOMERS_PER_STORE,
                    openingStockAtOf(days), customerIds, addressIds);
            rows.customers(customers);
            HistoryPlanner.Crew crew = new HistoryPlanner.Crew(demoStaff(staff, "caisse" + store.id()),
                    demoStaff(staff, "pizzaiolo" + store.id()), demoStaff(staff, "livreur" + store.id()));
            HistoryPlanner planner = new HistoryPlanner(store.id(), STORE_FACTOR.getOrDefault(store.id(), 1.0), store.zone(),
                    menu, missing, crew, customers, orderIds);
            List<PlannedOrder> storeOrders = new ArrayList<>();
            for (LocalDate day : days) {
                storeOrders.addAll(planner.day(day));
            }
            for (PlannedOrder order : storeOrders) {
                rows.order(order, lineIds);
                cancelled += order.cancelled() ? 1 : 0;
            }
            orders += storeOrders.size();
            HistoryLedger ledger = HistoryLedger.of(store.code(), store.zone(), demoStaff(staff, "gerant" + store.id()), stock, units,
                    days, storeOrders);
            rows.ledger(store.id(), ledger);
            ledger.finalQuantities().forEach((ingredient, quantity) -> {
                BigDecimal left = quantity.subtract(stock.get(ingredient));
                if (left.signum() != 0) {
                    corrections.computeIfAbsent(store.id(), id -> new TreeMap<>()).put(ingredient, left);
                }
            });
        }
        long ledgerRows = rows.copy(connection);
        followLedger(connection, corrections);
        return Optional.of(new long[] {orders, cancelled, ledgerRows});
    }

    /**
     * A store whose deliveries could not bring an ingredient back to today's quantity (an
     * ingredient so short that a cancellation left more than the day used): its stock row
     * takes what the history left over, relatively (an order placed meanwhile keeps its share),
     * so that {@code stock.quantity} stays the ledger's sum.
     */
    private static void followLedger(Connection connection, Map<Integer, Map<Integer, BigDecimal>> corrections)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE stock SET quantity = quantity + ?, version = version + 1,"
                + " updated_at = now() WHERE store_id = ? AND ingredient_id = ?")) {
            for (var store : corrections.entrySet()) {
                for (var ingredient : store.getValue().entrySet()) {
                    update.setBigDecimal(1, ingredient.getValue());
                    update.setInt(2, store.getKey());
                    update.setInt(3, ingredient.getKey());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    /**
     * Tells the planner what the tables now hold: right after a bulk load its statistics still
     * describe nearly empty tables, and a report would read them with nested loops for minutes
     * until autovacuum catches up.
     */
    private static void analyze(SessionFactory sessions) {
        sessions.inTransaction(session -> session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE customer, customer_phone, customer_address, customer_order, order_line,"
                        + " order_line_topping, order_status_change, payment, stock_movement, audit_log");
            }
        }));
    }

    private static Instant openingStockAtOf(List<LocalDate> days) {
        return days.get(0).atTime(9, 0).atZone(PARIS).toInstant();
    }

    /**
     * The demo's terminals as they were left last night: a counter and a kitchen per pizzeria,
     * closed normally after the evening service (STOPPED in the terminals view).
     */
    private static void heartbeats(SessionFactory sessions, List<Integer> stores, LocalDate lastDay) {
        TerminalHeartbeats heartbeats = new TerminalHeartbeats(sessions);
        String version = Optional.ofNullable(DemoHistory.class.getPackage().getImplementationVersion()).orElse("dev");
        for (int store : stores) {
            for (String workspace : List.of("counter", "kitchen")) {
                UUID id = UUID.nameUUIDFromBytes(("ocpizza-demo-" + store + "-" + workspace).getBytes(StandardCharsets.UTF_8));
                Instant startedAt = lastDay.atTime(10, 40 + store).atZone(PARIS).toInstant();
                Instant stoppedAt = lastDay.atTime(23, 20 + store).atZone(PARIS).toInstant();
                String host = ("counter".equals(workspace) ? "caisse-" : "cuisine-") + "par0" + store;
                heartbeats.save(new Heartbeat(id, host, store, workspace, null, version, stoppedAt.minusSeconds(1500), null,
                        null, true, LiveUpdates.REDIS_UP, 15, startedAt, stoppedAt, stoppedAt));
            }
        }
    }

    private record StoreRow(int id, String code, String postalCode, ZoneId zone) {
    }

    private static List<StoreRow> stores(Connection connection) throws SQLException {
        List<StoreRow> stores = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, code, postal_code, time_zone FROM store WHERE active ORDER BY id")) {
            while (rs.next()) {
                stores.add(new StoreRow(rs.getInt(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))));
            }
        }
        return stores;
    }

    private static List<Integer> storeIds(SessionFactory sessions) {
        return sessions.fromTransaction(session ->
                session.createNativeQuery("SELECT id FROM store WHERE active ORDER BY id", Integer.class).getResultList());
    }

    /** The history is the demo chain's: its staff sign its orders. */
    private static long demoStaff(Map<String, Long> staff, String login) {
        Long id = staff.get(login);
        if (id == null) {
            throw new IllegalStateException("The demo history needs the demo staff, and " + login + " is missing:"
                    + " load it on the demo chain (db seed --demo), not on another database.");
        }
        return id;
    }

    private static Map<String, Long> staffIds(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT login, id FROM staff")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static Map<Integer, BigDecimal> stock(Connection connection, int storeId) throws SQLException {
        Map<Integer, BigDecimal> stock = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ingredient_id, quantity FROM stock WHERE store_id = ? ORDER BY ingredient_id")) {
            select.setInt(1, storeId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    stock.put(rs.getInt(1), rs.getBigDecimal(2));
                }
            }
        }
        return stock;
    }

    /**
     * Ids from a table's own sequence, taken a block at a time, so that rows sent by COPY can
     * reference each other (a line its order, a topping its line) and no other writer's id is taken.
     */
    static final class Ids implements java.util.function.LongSupplier {
        private final Connection connection;
        private final String sql;
        private final long[] block = new long[ID_BLOCK];
        private int next = ID_BLOCK;

        Ids(Connection connection, String table) {
            this.connection = connection;
            this.sql = "SELECT nextval(pg_get_serial_sequence('" + table + "', 'id')) FROM generate_series(1, " + ID_BLOCK + ")";
        }

        @Override
        public long getAsLong() {
            if (next == ID_BLOCK) {
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                    for (int i = 0; rs.next(); i++) {
                        block[i] = rs.getLong(1);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot take ids for the demo history: " + e.getMessage(), e);
                }
                java.util.Arrays.sort(block);
                next = 0;
            }
            return block[next++];
        }
    }
}
