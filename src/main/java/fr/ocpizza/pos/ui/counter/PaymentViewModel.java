package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.PaymentRequest;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * The payment of the order being taken: cash (with the amount handed over and the change), card
 * taken on the separate terminal, or later (at pickup, at the door). UI thread only.
 */
public final class PaymentViewModel {

    private final Messages messages;
    private final ObservableObjectValue<Money> total;
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(this, "method", PaymentMethod.CASH);
    private final StringProperty tendered = new SimpleStringProperty(this, "tendered", "");
    private final ReadOnlyStringWrapper changeDue = new ReadOnlyStringWrapper(this, "changeDue", "");
    private final ReadOnlyBooleanWrapper tenderedInvalid = new ReadOnlyBooleanWrapper(this, "tenderedInvalid");

    /** @param total the basket's total, which the change follows */
    PaymentViewModel(Messages messages, ObservableObjectValue<Money> total) {
        this.messages = Objects.requireNonNull(messages);
        this.total = Objects.requireNonNull(total);
        tendered.addListener((o, before, after) -> updateChange());
        method.addListener((o, before, after) -> updateChange());
        total.addListener((o, before, after) -> updateChange());
    }

    /** A quick cash button: the customer hands over this note. */
    public void tender(Money amount) {
        method.set(PaymentMethod.CASH);
        tendered.set(amount.toEuros().toPlainString().replace('.', messages.locale().getLanguage().equals("fr") ? ',' : '.'));
    }

    /** Cash with nothing typed yet: F12 first asks for the amount handed over. */
    boolean waitsForAmount() {
        return method.get() == PaymentMethod.CASH && (tendered.get() == null || tendered.get().isBlank());
    }

    /** Why the payment cannot go out as typed; empty when it can. */
    Optional<String> problem() {
        if (method.get() == PaymentMethod.CASH && tenderedInvalid.get()) {
            return Optional.of(messages.get("counter.check.tendered", tendered.get().strip()));
        }
        return Optional.empty();
    }

    PaymentRequest request() {
        PaymentMethod chosen = method.get();
        if (chosen == PaymentMethod.CASH) {
            return PaymentRequest.cash(tenderedAmount().orElse(null));
        }
        return PaymentRequest.of(chosen);
    }

    /** The next customer: nothing handed over yet, and the usual method of the order type. */
    void reset(PaymentMethod usual) {
        tendered.set("");
        method.set(usual);
    }

    private Optional<Money> tenderedAmount() {
        String text = tendered.get() == null ? "" : tendered.get().replace("€", "").replace('\u00a0', ' ').strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.parse(text));
        } catch (ArithmeticException | NumberFormatException notAnAmount) {
            return Optional.empty();
        }
    }

    private void updateChange() {
        boolean cash = method.get() == PaymentMethod.CASH;
        String text = tendered.get() == null ? "" : tendered.get().strip();
        Optional<Money> given = tenderedAmount();
        tenderedInvalid.set(cash && !text.isEmpty() && (given.isEmpty() || given.get().isNegative()));
        if (!cash || given.isEmpty() || given.get().isNegative()) {
            changeDue.set("");
        } else if (given.get().compareTo(total.get()) < 0) {
            changeDue.set(messages.get("counter.payment.missing", total.get().minus(given.get())));
        } else {
            changeDue.set(messages.get("counter.payment.change", given.get().minus(total.get())));
        }
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    /** The amount handed over, as typed ("20", "20,50"); empty for the exact amount. */
    public StringProperty tenderedProperty() {
        return tendered;
    }

    /** "Rendu : 6,50 €" or "Il manque 4,00 €"; empty when there is nothing to say. */
    public ReadOnlyStringProperty changeDueProperty() {
        return changeDue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tenderedInvalidProperty() {
        return tenderedInvalid.getReadOnlyProperty();
    }
}
