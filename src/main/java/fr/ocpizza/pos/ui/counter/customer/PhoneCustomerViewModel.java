package fr.ocpizza.pos.ui.counter.customer;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.customer.FrenchPhone;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.counter.CounterSession;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The customer of a phone order: the cashier types the number, the record appears (or a form to
 * create it), he picks the delivery address and may repeat the last order. Parent of the
 * {@link CallerCard} (the customer found) and the {@link CustomerRecords} (what the panel writes);
 * owns the number, the background work and the panel's messages. Lookups and writes go through
 * the {@link TaskExecutor}; everything else runs on the UI thread.
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
    private final CounterSession session;
    private final int storeId;
    private final CustomerTexts texts;
    private Consumer<RepeatedOrder> onRepeat = repeated -> { };

    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ReadOnlyStringWrapper phoneError = new ReadOnlyStringWrapper(this, "phoneError", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final CallerCard card;
    private final CustomerRecords records;

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
        this(customers, stores, executor, messages, new CounterSession(staff), storeId, zone);
    }

    /** @param session the cashier logged in at this counter, read at each lookup or write */
    public PhoneCustomerViewModel(CustomerService customers, StoreDirectory stores, TaskExecutor executor,
                                  Messages messages, CounterSession session, int storeId, ZoneId zone) {
        this.customers = Objects.requireNonNull(customers);
        this.stores = Objects.requireNonNull(stores);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.session = Objects.requireNonNull(session);
        this.storeId = storeId;
        this.texts = new CustomerTexts(messages, Objects.requireNonNull(zone));
        this.card = new CallerCard(busy);
        this.records = new CustomerRecords(this, customers, messages, session, storeId, card);
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
            phoneRefused(refusal);
        }
    }

    /** "Répéter la dernière commande" (Ctrl+R): hands its lines to the counter, says what was left out. */
    public void repeatLastOrder() {
        CustomerCard shown = card.customerProperty().get();
        if (!card.canRepeatProperty().get()) {
            return;
        }
        error.set("");
        StaffPrincipal staff = session.cashier();
        run(() -> customers.lastOrderAsLines(staff, storeId, shown.customerId()), repeated -> {
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
        records.clear();
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
        StaffPrincipal staff = session.cashier();
        run(() -> new Lookup(customers.findAllByPhone(staff, storeId, number.e164()),
                namesKnown ? null : stores.all().stream().collect(Collectors.toMap(StoreDirectory.Store::id, StoreDirectory.Store::name))),
                lookup -> {
                    if (lookup.storeNames() != null) {
                        texts.knowStores(lookup.storeNames());
                    }
                    card.showLookup(lookup.cards());
                });
    }

    private void resetResult() {
        searched = null;
        card.reset();
    }

    /** The number of a customer just created: typing it again does not look it up. */
    void searched(FrenchPhone number) {
        searched = number;
    }

    /** Runs a service call in the background; a refusal goes under its field when it has one. */
    <T> void run(Callable<T> task, Consumer<T> onSuccess) {
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
            if (records.show(refusal)) {
                return;
            }
            if (refusal.key().equals("error.phone.format")) {
                phoneRefused(refusal);
                return;
            }
        }
        error.set(messages.describe(failure));
    }

    void phoneRefused(ValidationException refusal) {
        phoneError.set(messages.describe(refusal));
    }

    /** Before a write: the last refusals go (the phone's too when the number is part of it). */
    void clearErrors(boolean phoneToo) {
        error.set("");
        if (phoneToo) {
            phoneError.set("");
        }
    }

    void notice(String text) {
        notice.set(text);
    }

    private static Optional<FrenchPhone> parsed(String typed) {
        try {
            return Optional.of(FrenchPhone.parse(typed));
        } catch (ValidationException notYet) {
            return Optional.empty();
        }
    }

    // ---- children

    /** The customer the number found. */
    public CallerCard card() {
        return card;
    }

    /** The new-customer form and "Ajouter une adresse". */
    public CustomerRecords records() {
        return records;
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
        return card.fulfilmentProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return card.stateProperty();
    }

    /** The selected customer; null when none is. */
    public ReadOnlyObjectProperty<CustomerCard> customerProperty() {
        return card.customerProperty();
    }

    /** The address to deliver to; null when none is chosen. */
    public ReadOnlyObjectProperty<CustomerCard.SavedAddress> deliveryAddressProperty() {
        return card.deliveryAddressProperty();
    }

    /** The name to put on the order ("Jeanne Martin"); empty when no customer is selected. */
    public ReadOnlyStringProperty customerNameProperty() {
        return card.customerNameProperty();
    }

    /** Enough for the current fulfilment: a customer, and his delivery address for a delivery. */
    public BooleanBinding readyProperty() {
        return card.readyProperty();
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
}
