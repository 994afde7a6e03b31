package fr.ocpizza.pos.application.customer;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.customer.FrenchPhone;
import fr.ocpizza.pos.domain.order.LineLabel;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Reads customer cards in native SQL, in the caller's transaction, with a fixed number of
 * queries whatever the number of customers or orders (customers, phones, addresses, last orders,
 * their lines).
 */
final class CustomerRows {

    static final int LAST_ORDERS = 5;

    private CustomerRows() {
    }

    /** Ids of the customers who have this number, the one who ordered last first. */
    static List<Long> idsByPhone(Session session, FrenchPhone phone) {
        return session.createNativeQuery(
                        "SELECT c.id FROM customer c JOIN customer_phone p ON p.customer_id = c.id WHERE p.phone = :phone"
                                + " ORDER BY (SELECT max(o.received_at) FROM customer_order o WHERE o.customer_id = c.id)"
                                + " DESC NULLS LAST, c.id DESC", Long.class)
                .setParameter("phone", phone.e164())
                .getResultList();
    }

    /** The id of a customer with this number and this last name (case and spaces ignored), if any. */
    static Optional<Long> sameNameAndPhone(Session session, String lastName, FrenchPhone phone) {
        return session.createNativeQuery(
                        "SELECT c.id FROM customer c JOIN customer_phone p ON p.customer_id = c.id"
                                + " WHERE p.phone = :phone AND lower(btrim(c.last_name)) = lower(:lastName)"
                                + " ORDER BY c.id LIMIT 1", Long.class)
                .setParameter("phone", phone.e164())
                .setParameter("lastName", lastName.strip())
                .getResultList().stream().findFirst();
    }

    static boolean exists(Session session, long customerId) {
        return !session.createNativeQuery("SELECT 1 FROM customer WHERE id = :id", Integer.class)
                .setParameter("id", customerId).getResultList().isEmpty();
    }

    /** The cards of these customers, in the order of {@code ids}. */
    static List<CustomerCard> cards(Session session, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] idArray = ids.toArray(Long[]::new);
        Map<Long, List<CustomerCard.Phone>> phones = new LinkedHashMap<>();
        for (Object[] row : rows(session, "SELECT customer_id, phone, label FROM customer_phone"
                + " WHERE customer_id = ANY(:ids) ORDER BY customer_id, id", idArray)) {
            phones.computeIfAbsent(asLong(row[0]), id -> new ArrayList<>())
                    .add(new CustomerCard.Phone((String) row[1], FrenchPhone.displayOf((String) row[1]), (String) row[2]));
        }
        Map<Long, List<CustomerCard.SavedAddress>> addresses = new LinkedHashMap<>();
        for (Object[] row : rows(session, "SELECT customer_id, id, label, line1, line2, postal_code, city, instructions"
                + " FROM customer_address WHERE customer_id = ANY(:ids) ORDER BY customer_id, id", idArray)) {
            addresses.computeIfAbsent(asLong(row[0]), id -> new ArrayList<>())
                    .add(new CustomerCard.SavedAddress(asLong(row[1]), (String) row[2], (String) row[3],
                            (String) row[4], (String) row[5], (String) row[6], (String) row[7]));
        }
        Map<Long, List<CustomerCard.PastOrder>> orders = lastOrders(session, idArray);
        Map<Long, CustomerCard> cards = new LinkedHashMap<>();
        for (Object[] row : rows(session, "SELECT id, first_name, last_name, note FROM customer WHERE id = ANY(:ids)",
                idArray)) {
            long id = asLong(row[0]);
            cards.put(id, new CustomerCard(id, (String) row[1], (String) row[2], (String) row[3],
                    phones.getOrDefault(id, List.of()), addresses.getOrDefault(id, List.of()),
                    orders.getOrDefault(id, List.of())));
        }
        return ids.stream().map(cards::get).filter(Objects::nonNull).toList();
    }

    private static Map<Long, List<CustomerCard.PastOrder>> lastOrders(Session session, Long[] customerIds) {
        List<Object[]> orderRows = rows(session,
                "SELECT customer_id, id, store_id, ticket_number, business_date, received_at, total_cents, status"
                        + " FROM (SELECT o.*, row_number() OVER (PARTITION BY o.customer_id"
                        + "                ORDER BY o.received_at DESC, o.id DESC) AS rank"
                        + "         FROM customer_order o WHERE o.customer_id = ANY(:ids)) recent"
                        + " WHERE rank <= " + LAST_ORDERS + " ORDER BY customer_id, received_at DESC, id DESC",
                customerIds);
        Long[] orderIds = orderRows.stream().map(row -> asLong(row[1])).toArray(Long[]::new);
        Map<Long, StringBuilder> summaries = new LinkedHashMap<>();
        if (orderIds.length > 0) {
            for (Object[] row : rows(session, "SELECT order_id, quantity, product_name, size_code, second_half_name FROM order_line"
                    + " WHERE order_id = ANY(:ids) ORDER BY order_id, line_no", orderIds)) {
                StringBuilder summary = summaries.computeIfAbsent(asLong(row[0]), id -> new StringBuilder());
                if (!summary.isEmpty()) {
                    summary.append(", ");
                }
                summary.append(row[1]).append(" × ").append(LineLabel.name((String) row[2], (String) row[4]))
                        .append(" (").append(row[3]).append(')');
            }
        }
        Map<Long, List<CustomerCard.PastOrder>> orders = new LinkedHashMap<>();
        for (Object[] row : orderRows) {
            long orderId = asLong(row[1]);
            orders.computeIfAbsent(asLong(row[0]), id -> new ArrayList<>()).add(new CustomerCard.PastOrder(orderId,
                    ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), asDate(row[4]), asInstant(row[5]),
                    Money.ofCents(((Number) row[6]).longValue()), OrderStatus.valueOf((String) row[7]),
                    summaries.getOrDefault(orderId, new StringBuilder()).toString()));
        }
        return orders;
    }

    static List<Object[]> rows(Session session, String sql, Long[] ids) {
        return session.createNativeQuery(sql, Object[].class).setParameter("ids", ids).getResultList();
    }

    static long asLong(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate asDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant asInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
