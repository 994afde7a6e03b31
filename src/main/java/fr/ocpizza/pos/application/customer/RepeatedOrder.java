package fr.ocpizza.pos.application.customer;

import fr.ocpizza.pos.domain.order.LineRequest;
import java.util.List;

/**
 * The customer's last order as a new basket: {@code lines} to put on the ticket, and the labels
 * ("Calzone (M)") of the lines left out because that product is no longer sold, for the cashier
 * to tell the customer.
 */
public record RepeatedOrder(long fromOrderId, List<LineRequest> lines, List<String> skipped) {

    public RepeatedOrder {
        lines = List.copyOf(lines);
        skipped = List.copyOf(skipped);
    }
}
