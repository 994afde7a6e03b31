package fr.ocpizza.pos.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ocpizza.pos.application.live.EventType;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Writes one online order exactly as docs/schema.md section 5.2 says, step by step, in one
 * transaction with plain JDBC: (a) customer, phone and address, (b) the order, (c) lines and
 * toppings, (d) the stock, one conditional update per ingredient in ascending id, (e) one ledger
 * row each, (f) the status history, (g) the payment, (h) the outbox events. A stock row that
 * cannot cover the order rolls everything back and the order is refused; any other error rolls
 * back too and the order has failed. Nothing is published: the terminals' outbox relay does that.
 */
final class ShopOrderWriter {

    /** Lock conflicts are retried as section 5.4 says; the external reference makes a retry safe. */
    private static final int ATTEMPTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final SecureRandom IDS = new SecureRandom();
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** Step (d): what the order's lines consume per ingredient, in locking order (the query of section 5.2). */
    private static final String REQUIREMENT = "SELECT x.ingredient_id, sum(x.quantity) AS quantity FROM ("
            + "  SELECT ri.ingredient_id, ri.quantity * ol.quantity AS quantity"
            + "  FROM order_line ol JOIN recipe_item ri ON ri.product_size_id = ol.product_size_id"
            + "  WHERE ol.order_id = ? AND NOT EXISTS (SELECT 1 FROM order_line_topping t"
            + "    WHERE t.order_line_id = ol.id AND t.ingredient_id = ri.ingredient_id AND t.change = 'REMOVE')"
            + "  UNION ALL"
            + "  SELECT t.ingredient_id, et.quantity * ol.quantity"
            + "  FROM order_line ol JOIN order_line_topping t ON t.order_line_id = ol.id AND t.change = 'ADD'"
            + "  JOIN extra_topping et ON et.ingredient_id = t.ingredient_id AND et.size_code = ol.size_code"
            + "  WHERE ol.order_id = ?"
            + ") x GROUP BY x.ingredient_id ORDER BY x.ingredient_id";

    private final DataSource dataSource;
    private final int storeId;
    private final ShopMenu menu;

    /** The order row as the database returned it: what the ORDER_PLACED event repeats. */
    private record OrderRow(long id, int ticketNumber, OffsetDateTime receivedAt, OffsetDateTime promisedAt, String status,
                            String channel, String fulfilment, long version) {
    }

    /** One stock row after the order took from it. */
    private record StockChange(int ingredientId, BigDecimal delta, BigDecimal quantityAfter, BigDecimal lowThreshold) {

        boolean crossedThresholdDown() {
            return quantityAfter.compareTo(lowThreshold) <= 0 && quantityAfter.subtract(delta).compareTo(lowThreshold) > 0;
        }
    }

    /** Step (d) found a stock row that cannot cover the order. */
    private static final class OutOfStock extends Exception {
        private final int ingredientId;

        OutOfStock(int ingredientId) {
            super(null, null, false, false);
            this.ingredientId = ingredientId;
        }
    }

    ShopOrderWriter(DataSource dataSource, int storeId, ShopMenu menu) {
        this.dataSource = dataSource;
        this.storeId = storeId;
        this.menu = menu;
    }

