package fr.ocpizza.pos.application.order;

import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order as the counter takes it. A delivery needs a customer and one of his addresses;
 * {@code payment} may be null when the customer pays later (at pickup or delivery).
 */
public record NewOrder(int storeId, Channel channel, Fulfilment fulfilment, Long customerId, String customerName,
                       Long deliveryAddressId, Instant promisedAt, String note, List<LineRequest> lines,
                       PaymentRequest payment) {

    public NewOrder {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(promisedAt, "promisedAt");
        lines = List.copyOf(lines);
    }

    /** A walk-in takeaway order, the most common one. */
    public static NewOrder takeaway(int storeId, Instant promisedAt, List<LineRequest> lines, PaymentRequest payment) {
        return new NewOrder(storeId, Channel.COUNTER, Fulfilment.TAKEAWAY, null, null, null, promisedAt, null, lines, payment);
    }
}
