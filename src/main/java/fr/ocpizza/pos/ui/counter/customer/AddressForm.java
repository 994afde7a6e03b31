package fr.ocpizza.pos.ui.counter.customer;

import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The address fields of the phone panel (a new customer's, or one more for a known customer),
 * checked by the domain's {@link FrenchAddress} with one message per wrong field.
 */
public final class AddressForm {

    /** Known-good values, put in the other fields when one field is checked on its own. */
    private static final String GOOD_LINE1 = "1 rue de Rivoli";
    private static final String GOOD_POSTAL_CODE = "75001";
    private static final String GOOD_CITY = "Paris";

    private final Messages messages;
    private final StringProperty line1 = new SimpleStringProperty(this, "line1", "");
    private final StringProperty line2 = new SimpleStringProperty(this, "line2", "");
    private final StringProperty postalCode = new SimpleStringProperty(this, "postalCode", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty instructions = new SimpleStringProperty(this, "instructions", "");
    private final ReadOnlyStringWrapper line1Error = new ReadOnlyStringWrapper(this, "line1Error", "");
    private final ReadOnlyStringWrapper postalCodeError = new ReadOnlyStringWrapper(this, "postalCodeError", "");
    private final ReadOnlyStringWrapper cityError = new ReadOnlyStringWrapper(this, "cityError", "");

    AddressForm(Messages messages) {
        this.messages = messages;
    }

    /** Whether the cashier typed anything in the address. */
    boolean isBlank() {
        return Stream.of(line1, line2, postalCode, city, instructions).allMatch(field -> text(field).isBlank());
    }

    /**
     * The typed address, or empty with a message under each wrong field. Each field is checked
     * on its own by the domain rule (the others given good values), so that a cashier with a bad
     * postal code and no city sees both at once.
     */
    Optional<FrenchAddress> read() {
        clearErrors();
        boolean ok = check(line1Error, () -> new FrenchAddress(null, text(line1), null, GOOD_POSTAL_CODE, GOOD_CITY, null))
                & check(postalCodeError, () -> new FrenchAddress(null, GOOD_LINE1, null, text(postalCode), GOOD_CITY, null))
                & check(cityError, () -> new FrenchAddress(null, GOOD_LINE1, null, GOOD_POSTAL_CODE, text(city), null));
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new FrenchAddress(null, text(line1), text(line2), text(postalCode), text(city), text(instructions)));
    }

    /** Puts a refusal of the service under its field; false when it is about no address field. */
    boolean show(ValidationException refusal) {
        String key = refusal.key();
        ReadOnlyStringWrapper target = key.equals("error.address.line1") ? line1Error
                : key.startsWith("error.address.postalCode") ? postalCodeError
                : key.equals("error.address.city") ? cityError : null;
        if (target == null) {
            return false;
        }
        target.set(messages.describe(refusal));
        return true;
    }

    void clear() {
        Stream.of(line1, line2, postalCode, city, instructions).forEach(field -> field.set(""));
        clearErrors();
    }

    void clearErrors() {
        Stream.of(line1Error, postalCodeError, cityError).forEach(error -> error.set(""));
    }

    private boolean check(ReadOnlyStringWrapper error, Supplier<FrenchAddress> address) {
        try {
            address.get();
            return true;
        } catch (ValidationException refusal) {
            error.set(messages.describe(refusal));
            return false;
        }
    }

    private static String text(StringProperty field) {
        return field.get() == null ? "" : field.get();
    }

    public StringProperty line1Property() {
        return line1;
    }

    public StringProperty line2Property() {
        return line2;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    /** Door code, floor, "sonner chez Dupont". */
    public StringProperty instructionsProperty() {
        return instructions;
    }

    public ReadOnlyStringProperty line1ErrorProperty() {
        return line1Error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty postalCodeErrorProperty() {
        return postalCodeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cityErrorProperty() {
        return cityError.getReadOnlyProperty();
    }
}
