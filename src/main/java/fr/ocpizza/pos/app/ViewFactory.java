package fr.ocpizza.pos.app;

import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.FxDialogService;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.shell.ConnectionStatus;
import fr.ocpizza.pos.ui.shell.ConnectionStatusViewModel;
import fr.ocpizza.pos.ui.shell.LoginView;
import fr.ocpizza.pos.ui.shell.LoginViewModel;
import fr.ocpizza.pos.ui.shell.PlaceholderWorkspace;
import fr.ocpizza.pos.ui.shell.ShellView;
import fr.ocpizza.pos.ui.shell.ShellViewModel;
import fr.ocpizza.pos.ui.shell.StatusMonitor;
import fr.ocpizza.pos.ui.shell.TerminalWorkspace;
import fr.ocpizza.pos.ui.shell.Workspace;
import fr.ocpizza.pos.ui.shell.WorkspaceRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Builds the window's own screens (login, the shell around a workspace, the status bar's probe)
 * and opens each role's workspace through its factory: {@link CounterViews}, {@link KitchenViews},
 * {@link BackOfficeViews}. All by plain constructor wiring: view model from the services of the
 * {@link AppContext}, controller from the view model, then the FXML through {@link ViewLoader}.
 * Together, the one place where the UI meets the services.
 */
public final class ViewFactory implements AutoCloseable {

    /** How often the status bar probes the database and Redis. */
    static final Duration STATUS_PERIOD = Duration.ofSeconds(5);

    private final AppContext context;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Optional<String> storeName;
    private final WorkspaceRegistry workspaces;
    private final TerminalSetup setup;
    private final Runnable quitTerminal;
    /** The window's connection indicators, on the login screen and in every shell, and their probe. */
    private final ConnectionStatusViewModel connections;
    private final StatusMonitor statusMonitor;
    private final ViewLoader loader;
    private final CounterViews counterViews;
    private final KitchenViews kitchenViews;
    private final BackOfficeViews backOfficeViews;

    /**
     * @param storeName the terminal's pizzeria name, looked up once at startup off the UI thread
     */
    public ViewFactory(AppContext context, TaskExecutor executor, Messages messages, Optional<String> storeName) {
        this(context, executor, messages, storeName, TerminalSetup.none(), () -> { });
    }

    /**
     * @param setup        the workspace this terminal opens for everyone, and whether it is a kiosk
     * @param quitTerminal closes the application (a manager's "Fermer le terminal" on a kiosk); UI thread
     */
    public ViewFactory(AppContext context, TaskExecutor executor, Messages messages, Optional<String> storeName,
                       TerminalSetup setup, Runnable quitTerminal) {
        this.setup = Objects.requireNonNull(setup);
        this.quitTerminal = Objects.requireNonNull(quitTerminal);
        this.context = Objects.requireNonNull(context);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.storeName = Objects.requireNonNull(storeName);
        this.loader = new ViewLoader(messages);
        DialogService dialogs = new FxDialogService(messages, FxDialogService::terminalWindow);
        this.counterViews = new CounterViews(context, executor, loader, dialogs);
        this.kitchenViews = new KitchenViews(context, executor, loader, setup);
        this.backOfficeViews = new BackOfficeViews(context, executor, loader, dialogs);
        this.workspaces = workspaces();
        this.connections = new ConnectionStatusViewModel(messages);
        this.statusMonitor = new StatusMonitor(this::probeConnections, STATUS_PERIOD, Platform::runLater,
                connections::applyStatus);
    }

    /**
     * The workspace of each role. Register a new one here, e.g.
     * {@code .register(Role.CASHIER, counterViews::counter)}; a role with none gets the placeholder.
     */
    private WorkspaceRegistry workspaces() {
        return new WorkspaceRegistry(staff ->
                new PlaceholderWorkspace(messages.get("workspace.placeholder", ShellViewModel.workspaceTitle(messages, staff))))
                .register(Role.PIZZAIOLO, kitchenViews::kitchen)
                .register(Role.CASHIER, counterViews::counter)
                .register(Role.MANAGER, backOfficeViews::backOffice);
    }

    /** The counter's views (the workspace and the parts it embeds). */
    public CounterViews counterViews() {
        return counterViews;
    }

    public Messages messages() {
        return messages;
    }

    /** The login screen; {@code onLoggedIn} runs on the UI thread with whoever logged in. */
    public LoadedView<LoginView> login(Consumer<StaffPrincipal> onLoggedIn) {
        LoginViewModel viewModel = new LoginViewModel(context.auth(), executor, messages, setup.workspace(), onLoggedIn);
        statusMonitor.start();
        return loader.load(LoginView.class, new LoginView(viewModel, connections));
    }

