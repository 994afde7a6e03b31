package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The panel that asks why an order is cancelled: one of the usual reasons, and a few words (which
 * {@link CancelReason#OTHER} requires). UI thread only.
 */
public final class CancelForm {

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ObjectProperty<CancelReason> reason = new SimpleObjectProperty<>(this, "reason");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanBinding canConfirm;

    /** @param busy while true (an action on its way), nothing can be confirmed */
    CancelForm(ObservableBooleanValue busy) {
        canConfirm = Bindings.createBooleanBinding(() -> !busy.get() && reason.get() != null
                && (reason.get() != CancelReason.OTHER || !note.get().isBlank()), reason, note, busy);
    }

    /** Opens the panel empty. */
    void open() {
        reason.set(null);
        note.set("");
        open.set(true);
    }

    void close() {
        open.set(false);
    }

    /** "Erreur de saisie", or "Autre motif — client parti sans attendre": what is recorded with the order. */
    String reasonText(Messages messages) {
        String choice = messages.get(reason.get().messageKey());
        String words = note.get().strip();
        return words.isEmpty() ? choice : choice + " — " + words;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ObjectProperty<CancelReason> reasonProperty() {
        return reason;
    }

    /** Free words with the reason; required with {@link CancelReason#OTHER}. */
    public StringProperty noteProperty() {
        return note;
    }

    public BooleanBinding canConfirmBinding() {
        return canConfirm;
    }
}
