package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.domain.Money;
import java.util.List;

/**
 * A store's cancelled orders over the period (by the day they were received): how many, what they
 * would have brought in, and the same by reason, most frequent first.
 */
public record Cancellations(int storeId, long orders, Money amount, List<Reason> byReason) {

    public Cancellations {
        byReason = List.copyOf(byReason);
    }

    /**
     * One reason as it was recorded ({@code cancel_reason}, free text the counter picks from a list);
     * {@link #NO_REASON} ("") for the orders cancelled without one.
     */
    public record Reason(String reason, long orders, Money amount) {
        public static final String NO_REASON = "";
    }
}