    /**
     * The login screen after an idle lock: the staff member's login already typed, and a notice
     * saying why the session was locked.
     */
    public LoadedView<LoginView> loginAfterIdleLock(StaffPrincipal staff, Duration idleDelay,
            Consumer<StaffPrincipal> onLoggedIn) {
        LoginViewModel viewModel = new LoginViewModel(context.auth(), executor, messages, setup.workspace(), onLoggedIn);
        viewModel.resumeAfterIdleLock(staff.login(), idleDelay);
        statusMonitor.start();
        return loader.load(LoginView.class, new LoginView(viewModel, connections));
    }

    /** How long a session stays open with nobody touching the terminal; zero: never locked. */
    public Duration idleLockDelay() {
        return context.config().idleLockDelay();
    }

    /** The shell around the staff member's workspace; {@code onLogout} returns to the login. */
    public LoadedView<ShellView> shell(StaffPrincipal staff, Runnable onLogout) {
        ShellViewModel viewModel = new ShellViewModel(staff, context.config().storeId(), storeName, messages, onLogout,
                setup.workspace().map(workspace -> messages.get("workspace.terminal." + workspace.name())),
                setup.kiosk() ? Optional.of(quitTerminal) : Optional.empty(), connections);
        statusMonitor.start();
        Workspace workspace = setup.workspace().map(fixed -> open(fixed, staff)).orElseGet(() -> workspaces.open(staff));
        return loader.load(ShellView.class, new ShellView(viewModel, workspace));
    }

    /**
     * Whether this terminal keeps one counter for every login, built behind the login screen: a
     * counter terminal, or one whose workspace is not fixed (its cashiers open the counter). A
     * kitchen or back-office terminal never opens it.
     */
    public boolean keepsACounter() {
        return setup.workspace().map(fixed -> fixed == TerminalWorkspace.COUNTER).orElse(true);
    }

    /** Whether the staff member's login opens the counter on this terminal (see {@link #workspaces()}). */
    public boolean opensCounter(StaffPrincipal staff) {
        return setup.workspace().map(fixed -> fixed == TerminalWorkspace.COUNTER)
                .orElseGet(() -> staff.role() == Role.CASHIER);
    }

    /**
     * The shell of the terminal's counter, built once before anyone logs in: nothing is read until
     * {@link ShellView#startSession} hands it the cashier who logged in; {@code onLogout} returns to
     * the login.
     */
    public LoadedView<ShellView> counterShell(Runnable onLogout) {
        ShellViewModel viewModel = new ShellViewModel(context.config().storeId(), storeName, messages, onLogout,
                setup.workspace().map(workspace -> messages.get("workspace.terminal." + workspace.name())),
                setup.kiosk() ? Optional.of(quitTerminal) : Optional.empty(), connections);
        return loader.load(ShellView.class, new ShellView(viewModel, counterViews.prebuiltCounter()));
    }

    /** The workspace this terminal is set up for; the login screen has checked that the role may work there. */
    private Workspace open(TerminalWorkspace workspace, StaffPrincipal staff) {
        return switch (workspace) {
            case COUNTER -> counterViews.counter(staff);
            case KITCHEN -> kitchenViews.kitchen(staff);
            case BACKOFFICE -> backOfficeViews.backOffice(staff);
        };
    }

    /**
     * Tells the terminal's heartbeat what the window shows: the workspace of whoever is logged in
     * (the terminal's own when it is set up for one), or the login screen ({@code staffOrNull}
     * null). UI thread; the beat goes out on its own thread.
     */
    public void showing(StaffPrincipal staffOrNull) {
        context.heartbeat().ifPresent(heartbeat -> {
            if (staffOrNull == null) {
                heartbeat.showing(Heartbeat.LOGIN, null);
            } else {
                heartbeat.showing(setup.workspace().map(TerminalWorkspace::optionName)
                        .orElseGet(() -> workspaceName(staffOrNull.role())), staffOrNull.login());
            }
        });
    }

    /** The workspace of a role as heartbeats name it: counter, kitchen, backoffice, or the role's name. */
    static String workspaceName(Role role) {
        return switch (role) {
            case CASHIER -> "counter";
            case PIZZAIOLO -> "kitchen";
            case MANAGER -> "backoffice";
            default -> role.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Stops probing the connections: the window is closing. */
    @Override
    public void close() {
        statusMonitor.close();
    }

    /** Runs on the monitor's thread: both checks do network I/O. */
    private ConnectionStatus probeConnections() {
        return new ConnectionStatus(context.isDatabaseReachable(), context.usesSharedEventBus(),
                context.isEventBusConnected());
    }
}
