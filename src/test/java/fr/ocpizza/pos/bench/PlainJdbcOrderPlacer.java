package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.PricedLine;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.stock.StockRequirement;
import fr.ocpizza.pos.persistence.CatalogQueries;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * The transaction of {@code OrderService.place} written by hand, for one fixed basket: same rows,
 * same conditional stock updates in the same (ingredient id) order, same outbox events. What a
 * hand-written fast path would do differently is kept: prices and recipe looked up once before
 * timing, repeated inserts of one statement sent as one JDBC batch, nothing read back.
 */
final class PlainJdbcOrderPlacer {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final String INSERT_ORDER = "INSERT INTO customer_order (store_id, channel, fulfilment, status,"
            + " promised_at, total_cents, vat_cents, created_by, updated_by, version, received_at, updated_at)"
            + " VALUES (?, 'COUNTER', 'TAKEAWAY', 'RECEIVED', ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id, ticket_number";
    private static final String INSERT_LINE = "INSERT INTO order_line (order_id, line_no, product_size_id, product_name,"
            + " size_code, quantity, unit_price_cents, vat_rate, line_total_cents, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TAKE_STOCK = "UPDATE stock SET quantity = quantity - ?, version = version + 1, updated_at = ?"
            + " WHERE store_id = ? AND ingredient_id = ? AND quantity >= ? RETURNING quantity, low_threshold";
    private static final String INSERT_MOVEMENT = "INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta,"
            + " quantity_after, order_id, staff_id, created_at) VALUES (?, ?, 'ORDER_CONSUMPTION', ?, ?, ?, ?, ?)";
    private static final String INSERT_PAYMENT = "INSERT INTO payment (order_id, method, status, amount_cents, tendered_cents,"
            + " change_cents, staff_id, created_at, updated_at) VALUES (?, 'CASH', 'CAPTURED', ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STATUS = "INSERT INTO order_status_change (order_id, from_status, to_status, staff_id,"
            + " changed_at) VALUES (?, NULL, 'RECEIVED', ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO outbox_event (event_id, store_id, topic, type, order_id, payload,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)";

    /** One line of the fixed basket, priced. */
    record Line(int lineNo, int productSizeId, String productName, String sizeCode, int quantity, int unitPriceCents,
                BigDecimal vatRate, int lineTotalCents) {
    }

    /** One ingredient the basket consumes. */
    record Need(int ingredientId, String ingredientCode, BigDecimal quantity) {
    }

    /** The basket, priced, with the stock it consumes: looked up once, before timing. */
    record Basket(int storeId, long staffId, List<Line> lines, int totalCents, int vatCents, int tenderedCents,
                  List<Need> needs) {

        static Basket of(SessionFactory sessions, int storeId, long staffId, List<LineRequest> requests, Money tendered) {
            return sessions.fromTransaction(session -> {
                Menu menu = CatalogQueries.menuFor(session, requests.stream().map(LineRequest::productSizeId).toList());
                PricedOrder priced = OrderPricing.price(menu, requests);
                List<Line> lines = new ArrayList<>();
                for (PricedLine l : priced.lines()) {
                    if (!l.toppings().isEmpty()) {
                        throw new IllegalArgumentException("The plain JDBC path handles no topping change");
                    }
                    lines.add(new Line(l.lineNo(), l.productSize().id(), l.productSize().productName(), l.productSize().sizeCode(),
                            l.quantity(), cents(l.unitPrice()), l.productSize().vatRate(), cents(l.lineTotal())));
                }
                List<Need> needs = StockRequirement.of(menu, priced).stream()
                        .map(n -> new Need(n.ingredientId(), menu.ingredient(n.ingredientId()).code(), n.quantity()))
                        .toList();
                return new Basket(storeId, staffId, List.copyOf(lines), cents(priced.total()), cents(priced.vatTotal()),
                        cents(tendered), needs);
            });
        }

        private static int cents(Money money) {
            return Math.toIntExact(money.cents());
        }
    }

    private final DataSource dataSource;
    private final Basket basket;

    PlainJdbcOrderPlacer(DataSource dataSource, Basket basket) {
        this.dataSource = dataSource;
        this.basket = basket;
    }

    /** Places one order in one transaction; returns its id. */
    long place() throws SQLException {
        Instant now = Instant.now();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime promised = now.plus(Duration.ofMinutes(30)).atOffset(ZoneOffset.UTC);
        Long staff = basket.staffId();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long orderId;
                int ticket;
                try (PreparedStatement ps = c.prepareStatement(INSERT_ORDER)) {
                    ps.setInt(1, basket.storeId());
                    ps.setObject(2, promised);
                    ps.setInt(3, basket.totalCents());
                    ps.setInt(4, basket.vatCents());
                    ps.setLong(5, staff);
                    ps.setLong(6, staff);
                    ps.setObject(7, at);
                    ps.setObject(8, at);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        orderId = rs.getLong(1);
                        ticket = rs.getInt(2);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_LINE)) {
                    for (Line line : basket.lines()) {
                        ps.setLong(1, orderId);
                        ps.setInt(2, line.lineNo());
                        ps.setInt(3, line.productSizeId());
                        ps.setString(4, line.productName());
                        ps.setString(5, line.sizeCode());
                        ps.setInt(6, line.quantity());
                        ps.setInt(7, line.unitPriceCents());
                        ps.setBigDecimal(8, line.vatRate());
                        ps.setInt(9, line.lineTotalCents());
                        ps.setNull(10, Types.VARCHAR);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                // One conditional UPDATE per ingredient, in ingredient-id order (the service's lock order).
                List<BigDecimal> after = new ArrayList<>(basket.needs().size());
                List<String> lowEvents = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(TAKE_STOCK)) {
                    for (Need need : basket.needs()) {
                        ps.setBigDecimal(1, need.quantity());
                        ps.setObject(2, at);
                        ps.setInt(3, basket.storeId());
                        ps.setInt(4, need.ingredientId());
                        ps.setBigDecimal(5, need.quantity());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) {
                                throw new IllegalStateException("Short of ingredient " + need.ingredientCode());
                            }
                            BigDecimal quantity = rs.getBigDecimal(1);
                            BigDecimal threshold = rs.getBigDecimal(2);
                            after.add(quantity);
                            if (quantity.compareTo(threshold) <= 0 && quantity.add(need.quantity()).compareTo(threshold) > 0) {
                                lowEvents.add("\"ingredientId\":" + need.ingredientId() + ",\"ingredientCode\":\""
                                        + need.ingredientCode() + "\",\"quantity\":" + quantity + ",\"lowThreshold\":" + threshold);
                            }
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_MOVEMENT)) {
                    for (int i = 0; i < basket.needs().size(); i++) {
                        Need need = basket.needs().get(i);
                        ps.setInt(1, basket.storeId());
                        ps.setInt(2, need.ingredientId());
                        ps.setBigDecimal(3, need.quantity().negate());
                        ps.setBigDecimal(4, after.get(i));
                        ps.setLong(5, orderId);
                        ps.setLong(6, staff);
                        ps.setObject(7, at);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_PAYMENT)) {
                    ps.setLong(1, orderId);
                    ps.setInt(2, basket.totalCents());
                    ps.setInt(3, basket.tenderedCents());
                    ps.setInt(4, basket.tenderedCents() - basket.totalCents());
                    ps.setLong(5, staff);
                    ps.setObject(6, at);
                    ps.setObject(7, at);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_STATUS)) {
                    ps.setLong(1, orderId);
                    ps.setLong(2, staff);
                    ps.setObject(3, at);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
                    String when = iso(now);
                    UUID orderEvent = UUID.randomUUID();
                    addEvent(ps, orderEvent, "orders", "ORDER_PLACED", orderId, header("ORDER_PLACED", orderEvent, when)
                            + ",\"orderId\":" + orderId + ",\"ticketNumber\":" + ticket
                            + ",\"status\":\"RECEIVED\",\"channel\":\"COUNTER\",\"fulfilment\":\"TAKEAWAY\",\"promisedAt\":\""
                            + iso(promised.toInstant()) + "\",\"version\":0}", at);
                    UUID stockEvent = UUID.randomUUID();
                    StringBuilder items = new StringBuilder();
                    for (int i = 0; i < basket.needs().size(); i++) {
                        Need need = basket.needs().get(i);
                        items.append(i == 0 ? "" : ",").append("{\"ingredientId\":").append(need.ingredientId())
                                .append(",\"ingredientCode\":\"").append(need.ingredientCode())
                                .append("\",\"quantity\":").append(after.get(i))
                                .append(",\"delta\":").append(need.quantity().negate()).append('}');
                    }
                    addEvent(ps, stockEvent, "stock", "STOCK_CHANGED", null,
                            header("STOCK_CHANGED", stockEvent, when) + ",\"items\":[" + items + "]}", at);
                    for (String low : lowEvents) {
                        UUID id = UUID.randomUUID();
                        addEvent(ps, id, "stock", "STOCK_LOW", null, header("STOCK_LOW", id, when) + "," + low + "}", at);
                    }
                    ps.executeBatch();
                }
                c.commit();
                return orderId;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void addEvent(PreparedStatement ps, UUID id, String topic, String type, Long orderId, String payload,
                          OffsetDateTime at) throws SQLException {
        ps.setObject(1, id);
        ps.setInt(2, basket.storeId());
        ps.setString(3, topic);
        ps.setString(4, type);
        if (orderId == null) {
            ps.setNull(5, Types.BIGINT);
        } else {
            ps.setLong(5, orderId);
        }
        ps.setString(6, payload);
        ps.setObject(7, at);
        ps.addBatch();
    }

    /** As the service's outbox writes times: ISO-8601, Paris offset, to the millisecond. */
    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).atZone(PARIS).toOffsetDateTime().toString();
    }

    private String header(String type, UUID id, String when) {
        return "{\"type\":\"" + type + "\",\"eventId\":\"" + id + "\",\"storeId\":" + basket.storeId() + ",\"at\":\"" + when + "\"";
    }
}
