package fr.ocpizza.pos.ui.counter.customer;

import fr.ocpizza.pos.application.customer.NewCustomer;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.customer.FrenchPhone;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The new-customer form of the phone panel: names, a note, and the panel's {@link AddressForm}.
 * Every wrong field gets its message at once; nothing is sent until all are right.
 */
public final class NewCustomerForm {

    private final Messages messages;
    private final AddressForm address;
    private final StringProperty firstName = new SimpleStringProperty(this, "firstName", "");
    private final StringProperty lastName = new SimpleStringProperty(this, "lastName", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper lastNameError = new ReadOnlyStringWrapper(this, "lastNameError", "");

    NewCustomerForm(Messages messages, AddressForm address) {
        this.messages = messages;
        this.address = address;
    }

    /**
     * The customer to create, or empty with a message under each wrong field.
     *
     * @param phone           the number checked by the panel; null when it is wrong (its message is the panel's)
     * @param addressRequired a delivery: the address must be given; otherwise it is checked only when typed
     */
    Optional<NewCustomer> read(FrenchPhone phone, boolean addressRequired) {
        lastNameError.set("");
        address.clearErrors();
        boolean ok = phone != null;
        if (lastName.get() == null || lastName.get().isBlank()) {
            lastNameError.set(messages.get("error.customer.lastName"));
            ok = false;
        }
        FrenchAddress typedAddress = null;
        if (addressRequired || !address.isBlank()) {
            Optional<FrenchAddress> read = address.read();
            ok &= read.isPresent();
            typedAddress = read.orElse(null);
        }
        return ok ? Optional.of(new NewCustomer(firstName.get(), lastName.get(), phone.e164(), typedAddress, note.get()))
                : Optional.empty();
    }

    /** Puts a refusal of the service under its field; false when it belongs to none of the form's. */
    boolean show(ValidationException refusal) {
        if (refusal.key().equals("error.customer.lastName")) {
            lastNameError.set(messages.describe(refusal));
            return true;
        }
        return address.show(refusal);
    }

    void clear() {
        firstName.set("");
        lastName.set("");
        note.set("");
        lastNameError.set("");
        address.clear();
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    /** A note for the staff about the customer. */
    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty lastNameErrorProperty() {
        return lastNameError.getReadOnlyProperty();
    }

    public AddressForm address() {
        return address;
    }
}
