package fr.ocpizza.pos.application.kitchen;

import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineLabel;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * An order as the kitchen display shows it: what to make, for when, and how it came in. An
 * immutable snapshot read in one transaction, never a managed entity.
 *
 * @param startedAt when the pizzaiolo started it (null while RECEIVED)
 * @param readyAt   when it was bumped (null until READY)
 */
public record KitchenTicket(long orderId, int storeId, int ticketNumber, Channel channel, Fulfilment fulfilment,
                            OrderStatus status, Instant promisedAt, Instant receivedAt, Instant startedAt,
                            Instant readyAt, String customerName, String note, long version, List<Line> lines) {

    public KitchenTicket {
        lines = List.copyOf(lines);
    }

    /** Whether the pizzaiolo has started it (the card shows "Prêt" instead of "Commencer"). */
    public boolean isStarted() {
        return status == OrderStatus.IN_PREPARATION;
    }

    /**
     * The same ticket after a status change made from this screen, until the next reload brings
     * the database's own timestamps.
     */
    public KitchenTicket movedTo(OrderStatus newStatus, Instant at, long newVersion) {
        return new KitchenTicket(orderId, storeId, ticketNumber, channel, fulfilment, newStatus, promisedAt, receivedAt,
                newStatus == OrderStatus.IN_PREPARATION ? at : startedAt, newStatus == OrderStatus.READY ? at : readyAt,
                customerName, note, newVersion, lines);
    }

    /** Whether it is still to be made: received or in preparation. */
    public boolean isOpen() {
        return status == OrderStatus.RECEIVED || status == OrderStatus.IN_PREPARATION;
    }

    /**
     * One line to make: product and size as sold, toppings added and removed (ingredient names),
     * the customer's note. {@code category} is null when the product no longer exists on the menu.
     * A half-and-half pizza names its second half (same size); both are null for a whole product.
     */
    public record Line(int lineNo, int productSizeId, String productName, String sizeCode, int quantity,
                       ProductCategory category, List<String> added, List<String> removed, String note,
                       Integer secondHalfProductSizeId, String secondHalfName) {

        public Line {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        public boolean isPizza() {
            return category == ProductCategory.PIZZA;
        }

        public boolean isHalfAndHalf() {
            return secondHalfProductSizeId != null;
        }

        /** "Reine", or "½ Reine + ½ Quatre fromages". */
        public String displayName() {
            return LineLabel.name(productName, secondHalfName);
        }
    }
}
