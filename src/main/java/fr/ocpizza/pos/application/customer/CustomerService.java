package fr.ocpizza.pos.application.customer;

import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.customer.DuplicateCustomerException;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.customer.FrenchPhone;
import fr.ocpizza.pos.domain.order.LineLabel;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The customer use cases of phone orders: find the caller by his number, record a new customer
 * or address, and turn his last order into a new basket. Customers belong to the chain, not to a
 * pizzeria; the caller must be a cashier or manager of the store taking the call. Each method is
 * one transaction that checks the permission first; on any refusal nothing is written.
 */
public final class CustomerService {

    private final SessionFactory sessions;
    private final Clock clock;

    public CustomerService(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The customer who has this number, typed in any French form. A number may be shared (a
     * household): then the one who ordered last comes; {@link #findAllByPhone} gives them all.
     */
    public Optional<CustomerCard> findByPhone(StaffPrincipal caller, int storeId, String typedPhone) {
        return findAllByPhone(caller, storeId, typedPhone).stream().findFirst();
    }

    /** Every customer who has this number, the one who ordered last first. */
    public List<CustomerCard> findAllByPhone(StaffPrincipal caller, int storeId, String typedPhone) {
        Permissions.MANAGE_CUSTOMERS.check(caller, storeId);
        FrenchPhone phone = FrenchPhone.parse(typedPhone);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return CustomerRows.cards(session, CustomerRows.idsByPhone(session, phone));
        });
    }

    /**
     * Records a new customer with his phone and, when given, his address, in one transaction.
     * Refused when a customer of the same last name already has this number.
     */
    public CustomerCard create(StaffPrincipal caller, int storeId, NewCustomer request) {
        Permissions.MANAGE_CUSTOMERS.check(caller, storeId);
        String lastName = blankToNull(request.lastName());
        if (lastName == null) {
            throw new ValidationException("error.customer.lastName", "The customer needs a last name (or the one name he gives).");
        }
        FrenchPhone phone = FrenchPhone.parse(request.phone());
        Instant now = clock.instant();
        return sessions.fromTransaction(session -> {
            CustomerRows.sameNameAndPhone(session, lastName, phone).ifPresent(existing -> {
                throw new DuplicateCustomerException(lastName, phone.display(), existing);
            });
            long customerId = session.createNativeQuery(
                            "INSERT INTO customer (first_name, last_name, note, created_at)"
                                    + " VALUES (:first, :last, :note, :now) RETURNING id", Long.class)
                    .setParameter("first", blankToNull(request.firstName()), String.class)
                    .setParameter("last", lastName)
                    .setParameter("note", blankToNull(request.note()), String.class)
                    .setParameter("now", now)
                    .getSingleResult();
            session.createNativeMutationQuery("INSERT INTO customer_phone (customer_id, phone) VALUES (:customer, :phone)")
                    .setParameter("customer", customerId)
                    .setParameter("phone", phone.e164())
                    .executeUpdate();
            if (request.address() != null) {
                insertAddress(session, customerId, request.address(), now);
            }
            return CustomerRows.cards(session, List.of(customerId)).get(0);
        });
    }

    /** Adds an address to a customer (customers belong to the chain: any cashier may). */
    public CustomerCard.SavedAddress addAddress(StaffPrincipal caller, long customerId, FrenchAddress address) {
        Permissions.MANAGE_CUSTOMERS.checkRole(caller);
        if (address == null) {
            throw new IllegalArgumentException("address");
        }
        Instant now = clock.instant();
        return sessions.fromTransaction(session -> {
            if (!CustomerRows.exists(session, customerId)) {
                throw new NotFoundException("Customer", customerId);
            }
            long id = insertAddress(session, customerId, address, now);
            return new CustomerCard.SavedAddress(id, address.label(), address.line1(), address.line2(),
                    address.postalCode(), address.city(), address.instructions());
        });
    }

