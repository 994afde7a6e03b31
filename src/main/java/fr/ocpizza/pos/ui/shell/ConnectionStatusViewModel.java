package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.shell.ShellViewModel.Health;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says of the database and the live updates. One for the window, fed by one
 * {@link StatusMonitor}: the login screen and every workspace show the same indicators.
 */
public final class ConnectionStatusViewModel {

    private final Messages messages;
    private final ReadOnlyStringWrapper databaseStatus = new ReadOnlyStringWrapper(this, "databaseStatus");
    private final ReadOnlyStringWrapper liveStatus = new ReadOnlyStringWrapper(this, "liveStatus");
    private final ReadOnlyObjectWrapper<Health> databaseHealth = new ReadOnlyObjectWrapper<>(this, "databaseHealth", Health.UNKNOWN);
    private final ReadOnlyObjectWrapper<Health> liveHealth = new ReadOnlyObjectWrapper<>(this, "liveHealth", Health.UNKNOWN);

    public ConnectionStatusViewModel(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
        databaseStatus.set(messages.get("status.database.checking"));
        liveStatus.set(messages.get("status.live.checking"));
    }

    public ReadOnlyStringProperty databaseStatusProperty() {
        return databaseStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty liveStatusProperty() {
        return liveStatus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Health> databaseHealthProperty() {
        return databaseHealth.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Health> liveHealthProperty() {
        return liveHealth.getReadOnlyProperty();
    }

    /** A fresh probe result; called on the UI thread. */
    public void applyStatus(ConnectionStatus status) {
        databaseHealth.set(status.databaseUp() ? Health.UP : Health.DOWN);
        databaseStatus.set(messages.get(status.databaseUp() ? "status.database.up" : "status.database.down"));
        liveHealth.set(status.liveUpdatesUp() ? Health.UP : Health.DOWN);
        String liveKey;
        if (!status.sharedLiveUpdates()) {
            liveKey = "status.live.local";
        } else {
            liveKey = status.liveUpdatesUp() ? "status.live.redis" : "status.live.redisDown";
        }
        liveStatus.set(messages.get(liveKey));
    }
}
