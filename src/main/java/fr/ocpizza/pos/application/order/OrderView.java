package fr.ocpizza.pos.application.order;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineLabel;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.PaymentStatus;
import fr.ocpizza.pos.domain.order.ToppingChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order as screens and exports see it: an immutable snapshot, never a managed entity. */
public record OrderView(long id, int storeId, LocalDate businessDate, int ticketNumber, Channel channel,
                        Fulfilment fulfilment, OrderStatus status, Long customerId, String customerName,
                        Long deliveryAddressId, Instant promisedAt, String note, Money total, Money vat, long version,
                        Instant receivedAt, List<Line> lines, List<Payment> payments) {

    public OrderView {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    /**
     * A line as sold: name, size and prices are those of the moment of the sale. A half-and-half
     * pizza names its second half ({@code productSizeId} and {@code productName} are the first);
     * both second-half fields are null for a whole product.
     */
    public record Line(int lineNo, int productSizeId, String productName, String sizeCode, int quantity,
                       Money unitPrice, Money lineTotal, BigDecimal vatRate, List<ToppingChange> toppings, String note,
                       Integer secondHalfProductSizeId, String secondHalfName) {
        public Line {
            toppings = List.copyOf(toppings);
        }

        public boolean isHalfAndHalf() {
            return secondHalfProductSizeId != null;
        }

        /** "Reine", or "½ Reine + ½ Quatre fromages": the name without the size. */
        public String displayName() {
            return LineLabel.name(productName, secondHalfName);
        }

        /** "Reine (M)", "Coca-Cola 33 cl", or "½ Reine + ½ Quatre fromages (M)". */
        public String label() {
            return LineLabel.of(productName, secondHalfName, sizeCode);
        }
    }

    /** A payment and, for cash, the change given. */
    public record Payment(PaymentMethod method, PaymentStatus status, Money amount, Money tendered, Money change) {
    }
}
