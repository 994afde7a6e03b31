package fr.ocpizza.pos.application.demo;

import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.stock.StockRequirement;
import java.time.Instant;
import java.util.List;

/**
 * One order of the demo history, as it went: priced and costed by the domain's own
 * {@code OrderPricing} and {@code StockRequirement}, with every status it reached.
 *
 * @param steps the statuses reached after RECEIVED, in order, each with its time and who made it
 * @param tenderedCents cash handed over (cash only), else null
 */
record PlannedOrder(long id, int storeId, Channel channel, Fulfilment fulfilment, Instant receivedAt, Instant promisedAt,
                    PricedOrder priced, List<StockRequirement> needs, DemoCustomers.Customer customer, String customerName,
                    String note, String externalRef, Long createdBy, List<Step> steps, String cancelReason,
                    PaymentMethod paymentMethod, Integer tenderedCents) {

    /** A status reached, when, and by whom (null: the customer or the online shop). */
    record Step(OrderStatus status, Instant at, Long staffId) {
    }

    OrderStatus status() {
        return steps.isEmpty() ? OrderStatus.RECEIVED : steps.get(steps.size() - 1).status();
    }

    Instant updatedAt() {
        return steps.isEmpty() ? receivedAt : steps.get(steps.size() - 1).at();
    }

    Long updatedBy() {
        return steps.isEmpty() ? createdBy : steps.get(steps.size() - 1).staffId();
    }

    boolean cancelled() {
        return status() == OrderStatus.CANCELLED;
    }

    /** The time of a status reached, or null. */
    Instant at(OrderStatus status) {
        return steps.stream().filter(step -> step.status() == status).map(Step::at).findFirst().orElse(null);
    }

    int totalCents() {
        return Math.toIntExact(priced.total().cents());
    }
}