    /** Places the order under a new shop reference {@code WEB-<uuid>}; never throws. */
    OrderOutcome place(OrderPlan plan) {
        String externalRef = "WEB-" + UUID.randomUUID();
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                if (attempt > 1) {
                    Optional<OrderOutcome> earlier = alreadyPlaced(connection, plan, externalRef);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                }
                return inTransaction(connection, plan, externalRef);
            } catch (OutOfStock e) {
                return new OrderOutcome.Refused(plan, menu.ingredientName(e.ingredientId));
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && isLockConflict(e)) {
                    continue;
                }
                return new OrderOutcome.Failed(plan, reason(e));
            } catch (RuntimeException e) {
                return new OrderOutcome.Failed(plan, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
            }
        }
    }

    private OrderOutcome inTransaction(Connection connection, OrderPlan plan, String externalRef)
            throws SQLException, OutOfStock {
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        try {
            OrderRow order = write(connection, plan, externalRef);
            connection.commit();
            return new OrderOutcome.Placed(plan, order.id(), order.ticketNumber(), System.nanoTime() - start);
        } catch (SQLException | OutOfStock | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    private OrderRow write(Connection c, OrderPlan plan, String externalRef) throws SQLException, OutOfStock {
        long customerId = customer(c, plan.customer());
        Long addressId = plan.fulfilment() == OrderPlan.Fulfilment.DELIVERY ? address(c, customerId, plan.customer().address()) : null;
        OrderRow order = insertOrder(c, plan, customerId, addressId, externalRef);
        insertLines(c, order.id(), plan.basket());
        List<StockChange> changes = takeStock(c, order.id());
        insertLedger(c, order.id(), changes);
        update(c, "INSERT INTO order_status_change (order_id, from_status, to_status, staff_id) VALUES (?, NULL, 'RECEIVED', NULL)",
                order.id());
        insertPayment(c, order.id(), plan);
        insertEvents(c, order, changes);
        return order;
    }

    /** (a) The account's customer row, found by phone and name, else created with the phone. */
    private static long customer(Connection c, ShopCustomer customer) throws SQLException {
        Optional<Long> existing = queryLong(c, "SELECT c.id FROM customer c JOIN customer_phone p ON p.customer_id = c.id"
                + " WHERE p.phone = ? AND c.last_name = ? AND c.first_name = ? ORDER BY c.id LIMIT 1",
                customer.phone(), customer.lastName(), customer.firstName());
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = queryLong(c, "INSERT INTO customer (first_name, last_name, email) VALUES (?, ?, ?) RETURNING id",
                customer.firstName(), customer.lastName(), customer.email()).orElseThrow();
        update(c, "INSERT INTO customer_phone (customer_id, phone, label) VALUES (?, ?, 'mobile')"
                + " ON CONFLICT (customer_id, phone) DO NOTHING", id, customer.phone());
        return id;
    }

    /** (a) For a delivery: the customer's unchanged address row if there is one, else a new row. */
    private static long address(Connection c, long customerId, ShopCustomer.Address a) throws SQLException {
        Optional<Long> existing = queryLong(c, "SELECT id FROM customer_address WHERE customer_id = ?"
                + " AND label IS NOT DISTINCT FROM ? AND line1 = ? AND line2 IS NOT DISTINCT FROM ? AND postal_code = ?"
                + " AND city = ? AND instructions IS NOT DISTINCT FROM ? ORDER BY id DESC LIMIT 1",
                customerId, a.label(), a.line1(), a.line2(), a.postalCode(), a.city(), a.instructions());
        if (existing.isPresent()) {
            return existing.get();
        }
        return queryLong(c, "INSERT INTO customer_address (customer_id, label, line1, line2, postal_code, city, instructions)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                customerId, a.label(), a.line1(), a.line2(), a.postalCode(), a.city(), a.instructions()).orElseThrow();
    }

    /** (b) business_date, ticket_number, received_at, updated_at and version are left to the trigger and the defaults. */
    private OrderRow insertOrder(Connection c, OrderPlan plan, long customerId, Long addressId, String externalRef)
            throws SQLException {
        Basket basket = plan.basket();
        try (PreparedStatement ps = prepare(c, "INSERT INTO customer_order (store_id, channel, fulfilment, status,"
                        + " customer_id, customer_name, delivery_address_id, external_ref, promised_at, note, total_cents, vat_cents)"
                        + " VALUES (?, 'ONLINE', ?, 'RECEIVED', ?, ?, ?, ?, now() + make_interval(mins => ?), ?, ?, ?)"
                        + " RETURNING id, ticket_number, received_at, promised_at, status, channel, fulfilment, version",
                storeId, plan.fulfilment().name(), customerId, plan.customer().fullName(), addressId, externalRef,
                plan.promisedInMinutes(), plan.note(), basket.totalCents(), basket.vatCents());
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new OrderRow(rs.getLong(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class),
                    rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8));
        }
    }

    /** (c) Lines numbered 1…n in basket order with their snapshots, then their toppings. */
    private static void insertLines(Connection c, long orderId, Basket basket) throws SQLException {
        try (PreparedStatement toppings = c.prepareStatement("INSERT INTO order_line_topping (order_line_id, ingredient_id,"
                + " change, price_cents) VALUES (?, ?, ?, ?)")) {
            int lineNo = 0;
            boolean anyTopping = false;
            for (Basket.Line line : basket.lines()) {
                ShopMenu.Size size = line.size();
                long lineId = queryLong(c, "INSERT INTO order_line (order_id, line_no, product_size_id, product_name, size_code,"
                                + " quantity, unit_price_cents, vat_rate, line_total_cents, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " RETURNING id", orderId, ++lineNo, size.productSizeId(), size.productName(), size.sizeCode(),
                        line.quantity(), line.unitPriceCents(), size.vatRate(), line.lineTotalCents(), line.note()).orElseThrow();
                for (ShopMenu.Extra extra : line.added()) {
                    bind(toppings, lineId, extra.ingredientId(), "ADD", extra.priceCents()).addBatch();
                    anyTopping = true;
                }
                for (int ingredientId : line.removed()) {
                    bind(toppings, lineId, ingredientId, "REMOVE", 0).addBatch();
                    anyTopping = true;
                }
            }
            if (anyTopping) {
                toppings.executeBatch();
            }
        }
    }

    /** (d) One conditional update per ingredient, ascending id; zero rows is short stock. */
    private List<StockChange> takeStock(Connection c, long orderId) throws SQLException, OutOfStock {
        List<Object[]> needs = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, REQUIREMENT, orderId, orderId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                needs.add(new Object[] {rs.getInt(1), rs.getBigDecimal(2)});
            }
        }
        List<StockChange> changes = new ArrayList<>();
        try (PreparedStatement take = c.prepareStatement("UPDATE stock SET quantity = quantity - ?, version = version + 1,"
                + " updated_at = now() WHERE store_id = ? AND ingredient_id = ? AND quantity >= ? RETURNING quantity, low_threshold")) {
            for (Object[] need : needs) {
                int ingredientId = (Integer) need[0];
                BigDecimal quantity = (BigDecimal) need[1];
                try (ResultSet rs = bind(take, quantity, storeId, ingredientId, quantity).executeQuery()) {
                    if (!rs.next()) {
                        throw new OutOfStock(ingredientId);
                    }
                    changes.add(new StockChange(ingredientId, quantity.negate(), rs.getBigDecimal(1), rs.getBigDecimal(2)));
                }
            }
        }
        return changes;
    }

    /** (e) One ORDER_CONSUMPTION ledger row per stock row taken, with the quantity the update returned. */
    private void insertLedger(Connection c, long orderId, List<StockChange> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stock_movement (store_id, ingredient_id, kind,"
                + " quantity_delta, quantity_after, order_id, staff_id) VALUES (?, ?, 'ORDER_CONSUMPTION', ?, ?, ?, NULL)")) {
            for (StockChange change : changes) {
                bind(ps, storeId, change.ingredientId(), change.delta(), change.quantityAfter(), orderId).addBatch();
            }
            ps.executeBatch();
        }
    }

    /** (g) Exactly one payment row for the order's total. */
    private static void insertPayment(Connection c, long orderId, OrderPlan plan) throws SQLException {
        boolean paypal = plan.payment() == OrderPlan.Payment.PAYPAL;
        // Simulated PayPal order and capture ids, marked "SIM-": no PayPal call is made. They are random
        // (not from the seed) because the schema keeps (provider, provider_order_id) unique across runs.
        update(c, "INSERT INTO payment (order_id, method, status, amount_cents, provider, provider_order_id,"
                        + " provider_capture_id, staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                orderId, plan.payment().name(), paypal ? "CAPTURED" : "PENDING", plan.basket().totalCents(),
                paypal ? "PAYPAL" : null, paypal ? simulatedPayPalId() : null, paypal ? simulatedPayPalId() : null);
    }

    /**
     * (h) ORDER_PLACED (topic orders), then STOCK_CHANGED and any STOCK_LOW (topic stock), as the
     * terminals write them; {@code seq} and {@code published_at} are left NULL for the relay (docs/events.md).
     */
    private void insertEvents(Connection c, OrderRow order, List<StockChange> changes) throws SQLException {
        String at = iso(order.receivedAt()); // received_at defaults to now(): the transaction time
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (event_id, store_id, topic, type, order_id,"
                + " payload) VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
            addEvent(ps, EventType.ORDER_PLACED, order.id(), at, payload -> payload
                    .put("orderId", order.id())
                    .put("ticketNumber", order.ticketNumber())
                    .put("status", order.status())
                    .put("channel", order.channel())
                    .put("fulfilment", order.fulfilment())
                    .put("promisedAt", iso(order.promisedAt()))
                    .put("version", order.version()));
            if (!changes.isEmpty()) {
                addEvent(ps, EventType.STOCK_CHANGED, null, at, payload -> {
                    ArrayNode items = payload.putArray("items");
                    for (StockChange change : changes) {
                        items.addObject()
                                .put("ingredientId", change.ingredientId())
                                .put("ingredientCode", menu.ingredientCode(change.ingredientId()))
                                .put("quantity", change.quantityAfter())
                                .put("delta", change.delta());
                    }
                });
            }
            for (StockChange change : changes) {
                if (change.crossedThresholdDown()) {
                    ShopMenu.Ingredient ingredient = menu.ingredient(change.ingredientId()).orElseThrow();
                    addEvent(ps, EventType.STOCK_LOW, null, at, payload -> payload
                            .put("ingredientId", ingredient.id())
                            .put("ingredientCode", ingredient.code())
                            .put("ingredientName", ingredient.name())
                            .put("unit", ingredient.unit())
                            .put("quantity", change.quantityAfter())
                            .put("lowThreshold", change.lowThreshold()));
                }
            }
            ps.executeBatch();
        }
    }

    /** The vocabulary is the terminals' one; the rows are written by hand, as the online shop would. */
    private void addEvent(PreparedStatement ps, EventType type, Long orderId, String at,
                          Consumer<ObjectNode> fields) throws SQLException {
        UUID eventId = UUID.randomUUID();
        ObjectNode payload = JSON.createObjectNode()
                .put("type", type.name())
                .put("eventId", eventId.toString())
                .put("storeId", storeId)
                .put("at", at);
        fields.accept(payload);
        bind(ps, eventId, storeId, type.topic().topicName(), type.name(), orderId, payload.toString()).addBatch();
    }

    /** Before a retry (5.1): an earlier attempt may have committed after all. */
    private static Optional<OrderOutcome> alreadyPlaced(Connection c, OrderPlan plan, String externalRef) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT id, ticket_number FROM customer_order WHERE external_ref = ?", externalRef);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new OrderOutcome.Placed(plan, rs.getLong(1), rs.getInt(2), 0)) : Optional.empty();
        }
    }

    private static boolean isLockConflict(SQLException e) {
        return "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }

    /** "23514 new row for relation "customer_order" violates check constraint …": the state and the first line. */
    private static String reason(SQLException e) {
        String message = firstLine(e.getMessage()).replaceFirst("^ERROR: ", "");
        return e.getSQLState() == null ? message : e.getSQLState() + " " + message;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }

    /** ISO-8601 with the Paris offset, to the millisecond, as the terminals' outbox writes it. */
    private static String iso(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MILLIS).atZone(PARIS).toOffsetDateTime().toString();
    }

    private static String simulatedPayPalId() {
        StringBuilder id = new StringBuilder("SIM-");
        for (int i = 0; i < 17; i++) {
            id.append(ID_CHARS.charAt(IDS.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            ps.executeUpdate();
        }
    }

    private static Optional<Long> queryLong(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            return bind(ps, args);
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    /** Binds by position; a null goes untyped and PostgreSQL takes the column's type. */
    private static PreparedStatement bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
        return ps;
    }
}
