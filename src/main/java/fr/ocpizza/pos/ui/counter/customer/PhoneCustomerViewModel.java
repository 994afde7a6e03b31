package fr.ocpizza.pos.ui.counter.customer;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.customer.NewCustomer;
import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.customer.FrenchPhone;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer of a phone order: the cashier types the number, the record appears (or a form to
 * create it), he picks the delivery address and may repeat the last order. Lookups and writes go
 * through the {@link TaskExecutor}; everything else runs on the UI thread.
 */
public final class PhoneCustomerViewModel {

    /** Where the panel is. */
    public enum State {
        /** No number looked up yet (or it is being typed). */
        EMPTY,
        /** Several customers share the number: the cashier picks one. */
        CHOOSING,
        /** A customer is selected. */
        FOUND,
        /** Nobody has the number: the new-customer form. */
        NOT_FOUND
    }

    private record Lookup(List<CustomerCard> cards, Map<Integer, String> storeNames) {
    }

    private final CustomerService customers;
    private final StoreDirectory stores;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StaffPrincipal staff;
    private final int storeId;
    private Consumer<RepeatedOrder> onRepeat;
    private final CustomerTexts texts;

    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ObjectProperty<Fulfilment> fulfilment = new SimpleObjectProperty<>(this, "fulfilment", Fulfilment.TAKEAWAY);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ObservableList<CustomerCard> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomerCard> customer = new ReadOnlyObjectWrapper<>(this, "customer");
    private final ObservableList<CustomerCard.SavedAddress> addresses = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomerCard.SavedAddress> deliveryAddress = new ReadOnlyObjectWrapper<>(this, "deliveryAddress");
    private final ObservableList<CustomerCard.PastOrder> lastOrders = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper customerName = new ReadOnlyStringWrapper(this, "customerName", "");
    private final ReadOnlyStringWrapper phoneError = new ReadOnlyStringWrapper(this, "phoneError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper addingAddress = new ReadOnlyBooleanWrapper(this, "addingAddress");
    private final AddressForm address;
    private final NewCustomerForm form;
    private final BooleanBinding ready;
    private final BooleanBinding canRepeat;
    private final BooleanBinding missingAddress;

    // UI thread only.
    private FrenchPhone searched;
    /** Only the answer to the latest lookup or write counts; {@link #clear()} drops the others. */
    private long requests;

    /**
     * A panel whose repeated orders go where {@link #setOnRepeat} says (the counter's basket).
     *
     * @param zone the time zone of the dates shown
     */
    public PhoneCustomerViewModel(CustomerService customers, StoreDirectory stores, TaskExecutor executor,
                                  Messages messages, StaffPrincipal staff, int storeId, ZoneId zone) {
        this(customers, stores, executor, messages, staff, storeId, zone, repeated -> { });
    }

    /**
     * @param onRepeat receives the last order's lines, on the UI thread, for the counter's basket
     * @param zone     the time zone of the dates shown
     */
    public PhoneCustomerViewModel(CustomerService customers, StoreDirectory stores, TaskExecutor executor,
                                  Messages messages, StaffPrincipal staff, int storeId, ZoneId zone,
                                  Consumer<RepeatedOrder> onRepeat) {
        this.customers = Objects.requireNonNull(customers);
        this.stores = Objects.requireNonNull(stores);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.staff = Objects.requireNonNull(staff);
        this.storeId = storeId;
        this.onRepeat = Objects.requireNonNull(onRepeat);
        this.texts = new CustomerTexts(messages, Objects.requireNonNull(zone));
        this.address = new AddressForm(messages);
        this.form = new NewCustomerForm(messages, address);
        this.ready = Bindings.createBooleanBinding(() -> customer.get() != null
                && (fulfilment.get() != Fulfilment.DELIVERY || deliveryAddress.get() != null), customer, deliveryAddress, fulfilment);
        this.canRepeat = Bindings.createBooleanBinding(() -> customer.get() != null && !lastOrders.isEmpty() && !busy.get(),
                customer, lastOrders, busy);
        this.missingAddress = Bindings.createBooleanBinding(() -> customer.get() != null
                && fulfilment.get() == Fulfilment.DELIVERY && deliveryAddress.get() == null, customer, deliveryAddress, fulfilment);
        phone.addListener((observable, before, typed) -> phoneTyped(typed));
    }

    /** Where "Répéter la dernière commande" sends the lines: the counter's basket. */
    public void setOnRepeat(Consumer<RepeatedOrder> onRepeat) {
        this.onRepeat = Objects.requireNonNull(onRepeat);
    }

    // ---- commands

    /** Enter in the phone field: looks the number up again, or says why it is not a number. */
    public void lookUp() {
        try {
            search(FrenchPhone.parse(phone.get()));
        } catch (ValidationException refusal) {
            phoneError.set(messages.describe(refusal));
        }
    }

    /** One of the customers sharing the number. */
    public void choose(CustomerCard card) {
        if (card != null) {
            showCard(card);
        }
    }

    /** Someone else of the household calls: a new customer on a number already known. */
    public void newCustomerOnThisNumber() {
        showNoCard(State.NOT_FOUND);
    }

    /** The delivery address of the order (one of the customer's). */
    public void selectAddress(CustomerCard.SavedAddress chosen) {
        if (chosen == null || addresses.contains(chosen)) {
            deliveryAddress.set(chosen);
        }
    }

    /** "Enregistrer" on the new-customer form: checks every field, then creates him and selects him. */
    public void save() {
        if (state.get() != State.NOT_FOUND || busy.get()) {
            return;
        }
        error.set("");
        phoneError.set("");
        FrenchPhone number = null;
        try {
            number = FrenchPhone.parse(phone.get());
        } catch (ValidationException refusal) {
            phoneError.set(messages.describe(refusal));
        }
        Optional<NewCustomer> read = form.read(number, fulfilment.get() == Fulfilment.DELIVERY);
        if (read.isEmpty()) {
            return;
        }
        FrenchPhone created = number;
        NewCustomer request = read.get();
        run(() -> customers.create(staff, storeId, request), card -> {
            searched = created;
            form.clear();
            matches.setAll(card);
            showCard(card);
            notice.set(messages.get("counter.customer.saved", customerName.get()));
        });
    }

    /** "Ajouter une adresse" on a known customer: opens the address fields. */
    public void startAddingAddress() {
        if (customer.get() != null) {
            address.clear();
            addingAddress.set(true);
        }
    }

    public void cancelAddingAddress() {
        addingAddress.set(false);
        address.clear();
    }

    /** Saves the typed address for the customer and makes it the delivery address. */
    public void saveAddress() {
        CustomerCard card = customer.get();
        if (card == null || !addingAddress.get() || busy.get()) {
            return;
        }
        error.set("");
        Optional<FrenchAddress> typed = address.read();
        if (typed.isEmpty()) {
            return;
        }
        run(() -> customers.addAddress(staff, card.customerId(), typed.get()), saved -> {
            List<CustomerCard.SavedAddress> all = new ArrayList<>(card.addresses());
            all.add(saved);
            customer.set(new CustomerCard(card.customerId(), card.firstName(), card.lastName(), card.note(), card.phones(),
                    all, card.lastOrders()));
            addresses.add(saved);
            deliveryAddress.set(saved);
            addingAddress.set(false);
            address.clear();
            notice.set(messages.get("counter.customer.addressSaved", saved.oneLine()));
        });
    }

    /** "Répéter la dernière commande" (Ctrl+R): hands its lines to the counter, says what was left out. */
    public void repeatLastOrder() {
        CustomerCard card = customer.get();
        if (!canRepeat.get()) {
            return;
        }
        error.set("");
        run(() -> customers.lastOrderAsLines(staff, storeId, card.customerId()), repeated -> {
            notice.set(repeated.skipped().isEmpty()
                    ? messages.get("counter.customer.repeated", repeated.lines().size())
                    : messages.get("counter.customer.repeatedSkipped", String.join(", ", repeated.skipped())));
            onRepeat.accept(repeated);
        });
    }

    /** The next call: everything emptied, answers still on their way dropped. */
    public void clear() {
        requests++;
        busy.set(false);
        phone.set("");
        resetResult();
        form.clear();
        error.set("");
        notice.set("");
        phoneError.set("");
    }

    // ---- state

    private void phoneTyped(String typed) {
        phoneError.set("");
        Optional<FrenchPhone> number = parsed(typed);
        if (number.isPresent() && number.get().equals(searched)) {
            return;
        }
        // Another number than the one shown: its card no longer belongs here.
        if (searched != null) {
            requests++;
            busy.set(false);
            resetResult();
        }
        number.ifPresent(this::search);
    }

    private void search(FrenchPhone number) {
        searched = number;
        phoneError.set("");
        error.set("");
        notice.set("");
        boolean namesKnown = texts.knowsStores();
        run(() -> new Lookup(customers.findAllByPhone(staff, storeId, number.e164()),
                namesKnown ? null : stores.all().stream().collect(Collectors.toMap(StoreDirectory.Store::id, StoreDirectory.Store::name))),
                lookup -> {
                    if (lookup.storeNames() != null) {
                        texts.knowStores(lookup.storeNames());
                    }
                    showLookup(lookup.cards());
                });
    }

    private void showLookup(List<CustomerCard> cards) {
        matches.setAll(cards);
        if (cards.size() == 1) {
            showCard(cards.get(0));
        } else {
            showNoCard(cards.isEmpty() ? State.NOT_FOUND : State.CHOOSING);
        }
    }

    private void showNoCard(State next) {
        customer.set(null);
        addresses.clear();
        lastOrders.clear();
        deliveryAddress.set(null);
        customerName.set("");
        addingAddress.set(false);
        state.set(next);
    }

    private void showCard(CustomerCard card) {
        customer.set(card);
        addresses.setAll(card.addresses());
        lastOrders.setAll(card.lastOrders());
        deliveryAddress.set(card.addresses().isEmpty() ? null : card.addresses().get(0));
        customerName.set(CustomerTexts.name(card));
        addingAddress.set(false);
        state.set(State.FOUND);
    }

    private void resetResult() {
        searched = null;
        matches.clear();
        showNoCard(State.EMPTY);
    }

    /** Runs a service call in the background; a refusal goes under its field when it has one. */
    private <T> void run(Callable<T> task, Consumer<T> onSuccess) {
        long request = ++requests;
        busy.set(true);
        executor.execute(task, result -> {
            if (request == requests) {
                busy.set(false);
                onSuccess.accept(result);
            }
        }, failure -> {
            if (request == requests) {
                busy.set(false);
                showFailure(failure);
            }
        });
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof ValidationException refusal) {
            if (form.show(refusal)) {
                return;
            }
            if (refusal.key().equals("error.phone.format")) {
                phoneError.set(messages.describe(refusal));
                return;
            }
        }
        error.set(messages.describe(failure));
    }

    private static Optional<FrenchPhone> parsed(String typed) {
        try {
            return Optional.of(FrenchPhone.parse(typed));
        } catch (ValidationException notYet) {
            return Optional.empty();
        }
    }

    /** How the panel words customers and past orders. */
    public CustomerTexts texts() {
        return texts;
    }

    // ---- what the view and the counter bind to

    /** The number as typed, in any French form; looked up as soon as it is a whole number. */
    public StringProperty phoneProperty() {
        return phone;
    }

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

    public ReadOnlyStringProperty phoneErrorProperty() {
        return phoneError.getReadOnlyProperty();
    }

    /** A refusal that belongs to no field (a duplicate customer, the database away); empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What just happened ("Client enregistré", lines left out of a repeated order); empty when nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a lookup or a write runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the fields of one more address for the selected customer are open. */
    public ReadOnlyBooleanProperty addingAddressProperty() {
        return addingAddress.getReadOnlyProperty();
    }

    /** The new-customer form (names, note; its address is {@link #address()}). */
    public NewCustomerForm form() {
        return form;
    }

    /** The address fields, of the new-customer form and of "Ajouter une adresse". */
    public AddressForm address() {
        return address;
    }
}
