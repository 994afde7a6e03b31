package fr.ocpizza.pos.application.report;

import java.util.OptionalInt;

/**
 * Whose figures a report shows: one store, or every store of the chain side by side (each row
 * then carries its store, and the same report for one store shows it alone).
 */
public record ReportScope(Integer storeId) {

    public static ReportScope store(int storeId) {
        return new ReportScope(storeId);
    }

    /** Every store of the chain, one row set per store: for a chain manager only. */
    public static ReportScope chain() {
        return new ReportScope(null);
    }

    public boolean isChain() {
        return storeId == null;
    }

    public OptionalInt store() {
        return storeId == null ? OptionalInt.empty() : OptionalInt.of(storeId);
    }
}
