package fr.ocpizza.pos.simulation;

/** What became of one simulated order. */
sealed interface OrderOutcome {

    OrderPlan plan();

    /** Committed: the order has its ticket number. Latency runs from the first statement to the acknowledged COMMIT. */
    record Placed(OrderPlan plan, long orderId, int ticketNumber, long latencyNanos) implements OrderOutcome {
    }

    /** Rolled back because a stock row could not cover it (docs/schema.md 5.4): the customer is told, nothing is written. */
    record Refused(OrderPlan plan, String ingredientName) implements OrderOutcome {
    }

    /** Rolled back on an error that a real shop would have to fix (constraint, connection…). */
    record Failed(OrderPlan plan, String reason) implements OrderOutcome {
    }
}
