package fr.ocpizza.pos.ui.receipt;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.PaymentStatus;
import fr.ocpizza.pos.domain.order.ToppingChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Orders as the order service returns them, built by hand for the receipt tests. */
final class ReceiptOrders {

    static final StoreHeader STORE = new StoreHeader("OC Pizza Bastille", "12 rue de la Roquette\n75011 Paris",
            "01 43 55 12 34");
    /** 12:30 in Paris (winter time). */
    static final Instant RECEIVED = Instant.parse("2026-11-25T11:30:00Z");
    static final Instant PROMISED = Instant.parse("2026-11-25T11:50:00Z");

    private ReceiptOrders() {
    }

    /**
     * Two Reine M with extra mozzarella and no mushrooms (2 × 14,00 €, VAT 10 %) and two Peroni
     * (2 × 4,50 €, VAT 20 %), paid 50 € cash: 37,00 € with 13,00 € back.
     */
    static OrderView reineAndPeroniPaidCash() {
        OrderView.Line reine = new OrderView.Line(1, 11, "Reine", "M", 2, Money.parse("14.00"), Money.parse("28.00"),
                new BigDecimal("10.00"), List.of(
                        new ToppingChange(3, "Mozzarella", ToppingChange.Kind.ADD, Money.parse("2.00")),
                        new ToppingChange(7, "Champignons", ToppingChange.Kind.REMOVE, Money.ZERO)),
                "bien cuite", null, null);
        OrderView.Line peroni = new OrderView.Line(2, 40, "Peroni", "U", 2, Money.parse("4.50"), Money.parse("9.00"),
                new BigDecimal("20.00"), List.of(), null, null, null);
        Money total = Money.parse("37.00");
        // As OrderPricing does it when the order is placed: once per rate, over the order.
        Money vat = OrderPricing.vatIncludedIn(Money.parse("28.00"), new BigDecimal("10.00"))
                .plus(OrderPricing.vatIncludedIn(Money.parse("9.00"), new BigDecimal("20.00")));
        OrderView.Payment cash = new OrderView.Payment(PaymentMethod.CASH, PaymentStatus.CAPTURED, total,
                Money.parse("50.00"), Money.parse("13.00"));
        return new OrderView(1234, 1, LocalDate.of(2026, 11, 25), 42, Channel.COUNTER, Fulfilment.TAKEAWAY,
                OrderStatus.RECEIVED, null, null, null, PROMISED, "Sonner à l’interphone", total, vat, 0, RECEIVED,
                List.of(reine, peroni), List.of(cash));
    }
}
