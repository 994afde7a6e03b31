package fr.ocpizza.pos.domain.stock;

/** Why a store's stock changed: the {@code stock_movement.kind} of a ledger row. */
public enum MovementKind {
    /** An order placed took its recipes. */
    ORDER_CONSUMPTION,
    /** A cancelled order gave its ingredients back. */
    ORDER_CANCELLATION,
    /** A modified order took or gave back the difference. */
    ORDER_MODIFICATION,
    /** A supplier's delivery came in. */
    DELIVERY,
    /** Thrown away: dropped, out of date, burnt. */
    WASTE,
    /** A stock count found another quantity than the ledger's. */
    COUNT_CORRECTION,
    /** The opening stock. */
    INITIAL
}
