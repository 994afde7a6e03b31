package fr.ocpizza.pos.application.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the audit log, as the back office reads it.
 *
 * @param staffId   who did it; {@code null} for the online shop, the customer or the command line
 * @param staffName his name then as now, {@code null} when no staff member did it
 * @param storeId   the store concerned; {@code null} for chain-wide actions (a chain manager's account)
 * @param action    e.g. {@code ORDER_CANCELLED}, {@code STAFF_CREATED}
 * @param entity    the table of the object, e.g. {@code customer_order}, {@code staff}
 * @param details   the recorded details, unmodifiable, in their recorded order: texts, numbers,
 *                  booleans, {@code null}s, and nested maps and lists (a change is {@code {from, to}})
 */
public record AuditEntry(long id, Instant at, Long staffId, String staffName, Integer storeId, String action,
                         String entity, String entityId, Map<String, Object> details) {
}
