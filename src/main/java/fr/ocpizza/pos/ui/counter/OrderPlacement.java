package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import java.util.Optional;

/** What the counter says before and after placing an order: the customer it lacks, the order saved. */
final class OrderPlacement {

    private OrderPlacement() {
    }

    /** A phone order needs its customer, a delivery also his address; empty when the panel has them. */
    static Optional<String> customerProblem(Messages messages, OrderType type, PhoneCustomerViewModel customer) {
        boolean ready = customer.readyProperty().get();
        if (type == OrderType.PHONE_DELIVERY && (!ready || customer.deliveryAddressProperty().get() == null)) {
            return Optional.of(messages.get("counter.check.deliveryCustomer"));
        }
        if (type.isPhone() && (!ready || customer.customerProperty().get() == null)) {
            return Optional.of(messages.get("counter.check.phoneCustomer"));
        }
        return Optional.empty();
    }

    /** "Commande n° 12 enregistrée : 14,00 €. Rendu : 6,00 €." */
    static String savedNotice(Messages messages, OrderView saved, boolean modification) {
        if (modification) {
            return messages.get("counter.saved.modified", saved.ticketNumber(), saved.total());
        }
        Optional<OrderView.Payment> cash = saved.payments().stream()
                .filter(payment -> payment.method() == PaymentMethod.CASH && payment.change() != null).findFirst();
        return cash.map(payment -> messages.get("counter.saved.cash", saved.ticketNumber(), saved.total(), payment.change()))
                .orElseGet(() -> messages.get("counter.saved", saved.ticketNumber(), saved.total()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
