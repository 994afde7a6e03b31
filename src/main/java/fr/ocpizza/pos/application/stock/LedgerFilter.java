package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.domain.stock.MovementKind;
import java.time.Instant;

/**
 * Which ledger rows to read: one ingredient or all ({@code null}), one kind or all ({@code null}),
 * from {@code from} included to {@code to} excluded (either {@code null}: unbounded).
 */
public record LedgerFilter(Integer ingredientId, MovementKind kind, Instant from, Instant to) {

    /** Every row of the period. */
    public static LedgerFilter between(Instant from, Instant to) {
        return new LedgerFilter(null, null, from, to);
    }

    public LedgerFilter ingredient(Integer id) {
        return new LedgerFilter(id, kind, from, to);
    }

    public LedgerFilter kind(MovementKind movementKind) {
        return new LedgerFilter(ingredientId, movementKind, from, to);
    }
}
