package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.order.TicketRef;
import fr.ocpizza.pos.domain.stock.MovementKind;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of a store's stock ledger: when, which ingredient, why, by how much (negative: out of
 * stock), the quantity right after, who (null: the online shop or the command line), the reason
 * or delivery reference, and the order for order movements: its id for machines, its ticket
 * number and business day for people (null for other movements).
 */
public record LedgerEntry(long id, Instant at, int ingredientId, String ingredientCode, String ingredientName,
                          Unit unit, MovementKind kind, BigDecimal delta, BigDecimal quantityAfter, String staffName,
                          String reason, String reference, Long orderId, TicketRef ticket) {
}
