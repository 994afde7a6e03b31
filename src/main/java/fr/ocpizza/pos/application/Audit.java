package fr.ocpizza.pos.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.persistence.entity.AuditLogEntity;
import java.time.Instant;
import java.util.Map;
import org.hibernate.Session;

/** Records sensitive actions (cancellations, corrections, staff changes) in the caller's transaction. */
public final class Audit {

    /**
     * The audit action of a cancelled order (audit_log.action, docs/schema.md): written by the
     * counter and by the demo history, read by the audit log. It shares its spelling with the
     * event type, not its meaning.
     */
    public static final String ORDER_CANCELLED = "ORDER_CANCELLED";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Audit() {
    }

    public static void record(Session session, StaffPrincipal who, Integer storeId, String action, String entity,
                              Object entityId, Map<String, ?> details, Instant at) {
        AuditLogEntity row = new AuditLogEntity();
        row.at = at;
        row.staffId = StaffIds.of(who);
        row.storeId = storeId;
        row.action = action;
        row.entity = entity;
        row.entityId = entityId == null ? null : entityId.toString();
        row.details = JSON.valueToTree(details).toString();
        session.persist(row);
    }
}
