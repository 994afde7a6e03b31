package fr.ocpizza.pos.application.order;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import java.util.Objects;

/** How the customer pays at the counter; {@code tendered} is the cash handed over (cash only). */
public record PaymentRequest(PaymentMethod method, Money tendered) {

    public PaymentRequest {
        Objects.requireNonNull(method, "method");
    }

    public static PaymentRequest cash(Money tendered) {
        return new PaymentRequest(PaymentMethod.CASH, tendered);
    }

    public static PaymentRequest of(PaymentMethod method) {
        return new PaymentRequest(method, null);
    }
}