    /**
     * The customer's last order (not cancelled, at any pizzeria) as new lines: same product sizes,
     * quantities, toppings added and removed, and notes. Lines whose product is no longer sold are
     * left out and named in {@link RepeatedOrder#skipped()}. Prices are those of today's menu, set
     * when the basket is priced.
     */
    public RepeatedOrder lastOrderAsLines(StaffPrincipal caller, int storeId, long customerId) {
        Permissions.MANAGE_CUSTOMERS.check(caller, storeId);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            if (!CustomerRows.exists(session, customerId)) {
                throw new NotFoundException("Customer", customerId);
            }
            List<Long> last = session.createNativeQuery(
                            "SELECT id FROM customer_order WHERE customer_id = :customer AND status <> 'CANCELLED'"
                                    + " ORDER BY received_at DESC, id DESC LIMIT 1", Long.class)
                    .setParameter("customer", customerId)
                    .getResultList();
            if (last.isEmpty()) {
                throw new ValidationException("error.customer.noPreviousOrder",
                        "Customer " + customerId + " has no earlier order to repeat: take the order line by line.", customerId);
            }
            return repeat(session, last.get(0));
        });
    }

    private static RepeatedOrder repeat(Session session, long orderId) {
        Long[] ids = {orderId};
        Map<Long, Set<Integer>> added = new LinkedHashMap<>();
        Map<Long, Set<Integer>> removed = new LinkedHashMap<>();
        for (Object[] row : CustomerRows.rows(session, "SELECT t.order_line_id, t.ingredient_id, t.change"
                + " FROM order_line_topping t JOIN order_line l ON l.id = t.order_line_id WHERE l.order_id = ANY(:ids)", ids)) {
            Map<Long, Set<Integer>> target = "ADD".equals(row[2]) ? added : removed;
            target.computeIfAbsent(CustomerRows.asLong(row[0]), id -> new HashSet<>()).add(((Number) row[1]).intValue());
        }
        List<LineRequest> lines = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        // A half-and-half line is repeated only if both its halves are still sold.
        for (Object[] row : CustomerRows.rows(session,
                "SELECT l.id, l.product_size_id, l.quantity, l.note, l.product_name, l.size_code,"
                        + " ps.id IS NOT NULL AND p.available"
                        + " AND (l.second_half_product_size_id IS NULL OR (ps2.id IS NOT NULL AND p2.available)) AS on_sale,"
                        + " l.second_half_product_size_id, l.second_half_name"
                        + " FROM order_line l LEFT JOIN product_size ps ON ps.id = l.product_size_id"
                        + " LEFT JOIN product p ON p.id = ps.product_id"
                        + " LEFT JOIN product_size ps2 ON ps2.id = l.second_half_product_size_id"
                        + " LEFT JOIN product p2 ON p2.id = ps2.product_id"
                        + " WHERE l.order_id = ANY(:ids) ORDER BY l.line_no", ids)) {
            long lineId = CustomerRows.asLong(row[0]);
            if (!Boolean.TRUE.equals(row[6])) {
                skipped.add(LineLabel.of((String) row[4], (String) row[8], (String) row[5]));
                continue;
            }
            Integer secondHalf = row[7] == null ? null : ((Number) row[7]).intValue();
            lines.add(new LineRequest(((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                    added.getOrDefault(lineId, Set.of()), removed.getOrDefault(lineId, Set.of()), (String) row[3],
                    secondHalf));
        }
        return new RepeatedOrder(orderId, lines, skipped);
    }

    private static long insertAddress(Session session, long customerId, FrenchAddress address, Instant now) {
        return session.createNativeQuery(
                        "INSERT INTO customer_address (customer_id, label, line1, line2, postal_code, city, instructions,"
                                + " created_at) VALUES (:customer, :label, :line1, :line2, :postalCode, :city,"
                                + " :instructions, :now) RETURNING id", Long.class)
                .setParameter("customer", customerId)
                .setParameter("label", address.label(), String.class)
                .setParameter("line1", address.line1())
                .setParameter("line2", address.line2(), String.class)
                .setParameter("postalCode", address.postalCode())
                .setParameter("city", address.city())
                .setParameter("instructions", address.instructions(), String.class)
                .setParameter("now", now)
                .getSingleResult();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
