package fr.ocpizza.pos.ui.counter;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The two banners of the order being taken: what was refused and what to do (error), and what
 * just happened (notice). Shared by the counter's view models so that each says its sentence in
 * the same place. UI thread only.
 */
public final class CounterBanners {

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    void error(String text) {
        error.set(text);
    }

    void notice(String text) {
        notice.set(text);
    }

    void clearError() {
        error.set("");
    }

    /** Both banners closed ("Fermer", Échap). */
    public void dismiss() {
        error.set("");
        notice.set("");
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
