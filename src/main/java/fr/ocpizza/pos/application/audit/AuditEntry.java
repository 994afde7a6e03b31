package fr.ocpizza.pos.application.audit;

import fr.ocpizza.pos.domain.order.TicketRef;
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
 * @param ticket    for an order, its ticket number and business day; {@code null} otherwise
 * @param subject   the object as people name it: a product's or staff member's name as it is now,
 *                  a store's name; {@code null} for an order (see {@code ticket}) or an object gone
 * @param ingredientNames the names of the ingredient codes the details mention (a count's
 *                  corrections), unmodifiable
 */
public record AuditEntry(long id, Instant at, Long staffId, String staffName, Integer storeId, String action,
                         String entity, String entityId, Map<String, Object> details, TicketRef ticket, String subject,
                         Map<String, String> ingredientNames) {

    public AuditEntry {
        ingredientNames = Map.copyOf(ingredientNames);
    }
}
