package fr.ocpizza.pos.application.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.order.TicketRef;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.entity.AuditLogEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.SelectionQuery;

/**
 * Reads the audit log of sensitive actions (cancellations, refunds, stock corrections, price and
 * staff changes), newest first. A store manager reads his own store's rows; a chain manager any
 * store's, or the whole chain's with the chain-wide rows. Read only.
 */
public final class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final SessionFactory sessions;

    public AuditLog(SessionFactory sessions) {
        this.sessions = sessions;
    }

    public List<AuditEntry> read(StaffPrincipal caller, AuditQuery query) {
        if (query.storeId() == null) {
            Permissions.VIEW_AUDIT.checkRole(caller);
            if (!caller.isChainManager()) {
                throw new PermissionDeniedException(caller.login() + " works at store " + caller.storeId()
                        + " and may read only that store's audit log.");
            }
        } else {
            Permissions.VIEW_AUDIT.check(caller, query.storeId());
        }
        StringBuilder hql = new StringBuilder("select a, s.fullName from AuditLogEntity a"
                + " left join StaffEntity s on s.id = a.staffId where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter(hql, parameters, "a.storeId = :store", "store", query.storeId());
        filter(hql, parameters, "a.action = :action", "action", query.action());
        filter(hql, parameters, "a.at >= :from", "from", query.from());
        filter(hql, parameters, "a.at < :to", "to", query.to());
        filter(hql, parameters, "a.staffId = :staff", "staff", query.staffId());
        hql.append(" order by a.at desc, a.id desc");
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            SelectionQuery<Object[]> select = session.createSelectionQuery(hql.toString(), Object[].class);
            parameters.forEach(select::setParameter);
            List<Object[]> rows = select.setMaxResults(query.limit()).getResultList();
            Names names = new Names(session, rows.stream().map(row -> (AuditLogEntity) row[0]).toList());
            List<AuditEntry> entries = new ArrayList<>();
            for (Object[] row : rows) {
                AuditLogEntity a = (AuditLogEntity) row[0];
                Map<String, Object> details = details(a.details);
                entries.add(new AuditEntry(a.id, a.at, a.staffId, (String) row[1], a.storeId, a.action, a.entity,
                        a.entityId, details, names.ticket(a), names.subject(a), names.ingredients(details)));
            }
            return List.copyOf(entries);
        });
    }

    /**
     * What people call the objects of a page of rows, read in one query per kind: an order's
     * ticket number and day (the id drifts from it), a product's, staff member's or store's name,
     * and the names of the ingredient codes in the details.
     */
    private static final class Names {
        private final Map<Long, TicketRef> tickets = new HashMap<>();
        private final Map<String, Map<Long, String>> subjects = new HashMap<>();
        private final Map<String, String> ingredients = new HashMap<>();

        Names(Session session, List<AuditLogEntity> rows) {
            for (Object[] order : session.createNativeQuery("SELECT id, ticket_number, business_date FROM customer_order"
                            + " WHERE id IN (:ids)", Object[].class)
                    .setParameterList("ids", ids(rows, "customer_order")).getResultList()) {
                tickets.put(((Number) order[0]).longValue(), new TicketRef(((Number) order[1]).intValue(), date(order[2])));
            }
            subjects.put("product", names(session, "SELECT id, name FROM product WHERE id IN (:ids)", ids(rows, "product")));
            subjects.put("staff", names(session, "SELECT id, full_name FROM staff WHERE id IN (:ids)", ids(rows, "staff")));
            subjects.put("stock", names(session, "SELECT id, name FROM store WHERE id IN (:ids)", ids(rows, "stock")));
            for (Object[] ingredient : session.createNativeQuery("SELECT code, name FROM ingredient", Object[].class).getResultList()) {
                ingredients.put((String) ingredient[0], (String) ingredient[1]);
            }
        }

        TicketRef ticket(AuditLogEntity row) {
            Long id = "customer_order".equals(row.entity) ? id(row.entityId) : null;
            return id == null ? null : tickets.get(id);
        }

        String subject(AuditLogEntity row) {
            Long id = id(row.entityId);
            return id == null ? null : subjects.getOrDefault(row.entity, Map.of()).get(id);
        }

        Map<String, String> ingredients(Map<String, Object> details) {
            Map<String, String> named = new HashMap<>();
            collectCodes(details, named);
            return named;
        }

        private void collectCodes(Object value, Map<String, String> named) {
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, item) -> {
                    if ("ingredient".equals(key) && item instanceof String code && ingredients.containsKey(code)) {
                        named.put(code, ingredients.get(code));
                    } else {
                        collectCodes(item, named);
                    }
                });
            } else if (value instanceof List<?> list) {
                list.forEach(item -> collectCodes(item, named));
            }
        }

        private static Map<Long, String> names(Session session, String sql, List<Long> ids) {
            Map<Long, String> names = new HashMap<>();
            for (Object[] row : session.createNativeQuery(sql, Object[].class).setParameterList("ids", ids).getResultList()) {
                names.put(((Number) row[0]).longValue(), (String) row[1]);
            }
            return names;
        }

        private static List<Long> ids(List<AuditLogEntity> rows, String entity) {
            // An empty IN list is not valid SQL: -1 names nothing.
            List<Long> ids = new ArrayList<>(List.of(-1L));
            rows.stream().filter(row -> entity.equals(row.entity)).map(row -> id(row.entityId))
                    .filter(Objects::nonNull).distinct().forEach(ids::add);
            return ids;
        }

        private static Long id(String entityId) {
            try {
                return entityId == null ? null : Long.valueOf(entityId.strip());
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }

        private static LocalDate date(Object value) {
            return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
        }
    }

    private static void filter(StringBuilder hql, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            hql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private static Map<String, Object> details(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return frozen(JSON.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            // Rows written by another writer (the shop) are not ours to trust: show them as text.
            return Map.of("text", json);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T frozen(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), frozen(item)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(frozen(item)));
            return (T) Collections.unmodifiableList(copy);
        }
        return value;
    }
}
