package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.application.auth.AuthService;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The login screen's state and commands. Counter, kitchen and delivery staff type a PIN (on the
 * keypad or the keyboard), managers a password, in the same field. The check runs on the
 * {@link TaskExecutor}, never on the UI thread: it is a database round trip with a deliberately
 * slow hash.
 */
public final class LoginViewModel {

    /** Longest text the keypad appends: a PIN has at most 6 digits, a password is typed on a keyboard. */
    private static final int MAX_SECRET_LENGTH = 64;

    private final AuthService auth;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<StaffPrincipal> onLoggedIn;
    private final Optional<TerminalWorkspace> terminalWorkspace;

    private final StringProperty login = new SimpleStringProperty(this, "login", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper terminalLabel = new ReadOnlyStringWrapper(this, "terminalLabel", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final BooleanBinding canLogin;

    public LoginViewModel(AuthService auth, TaskExecutor executor, Messages messages, Consumer<StaffPrincipal> onLoggedIn) {
        this(auth, executor, messages, Optional.empty(), onLoggedIn);
    }

    /**
     * @param terminalWorkspace the workspace this terminal is for ({@code --workspace}): the screen
     *                          says it, and refuses, once the code is checked, a role that may not work there
     */
    public LoginViewModel(AuthService auth, TaskExecutor executor, Messages messages,
                          Optional<TerminalWorkspace> terminalWorkspace, Consumer<StaffPrincipal> onLoggedIn) {
        this.terminalWorkspace = Objects.requireNonNull(terminalWorkspace);
        terminalWorkspace.ifPresent(workspace -> terminalLabel.set(messages.get("login.terminal." + workspace.name(),
                roleNames(messages, workspace))));
        this.auth = Objects.requireNonNull(auth);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.onLoggedIn = Objects.requireNonNull(onLoggedIn);
        this.canLogin = Bindings.createBooleanBinding(
                () -> !busy.get() && !isBlank(login.get()) && !isBlank(secret.get()), login, secret, busy);
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    /** The refusal to show, localized; empty when there is none. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** An information line above the fields (why the session was locked); empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * The session of {@code staffLogin} was locked for inactivity: keep the login typed, so that
     * only the code is asked again, and say why the screen changed.
     */
    public void resumeAfterIdleLock(String staffLogin, Duration idleDelay) {
        login.set(staffLogin);
        secret.set("");
        errorMessage.set("");
        notice.set(messages.get("login.idleLocked", idleDelay.toMinutes()));
    }

    /** Which workspace this terminal is for, and who may use it; empty on an ordinary terminal. */
    public ReadOnlyStringProperty terminalLabelProperty() {
        return terminalLabel.getReadOnlyProperty();
    }

    /** True while a login is being checked. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the submit button may be pressed. */
    public BooleanBinding canLoginProperty() {
        return canLogin;
    }

    /** A keypad key or a typed digit: appends to the secret. */
    public void appendToSecret(String characters) {
        if (busy.get() || characters == null || characters.isEmpty()) {
            return;
        }
        String current = secret.get() == null ? "" : secret.get();
        if (current.length() + characters.length() <= MAX_SECRET_LENGTH) {
            secret.set(current + characters);
        }
    }

    /**
     * The keypad's "Effacer": empties the secret. The digits are masked, so someone who
     * mistyped cannot tell which one to remove.
     */
    public void clearSecret() {
        secret.set("");
    }

    /** Checks the login and secret in the background; on success hands the staff member on. */
    public void login() {
        if (busy.get()) {
            return;
        }
        String typedLogin = login.get() == null ? "" : login.get().strip();
        String typedSecret = secret.get() == null ? "" : secret.get();
        if (typedLogin.isEmpty() || typedSecret.isEmpty()) {
            errorMessage.set(messages.get("login.missing"));
            return;
        }
        busy.set(true);
        errorMessage.set("");
        notice.set("");
        executor.execute(() -> auth.login(typedLogin, typedSecret), this::succeeded, this::failed);
    }

    private void succeeded(StaffPrincipal principal) {
        busy.set(false);
        // The next person at this terminal must not find the previous code in the field.
        secret.set("");
        login.set("");
        Optional<TerminalWorkspace> refusing = terminalWorkspace.filter(workspace -> !workspace.allows(principal.role()));
        if (refusing.isPresent()) {
            errorMessage.set(messages.get("login.wrongWorkspace." + refusing.get().name(), roleNames(messages, refusing.get()),
                    messages.get("role." + principal.role().name())));
            return;
        }
        onLoggedIn.accept(principal);
    }

    /** "Pizzaïolo ou Gérant". */
    private static String roleNames(Messages messages, TerminalWorkspace workspace) {
        return workspace.roles().stream().map(role -> messages.get("role." + role.name()))
                .collect(Collectors.joining(" " + messages.get("login.or") + " "));
    }

    private void failed(Throwable failure) {
        busy.set(false);
        secret.set("");
        errorMessage.set(messages.describe(failure));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
