package fr.ocpizza.pos.application.audit;

import java.time.Instant;

/**
 * What part of the audit log to read, newest first. Build it with {@link #ofStore} or
 * {@link #wholeChain} and narrow it with the {@code with…} methods.
 *
 * @param storeId {@code null}: every store and the chain-wide rows (chain managers only)
 * @param action  only this action (e.g. {@code STAFF_CREATED}), or {@code null} for all
 * @param from    from this instant, inclusive, or {@code null}
 * @param to      before this instant, exclusive, or {@code null}
 * @param staffId only what this staff member did, or {@code null}
 * @param limit   at most this many rows, 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(Integer storeId, String action, Instant from, Instant to, Long staffId, int limit) {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
        action = action == null || action.isBlank() ? null : action.strip();
    }

    public static AuditQuery ofStore(int storeId) {
        return new AuditQuery(storeId, null, null, null, null, DEFAULT_LIMIT);
    }

    public static AuditQuery wholeChain() {
        return new AuditQuery(null, null, null, null, null, DEFAULT_LIMIT);
    }

    public AuditQuery withAction(String onlyAction) {
        return new AuditQuery(storeId, onlyAction, from, to, staffId, limit);
    }

    /** From {@code start} inclusive to {@code end} exclusive; either may be {@code null} (open). */
    public AuditQuery between(Instant start, Instant end) {
        return new AuditQuery(storeId, action, start, end, staffId, limit);
    }

    public AuditQuery byStaff(Long onlyStaffId) {
        return new AuditQuery(storeId, action, from, to, onlyStaffId, limit);
    }

    public AuditQuery withLimit(int atMost) {
        return new AuditQuery(storeId, action, from, to, staffId, atMost);
    }
}
