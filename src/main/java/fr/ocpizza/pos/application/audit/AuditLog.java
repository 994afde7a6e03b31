package fr.ocpizza.pos.application.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.entity.AuditLogEntity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            List<AuditEntry> entries = new ArrayList<>();
            for (Object[] row : select.setMaxResults(query.limit()).getResultList()) {
                AuditLogEntity a = (AuditLogEntity) row[0];
                entries.add(new AuditEntry(a.id, a.at, a.staffId, (String) row[1], a.storeId, a.action, a.entity,
                        a.entityId, details(a.details)));
            }
            return List.copyOf(entries);
        });
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
