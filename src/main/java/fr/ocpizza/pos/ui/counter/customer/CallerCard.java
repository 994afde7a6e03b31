package fr.ocpizza.pos.ui.counter.customer;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel.State;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The caller the number found, as the phone panel shows him: the customers on the number, the
 * one selected, his addresses with the one to deliver to, his last orders, and whether the order
 * has what its fulfilment needs. A child of the {@link PhoneCustomerViewModel}; UI thread only.
 */
public final class CallerCard {

    private final ObjectProperty<Fulfilment> fulfilment = new SimpleObjectProperty<>(this, "fulfilment", Fulfilment.TAKEAWAY);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ObservableList<CustomerCard> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomerCard> customer = new ReadOnlyObjectWrapper<>(this, "customer");
    private final ObservableList<CustomerCard.SavedAddress> addresses = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomerCard.SavedAddress> deliveryAddress = new ReadOnlyObjectWrapper<>(this, "deliveryAddress");
    private final ObservableList<CustomerCard.PastOrder> lastOrders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper customerName = new ReadOnlyStringWrapper(this, "customerName", "");
    private final BooleanBinding ready;
    private final BooleanBinding canRepeat;
    private final BooleanBinding missingAddress;

    /** @param busy true while the panel waits for the database: nothing to repeat then */
    CallerCard(ObservableBooleanValue busy) {
        this.ready = Bindings.createBooleanBinding(() -> customer.get() != null
                && (fulfilment.get() != Fulfilment.DELIVERY || deliveryAddress.get() != null), customer, deliveryAddress, fulfilment);
        this.canRepeat = Bindings.createBooleanBinding(() -> customer.get() != null && !lastOrders.isEmpty() && !busy.get(),
                customer, lastOrders, busy);
        this.missingAddress = Bindings.createBooleanBinding(() -> customer.get() != null
                && fulfilment.get() == Fulfilment.DELIVERY && deliveryAddress.get() == null, customer, deliveryAddress, fulfilment);
    }

    /** One of the customers sharing the number. */
    public void choose(CustomerCard card) {
        if (card != null) {
            show(card);
        }
    }

    /** Someone else of the household calls: a new customer on a number already known. */
    public void newCustomerOnThisNumber() {
        showNone(State.NOT_FOUND);
    }

    /** The delivery address of the order (one of the customer's). */
    public void selectAddress(CustomerCard.SavedAddress chosen) {
        if (chosen == null || addresses.contains(chosen)) {
            deliveryAddress.set(chosen);
        }
    }

    /** The customers on the number: one is shown, several are listed, none opens the form. */
    void showLookup(List<CustomerCard> cards) {
        matches.setAll(cards);
        if (cards.size() == 1) {
            show(cards.get(0));
        } else {
            showNone(cards.isEmpty() ? State.NOT_FOUND : State.CHOOSING);
        }
    }

    /** A customer just created on the number. */
    void showCreated(CustomerCard card) {
        matches.setAll(card);
        show(card);
    }

    /** An address just added for the selected customer: it becomes the delivery address. */
    void addressAdded(CustomerCard.SavedAddress saved) {
        CustomerCard card = customer.get();
        List<CustomerCard.SavedAddress> all = new ArrayList<>(card.addresses());
        all.add(saved);
        customer.set(new CustomerCard(card.customerId(), card.firstName(), card.lastName(), card.note(), card.phones(),
                all, card.lastOrders()));
        addresses.add(saved);
        deliveryAddress.set(saved);
    }

    /** No number looked up any more. */
    void reset() {
        matches.clear();
        showNone(State.EMPTY);
    }

    private void showNone(State next) {
        customer.set(null);
        addresses.clear();
        lastOrders.clear();
        deliveryAddress.set(null);
        customerName.set("");
        state.set(next);
    }

    private void show(CustomerCard card) {
        customer.set(card);
        addresses.setAll(card.addresses());
        lastOrders.setAll(card.lastOrders());
        deliveryAddress.set(card.addresses().isEmpty() ? null : card.addresses().get(0));
        customerName.set(CustomerTexts.name(card));
        state.set(State.FOUND);
    }

    // ---- what the view and the counter bind to

    /** Set by the counter: a DELIVERY needs an address, takeaway and eat-in do not. */
    public ObjectProperty<Fulfilment> fulfilmentProperty() {
        return fulfilment;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The customers found for the number, the one who ordered last first. */
    public ObservableList<CustomerCard> matches() {
        return FXCollections.unmodifiableObservableList(matches);
    }

    /** The selected customer; null when none is. */
    public ReadOnlyObjectProperty<CustomerCard> customerProperty() {
        return customer.getReadOnlyProperty();
    }

    public ObservableList<CustomerCard.SavedAddress> addresses() {
        return FXCollections.unmodifiableObservableList(addresses);
    }

    /** The address to deliver to; null when none is chosen. */
    public ReadOnlyObjectProperty<CustomerCard.SavedAddress> deliveryAddressProperty() {
        return deliveryAddress.getReadOnlyProperty();
    }

    public ObservableList<CustomerCard.PastOrder> lastOrders() {
        return FXCollections.unmodifiableObservableList(lastOrders);
    }

    /** The name to put on the order ("Jeanne Martin"); empty when no customer is selected. */
    public ReadOnlyStringProperty customerNameProperty() {
        return customerName.getReadOnlyProperty();
    }

    /** Enough for the current fulfilment: a customer, and his delivery address for a delivery. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    public BooleanBinding canRepeatProperty() {
        return canRepeat;
    }

    /** A delivery for a customer with no address chosen: the view says what to do. */
    public BooleanBinding missingAddressProperty() {
        return missingAddress;
    }
}
