package fr.ocpizza.pos.ui.counter.customer;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.customer.NewCustomer;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.customer.FrenchPhone;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.counter.CounterSession;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel.State;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * What the phone panel writes: a new customer from its form (nothing is sent until every field
 * is right), and one more address for the customer shown. A child of the
 * {@link PhoneCustomerViewModel}, whose background work and messages it uses; UI thread only.
 */
public final class CustomerRecords {

    private final PhoneCustomerViewModel panel;
    private final CustomerService customers;
    private final Messages messages;
    private final CounterSession session;
    private final int storeId;
    private final CallerCard card;
    private final AddressForm address;
    private final NewCustomerForm form;
    private final ReadOnlyBooleanWrapper addingAddress = new ReadOnlyBooleanWrapper(this, "addingAddress");

    CustomerRecords(PhoneCustomerViewModel panel, CustomerService customers, Messages messages, CounterSession session,
                    int storeId, CallerCard card) {
        this.panel = panel;
        this.customers = customers;
        this.messages = messages;
        this.session = session;
        this.storeId = storeId;
        this.card = card;
        this.address = new AddressForm(messages);
        this.form = new NewCustomerForm(messages, address);
        // Another customer shown (or none): the address being typed was for the one before.
        card.customerProperty().addListener((o, before, after) -> addingAddress.set(false));
    }

    /** "Enregistrer" on the new-customer form: checks every field, then creates him and selects him. */
    public void save() {
        if (card.stateProperty().get() != State.NOT_FOUND || panel.busyProperty().get()) {
            return;
        }
        panel.clearErrors(true);
        FrenchPhone number = null;
        try {
            number = FrenchPhone.parse(panel.phoneProperty().get());
        } catch (ValidationException refusal) {
            panel.phoneRefused(refusal);
        }
        Optional<NewCustomer> read = form.read(number, card.fulfilmentProperty().get() == Fulfilment.DELIVERY);
        if (read.isEmpty()) {
            return;
        }
        FrenchPhone created = number;
        NewCustomer request = read.get();
        StaffPrincipal staff = session.cashier();
        panel.run(() -> customers.create(staff, storeId, request), saved -> {
            panel.searched(created);
            form.clear();
            card.showCreated(saved);
            panel.notice(messages.get("counter.customer.saved", card.customerNameProperty().get()));
        });
    }

    /** "Ajouter une adresse" on a known customer: opens the address fields. */
    public void startAddingAddress() {
        if (card.customerProperty().get() != null) {
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
        CustomerCard shown = card.customerProperty().get();
        if (shown == null || !addingAddress.get() || panel.busyProperty().get()) {
            return;
        }
        panel.clearErrors(false);
        Optional<FrenchAddress> typed = address.read();
        if (typed.isEmpty()) {
            return;
        }
        StaffPrincipal staff = session.cashier();
        panel.run(() -> customers.addAddress(staff, shown.customerId(), typed.get()), saved -> {
            card.addressAdded(saved);
            cancelAddingAddress();
            panel.notice(messages.get("counter.customer.addressSaved", saved.oneLine()));
        });
    }

    /** Puts a refusal of the service under its field; false when it belongs to none of the form's. */
    boolean show(ValidationException refusal) {
        return form.show(refusal);
    }

    /** The next call: the form emptied. */
    void clear() {
        form.clear();
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
