package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Placing the order being taken, or saving a modification, for the {@link CounterViewModel}: the
 * checks first (what is missing, said so that the cashier knows what to do), then one call to the
 * service off the UI thread, with the basket's lines, the phone panel's customer and address, the
 * picker's promised time and the payment. UI thread only, except the service call.
 */
final class OrderPlacement {

    private final OrderService orders;
    private final TaskExecutor executor;
    private final CounterSession session;
    private final int storeId;
    private final Clock clock;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    OrderPlacement(OrderService orders, TaskExecutor executor, CounterSession session, int storeId, Clock clock,
                   Messages messages) {
        this.orders = Objects.requireNonNull(orders);
        this.executor = Objects.requireNonNull(executor);
        this.session = Objects.requireNonNull(session);
        this.storeId = storeId;
        this.clock = Objects.requireNonNull(clock);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Why the order cannot go out now; empty when it can. A modification changes only its lines. */
    Optional<String> problem(CounterViewModel counter) {
        if (counter.basket().isEmpty()) {
            return Optional.of(messages.get("counter.check.empty"));
        }
        if (counter.menu().menu() == null) {
            return Optional.of(messages.get("counter.check.menuNotLoaded"));
        }
        if (counter.editingProperty().get() != null) {
            return Optional.empty();
        }
        if (!counter.promise().validProperty().get()) {
            return Optional.of(messages.get("counter.check.promise"));
        }
        return customerProblem(counter.orderTypeProperty().get(), counter.customer()).or(counter.payment()::problem);
    }

    /** A phone order needs its customer, a delivery also his address; empty when the panel has them. */
    private Optional<String> customerProblem(OrderType type, PhoneCustomerViewModel customer) {
        boolean ready = customer.readyProperty().get();
        if (type == OrderType.PHONE_DELIVERY && (!ready || customer.deliveryAddressProperty().get() == null)) {
            return Optional.of(messages.get("counter.check.deliveryCustomer"));
        }
        if (type.isPhone() && (!ready || customer.customerProperty().get() == null)) {
            return Optional.of(messages.get("counter.check.phoneCustomer"));
        }
        return Optional.empty();
    }

    /** Sends the order (or the modification) off the UI thread; the outcome comes back on it. */
    void save(CounterViewModel counter, Consumer<OrderView> onSaved, Consumer<Throwable> onRefused) {
        List<LineRequest> requests = counter.basket().requests();
        OrderView modified = counter.editingProperty().get();
        // Read now: the order is the cashier's who pressed F12, whoever is logged in when it lands.
        StaffPrincipal staff = session.cashier();
        Callable<OrderView> work;
        if (modified != null) {
            work = () -> orders.modify(staff, modified.id(), modified.version(), requests);
        } else {
            NewOrder order = newOrder(counter, requests);
            work = () -> orders.place(staff, order);
        }
        busy.set(true);
        executor.execute(work, saved -> {
            busy.set(false);
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            onRefused.accept(failure);
        });
    }

    private NewOrder newOrder(CounterViewModel counter, List<LineRequest> requests) {
        OrderType type = counter.orderTypeProperty().get();
        PhoneCustomerViewModel customer = counter.customer();
        CustomerCard card = customer.customerProperty().get();
        CustomerCard.SavedAddress address = customer.deliveryAddressProperty().get();
        PromisedTimeViewModel promise = counter.promise();
        return new NewOrder(storeId, type.channel(), type.fulfilment(),
                type.isPhone() && card != null ? card.customerId() : null,
                blankToNull(customer.customerNameProperty().get()),
                type == OrderType.PHONE_DELIVERY && address != null ? address.id() : null,
                promise.chosenTimeProperty().get() == null ? clock.instant() : promise.chosenTimeProperty().get(),
                null, requests, counter.payment().request());
    }

    /** "Commande n° 12 enregistrée : 14,00 €. Rendu : 6,00 €." */
    String savedNotice(OrderView saved, boolean modification) {
        if (modification) {
            return messages.get("counter.saved.modified", saved.ticketNumber(), saved.total());
        }
        Optional<OrderView.Payment> cash = saved.payments().stream()
                .filter(payment -> payment.method() == PaymentMethod.CASH && payment.change() != null).findFirst();
        return cash.map(payment -> messages.get("counter.saved.cash", saved.ticketNumber(), saved.total(), payment.change()))
                .orElseGet(() -> messages.get("counter.saved", saved.ticketNumber(), saved.total()));
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
