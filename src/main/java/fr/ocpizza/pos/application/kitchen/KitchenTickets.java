package fr.ocpizza.pos.application.kitchen;

import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.ToppingChange;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Reads kitchen tickets in three statements whatever their number: the orders, then all their
 * lines, then all their topping changes. Plain SQL through the caller's session, so that no
 * entity is loaded (the display needs none) and 200 open orders cost the same three round trips.
 */
final class KitchenTickets {

    private static final String ORDER_COLUMNS = "SELECT o.id, o.store_id, o.ticket_number, o.channel, o.fulfilment,"
            + " o.status, o.promised_at, o.received_at, o.in_preparation_at, o.ready_at, o.customer_name, o.note,"
            + " o.version FROM customer_order o ";

    private KitchenTickets() {
    }

    /** Orders still to make in a store, oldest promise first (index customer_order_store_status_idx). */
    static List<KitchenTicket> open(Session session, int storeId) {
        return load(session, ORDER_COLUMNS + "WHERE o.store_id = :store AND o.status IN ('RECEIVED', 'IN_PREPARATION')"
                + " ORDER BY o.promised_at, o.received_at, o.id", query -> query.setParameter("store", storeId));
    }

    /**
     * The store's last bumped orders, most recent first. Only orders received since {@code since}
     * are looked at, so that the read stays on the (store_id, received_at) index however long the
     * history grows.
     */
    static List<KitchenTicket> recentlyReady(Session session, int storeId, Instant since, int limit) {
        return load(session, ORDER_COLUMNS + "WHERE o.store_id = :store AND o.received_at >= :since"
                        + " AND o.ready_at IS NOT NULL ORDER BY o.ready_at DESC, o.id DESC LIMIT :limit",
                query -> query.setParameter("store", storeId).setParameter("since", since).setParameter("limit", limit));
    }

    /** One order, whatever its status; empty when it does not exist. */
    static List<KitchenTicket> one(Session session, long orderId) {
        return load(session, ORDER_COLUMNS + "WHERE o.id = :id", query -> query.setParameter("id", orderId));
    }

    private static List<KitchenTicket> load(Session session, String sql, Consumer<NativeQuery<Object[]>> parameters) {
        NativeQuery<Object[]> query = session.createNativeQuery(sql, Object[].class);
        parameters.accept(query);
        List<Object[]> orders = query.getResultList();
        if (orders.isEmpty()) {
            return List.of();
        }
        Long[] ids = orders.stream().map(row -> ((Number) row[0]).longValue()).toArray(Long[]::new);
        Map<Long, List<KitchenTicket.Line>> lines = lines(session, ids);
        List<KitchenTicket> tickets = new ArrayList<>(orders.size());
        for (Object[] row : orders) {
            long id = ((Number) row[0]).longValue();
            tickets.add(new KitchenTicket(id, ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                    Channel.valueOf((String) row[3]), Fulfilment.valueOf((String) row[4]),
                    OrderStatus.valueOf((String) row[5]), instant(row[6]), instant(row[7]), instant(row[8]),
                    instant(row[9]), (String) row[10], (String) row[11], ((Number) row[12]).longValue(),
                    lines.getOrDefault(id, List.of())));
        }
        return tickets;
    }

    /** The lines of the given orders by order id, in line order, with their topping changes. */
    private static Map<Long, List<KitchenTicket.Line>> lines(Session session, Long[] orderIds) {
        Map<Long, List<String>> added = new HashMap<>();
        Map<Long, List<String>> removed = new HashMap<>();
        for (Object[] row : session.createNativeQuery(
                        "SELECT t.order_line_id, t.change, i.name FROM order_line_topping t"
                                + " JOIN order_line l ON l.id = t.order_line_id JOIN ingredient i ON i.id = t.ingredient_id"
                                + " WHERE l.order_id = ANY(:ids) ORDER BY i.name", Object[].class)
                .setParameter("ids", orderIds).getResultList()) {
            Map<Long, List<String>> target = ToppingChange.Kind.valueOf((String) row[1]) == ToppingChange.Kind.ADD ? added : removed;
            target.computeIfAbsent(((Number) row[0]).longValue(), line -> new ArrayList<>()).add((String) row[2]);
        }
        Map<Long, List<KitchenTicket.Line>> lines = new LinkedHashMap<>();
        // LEFT JOINs: a line keeps its snapshot even if its product left the menu since.
        for (Object[] row : session.createNativeQuery(
                        "SELECT l.order_id, l.id, l.line_no, l.product_size_id, l.product_name, l.size_code, l.quantity,"
                                + " l.note, p.category, l.second_half_product_size_id, l.second_half_name FROM order_line l"
                                + " LEFT JOIN product_size ps ON ps.id = l.product_size_id LEFT JOIN product p ON p.id = ps.product_id"
                                + " WHERE l.order_id = ANY(:ids) ORDER BY l.order_id, l.line_no", Object[].class)
                .setParameter("ids", orderIds).getResultList()) {
            long lineId = ((Number) row[1]).longValue();
            String category = (String) row[8];
            lines.computeIfAbsent(((Number) row[0]).longValue(), order -> new ArrayList<>()).add(new KitchenTicket.Line(
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), (String) row[4], (String) row[5],
                    ((Number) row[6]).intValue(), category == null ? null : ProductCategory.valueOf(category),
                    added.getOrDefault(lineId, List.of()), removed.getOrDefault(lineId, List.of()), (String) row[7],
                    row[9] == null ? null : ((Number) row[9]).intValue(), (String) row[10]));
        }
        return lines;
    }

    /** A {@code timestamptz} as the driver hands it back in a native query. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
