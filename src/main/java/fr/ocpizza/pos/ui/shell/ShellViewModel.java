package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The frame around a workspace: who is logged in, on which pizzeria's terminal, in which
 * workspace, and whether the database and the live updates answer.
 */
public final class ShellViewModel {

    /** How a connection indicator looks: not probed yet, answering, or not. */
    public enum Health { UNKNOWN, UP, DOWN }

    private final Messages messages;
    private final Optional<String> fixedWorkspaceTitle;
    private final Runnable onLogout;
    /** Offered to managers only: see {@link #canQuitTerminal()}. */
    private final Optional<Runnable> onQuitTerminal;
    /** Who logged in; null in a shell prebuilt before anyone did. */
    private StaffPrincipal staff;

    private final ReadOnlyStringWrapper workspaceTitle = new ReadOnlyStringWrapper(this, "workspaceTitle");
    private final ReadOnlyStringWrapper staffName = new ReadOnlyStringWrapper(this, "staffName");
    private final ReadOnlyStringWrapper staffRole = new ReadOnlyStringWrapper(this, "staffRole");
    private final ReadOnlyStringWrapper storeLabel = new ReadOnlyStringWrapper(this, "storeLabel");
    private final ConnectionStatusViewModel connections;

    /**
     * @param staff     who logged in
     * @param storeId   the pizzeria this terminal belongs to (configuration)
     * @param storeName its name, when the database gave it
     * @param onLogout  returns to the login screen
     */
    public ShellViewModel(StaffPrincipal staff, int storeId, Optional<String> storeName, Messages messages, Runnable onLogout) {
        this(staff, storeId, storeName, messages, onLogout, Optional.empty(), Optional.empty(),
                new ConnectionStatusViewModel(messages));
    }

    /**
     * @param workspaceTitle the title of the workspace this terminal is set up for, when it is not the role's own
     * @param onQuitTerminal closes the application; offered to managers of a kiosk terminal (whose window cannot be closed)
     * @param connections    the window's connection indicators, shared with the login screen
     */
    public ShellViewModel(StaffPrincipal staff, int storeId, Optional<String> storeName, Messages messages, Runnable onLogout,
                          Optional<String> workspaceTitle, Optional<Runnable> onQuitTerminal,
                          ConnectionStatusViewModel connections) {
        this(storeId, storeName, messages, onLogout, workspaceTitle, onQuitTerminal, connections);
        startSession(staff);
    }

    /**
     * The shell of the terminal's counter, built before anyone logs in and kept across logins:
     * {@link #startSession} names who works in it.
     */
    public ShellViewModel(int storeId, Optional<String> storeName, Messages messages, Runnable onLogout,
                          Optional<String> workspaceTitle, Optional<Runnable> onQuitTerminal,
                          ConnectionStatusViewModel connections) {
        this.connections = Objects.requireNonNull(connections);
        this.messages = Objects.requireNonNull(messages);
        this.onLogout = Objects.requireNonNull(onLogout);
        this.onQuitTerminal = Objects.requireNonNull(onQuitTerminal);
        this.fixedWorkspaceTitle = Objects.requireNonNull(workspaceTitle);
        storeLabel.set(storeName
                .map(name -> messages.get("shell.storeNamed", storeId, name))
                .orElseGet(() -> messages.get("shell.store", storeId)));
    }

    /** Who logged in: his name, his role and the workspace's title in the top bar. */
    public void startSession(StaffPrincipal next) {
        staff = Objects.requireNonNull(next);
        workspaceTitle.set(fixedWorkspaceTitle.orElseGet(() -> workspaceTitle(messages, next)));
        staffName.set(next.fullName());
        staffRole.set(next.isChainManager()
                ? messages.get("role.MANAGER.chain")
                : messages.get("role." + next.role().name()));
    }

    /** The top bar's title for a staff member: the workspace of the role ("Comptoir", "Cuisine"…). */
    public static String workspaceTitle(Messages messages, StaffPrincipal staff) {
        return messages.get("workspace." + staff.role().name());
    }

    public StaffPrincipal staff() {
        return staff;
    }

    public ReadOnlyStringProperty workspaceTitleProperty() {
        return workspaceTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staffNameProperty() {
        return staffName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty staffRoleProperty() {
        return staffRole.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty storeLabelProperty() {
        return storeLabel.getReadOnlyProperty();
    }

    /** The database and live-update indicators of the status bar. */
    public ConnectionStatusViewModel connections() {
        return connections;
    }

    public ReadOnlyStringProperty databaseStatusProperty() {
        return connections.databaseStatusProperty();
    }

    public ReadOnlyStringProperty liveStatusProperty() {
        return connections.liveStatusProperty();
    }

    public ReadOnlyObjectProperty<Health> databaseHealthProperty() {
        return connections.databaseHealthProperty();
    }

    public ReadOnlyObjectProperty<Health> liveHealthProperty() {
        return connections.liveHealthProperty();
    }

    /** A fresh probe result; called on the UI thread. */
    public void applyStatus(ConnectionStatus status) {
        connections.applyStatus(status);
    }

    /** Whether "Fermer le terminal" shows: a manager on a kiosk terminal. */
    public boolean canQuitTerminal() {
        return onQuitTerminal.isPresent() && staff != null && staff.role() == Role.MANAGER;
    }

    /** "Fermer le terminal": the application closes (finishing its work first). */
    public void quitTerminal() {
        if (canQuitTerminal()) {
            onQuitTerminal.get().run();
        }
    }

    /** "Changer d'utilisateur": back to the login screen. */
    public void logout() {
        onLogout.run();
    }
}
