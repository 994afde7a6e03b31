package fr.ocpizza.pos.app;

import fr.ocpizza.pos.application.order.OrderView;

import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.application.supervision.Heartbeat;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.ui.backoffice.AuditView;
import fr.ocpizza.pos.ui.backoffice.BackOfficeWorkspace;
import fr.ocpizza.pos.ui.backoffice.ReportsView;
import fr.ocpizza.pos.ui.backoffice.ReportsViewModel;
import fr.ocpizza.pos.ui.backoffice.StaffView;
import fr.ocpizza.pos.ui.backoffice.StockMovementsView;
import fr.ocpizza.pos.ui.backoffice.StockMovementsViewModel;
import fr.ocpizza.pos.ui.backoffice.StaffViewModel;
import fr.ocpizza.pos.ui.backoffice.MenuEditorView;
import fr.ocpizza.pos.ui.backoffice.MenuEditorViewModel;
import fr.ocpizza.pos.ui.backoffice.StockBoardView;
import fr.ocpizza.pos.ui.backoffice.StockBoardViewModel;
import fr.ocpizza.pos.ui.backoffice.TerminalsView;
import fr.ocpizza.pos.ui.backoffice.TerminalsViewModel;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.FxDialogService;
import fr.ocpizza.pos.ui.counter.CounterReceipts;
import fr.ocpizza.pos.ui.counter.CounterViewModel;
import fr.ocpizza.pos.ui.counter.CounterWorkspace;
import fr.ocpizza.pos.ui.counter.OrderEntryView;
import fr.ocpizza.pos.ui.receipt.StoreHeader;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.counter.board.BoardTexts;
import fr.ocpizza.pos.ui.counter.board.OrdersBoardView;
import fr.ocpizza.pos.ui.counter.board.OrdersBoardViewModel;

import fr.ocpizza.pos.ui.counter.PromisedTimePicker;
import fr.ocpizza.pos.ui.counter.PromisedTimeViewModel;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerView;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import fr.ocpizza.pos.ui.kitchen.Chime;
import fr.ocpizza.pos.ui.kitchen.KitchenSettings;
import fr.ocpizza.pos.ui.kitchen.KitchenView;
import fr.ocpizza.pos.ui.kitchen.KitchenViewModel;
import fr.ocpizza.pos.ui.kitchen.TicketTexts;
import fr.ocpizza.pos.ui.kitchen.ToneChime;
import fr.ocpizza.pos.ui.receipt.ReceiptPrinter;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Builds every view of the desktop application by plain constructor wiring: view model from the
 * services of the {@link AppContext}, controller from the view model, then the FXML with
 * {@link FXMLLoader#setControllerFactory} handing it that controller. The one place where the UI
 * meets the services.
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
    /** One chime for the application, made at the first kitchen display that rings. UI thread. */
    private Chime chime;

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
        this.workspaces = workspaces();
        this.connections = new ConnectionStatusViewModel(messages);
        this.statusMonitor = new StatusMonitor(this::probeConnections, STATUS_PERIOD, Platform::runLater,
                connections::applyStatus);
    }

    /**
     * The workspace of each role. Register a new one here, e.g.
     * {@code .register(Role.CASHIER, this::counter)}; a role with none gets the placeholder.
     */
    private WorkspaceRegistry workspaces() {
        return new WorkspaceRegistry(staff ->
                new PlaceholderWorkspace(messages.get("workspace.placeholder", ShellViewModel.workspaceTitle(messages, staff))))
                .register(Role.PIZZAIOLO, this::kitchen)
                .register(Role.CASHIER, this::counter)
                .register(Role.MANAGER, this::backOffice);
    }

    /**
     * The kitchen display of this terminal's pizzeria, live. The pizzaiolo's workspace; a manager
     * of the store may be given one too (the services allow both roles).
     */
    public KitchenView kitchen(StaffPrincipal staff) {
        AppConfig config = context.config();
        KitchenSettings settings = new KitchenSettings(config.kitchenAgeWarn(), config.kitchenAgeLate(),
                config.kitchenSound(), config.kitchenKiosk() || setup.kiosk());
        KitchenViewModel viewModel = new KitchenViewModel(context.kitchen(), context.liveFeed(), executor, staff,
                config.storeId(), settings, context.clock(), settings.sound() ? chime() : Chime.silent(),
                new TicketTexts(messages, ZoneId.systemDefault()));
        return load(KitchenView.class, new KitchenView(viewModel)).controller();
    }

    /**
     * The shop's orders board of this terminal's pizzeria, live, for a tab of the counter
     * workspace. {@code onModify} receives a RECEIVED order, read afresh, to load into the basket
     * (saved later with {@code OrderService.modify}); {@code onReprint} the order whose ticket to
     * print again. Both run on the UI thread. Close the view when its tab goes away.
     */
    public LoadedView<OrdersBoardView> ordersBoard(StaffPrincipal staff, Consumer<OrderView> onModify,
                                                   Consumer<OrderView> onReprint) {
        OrdersBoardViewModel viewModel = new OrdersBoardViewModel(context.orders(), context.liveFeed(), executor, staff,
                context.config().storeId(), context.clock(), new BoardTexts(messages, ZoneId.systemDefault()),
                onModify, onReprint);
        return load(OrdersBoardView.class, new OrdersBoardView(viewModel));
    }

    /**
     * The customer panel of a phone order, for the counter to embed: number, card or new-customer
     * form, delivery address, last orders. {@code onRepeat} receives the last order's lines on the
     * UI thread ("Répéter la dernière commande", Ctrl+R).
     */
    public LoadedView<PhoneCustomerView> phoneCustomer(StaffPrincipal staff, Consumer<RepeatedOrder> onRepeat) {
        PhoneCustomerViewModel viewModel = phoneCustomerModel(staff);
        viewModel.setOnRepeat(onRepeat);
        return load(PhoneCustomerView.class, new PhoneCustomerView(viewModel));
    }

    private PhoneCustomerViewModel phoneCustomerModel(StaffPrincipal staff) {
        return new PhoneCustomerViewModel(context.customers(), new StoreDirectory(context.database().sessionFactory()),
                executor, messages, staff, context.config().storeId(), ZoneId.systemDefault());
    }

    /**
     * The promised time of the order being taken, for the counter to embed: call
     * {@link PromisedTimePicker#requestProposal} when the fulfilment or the number of pizzas changes.
     */
    public LoadedView<PromisedTimePicker> promisedTimePicker(StaffPrincipal staff) {
        return load(PromisedTimePicker.class, new PromisedTimePicker(promisedTimeModel(staff)));
    }

    private PromisedTimeViewModel promisedTimeModel(StaffPrincipal staff) {
        return new PromisedTimeViewModel(context.promisedTimes(), executor, messages, staff,
                context.config().storeId(), context.clock(), ZoneId.systemDefault());
    }

    /**
     * The cashier's workspace: the order being taken (one {@link CounterViewModel} parent of the
     * menu, basket, line editor, payment, phone customer and promised time) and the shop's orders
     * of the day.
     */
    public CounterWorkspace counter(StaffPrincipal staff) {
        int storeId = context.config().storeId();
        // Dialogs belong to the window the order entry shows in, known once it is loaded.
        AtomicReference<javafx.scene.Node> entryRoot = new AtomicReference<>();
        DialogService dialogs = new FxDialogService(messages, () -> Optional.ofNullable(entryRoot.get())
                .map(javafx.scene.Node::getScene).map(javafx.scene.Scene::getWindow).orElse(null));
        CounterReceipts receipts = counterReceipts(dialogs);
        PhoneCustomerViewModel customerModel = phoneCustomerModel(staff);
        PromisedTimeViewModel promiseModel = promisedTimeModel(staff);
        CounterViewModel counterModel = new CounterViewModel(context.orders(),
                () -> context.stock().whatCanBeMade(staff, storeId), context.liveFeed(), executor, staff, storeId,
                context.clock(), messages, customerModel, promiseModel);
        LoadedView<OrderEntryView> loadedEntry = load(OrderEntryView.class, new OrderEntryView(counterModel, receipts, dialogs));
        entryRoot.set(loadedEntry.root());
        OrderEntryView entry = loadedEntry.controller();
        entry.attachCustomerPanel(load(PhoneCustomerView.class, new PhoneCustomerView(customerModel)).controller());
        entry.attachPromisePicker(load(PromisedTimePicker.class, new PromisedTimePicker(promiseModel)).controller());
        // The board's "Modifier" needs the workspace, and the workspace the board: a late link.
        AtomicReference<CounterWorkspace> workspace = new AtomicReference<>();
        AtomicReference<OrdersBoardView> board = new AtomicReference<>();
        board.set(ordersBoard(staff, order -> workspace.get().modify(order),
                order -> receipts.print(order, outcome -> board.get().viewModel().showNotice(outcome))).controller());
        workspace.set(load(CounterWorkspace.class, new CounterWorkspace(entry, board.get().view(), board.get())).controller());
        return workspace.get();
    }

    /**
     * The manager's back office for this terminal's store (a chain manager sees the terminal's
     * store): its stock, live, and its movements; the chain's menu and recipes; reports; its staff
     * and the audit log; the terminals (his store's, or the chain's for a chain manager).
     */
    public BackOfficeWorkspace backOffice(StaffPrincipal staff) {
        StockBoardViewModel stockModel = new StockBoardViewModel(context.stock(), context.stockHistory(),
                () -> new StoreDirectory(context.database().sessionFactory()).all(), context.liveFeed(), executor, staff,
                context.config().storeId(), messages);
        StockBoardView stock = load(StockBoardView.class, new StockBoardView(stockModel)).controller();
        MenuEditorView menu = load(MenuEditorView.class,
                new MenuEditorView(new MenuEditorViewModel(context.menu(), executor, staff, messages))).controller();
        StaffViewModel staffModel = new StaffViewModel(context.staff(), context.auditLog(), executor, staff,
                context.config().storeId(), ZoneId.systemDefault(), messages);
        StaffView staffView = load(StaffView.class, new StaffView(staffModel)).controller();
        AuditView audit = load(AuditView.class, new AuditView(staffModel)).controller();
        ReportsView reports = load(ReportsView.class, new ReportsView(new ReportsViewModel(context.reports(),
                () -> new StoreDirectory(context.database().sessionFactory()).all(), executor, staff,
                context.config().storeId(), messages, ZoneId.systemDefault(), context.clock()))).controller();
        StockMovementsView movements = load(StockMovementsView.class, new StockMovementsView(new StockMovementsViewModel(
                context.stock(), context.stockMovements(), context.stockHistory(), executor, staff, context.config().storeId(),
                ZoneId.systemDefault(), messages))).controller();
        TerminalsView terminals = load(TerminalsView.class, new TerminalsView(new TerminalsViewModel(context.supervision(),
                executor, Platform::runLater, staff, context.clock(), ZoneId.systemDefault(), messages))).controller();
        return load(BackOfficeWorkspace.class, new BackOfficeWorkspace(stock, movements, menu, reports, staffView, audit,
                terminals)).controller();
    }

    /** The counter's receipts, with this terminal's store on their header. */
    private CounterReceipts counterReceipts(DialogService dialogs) {
        int storeId = context.config().storeId();
        return new CounterReceipts(receiptPrinter(), () -> {
            StoreDirectory.Store store = new StoreDirectory(context.database().sessionFactory()).find(storeId)
                    .orElseThrow(() -> new NotFoundException("Store", storeId));
            return new StoreHeader(store.name(), store.address(), store.phone());
        }, executor, messages, dialogs, ZoneId.systemDefault());
    }

    private Chime chime() {
        if (chime == null) {
            chime = new ToneChime();
        }
        return chime;
    }

    public Messages messages() {
        return messages;
    }

    /** The login screen; {@code onLoggedIn} runs on the UI thread with whoever logged in. */
    public LoadedView<LoginView> login(Consumer<StaffPrincipal> onLoggedIn) {
        LoginViewModel viewModel = new LoginViewModel(context.auth(), executor, messages, setup.workspace(), onLoggedIn);
        statusMonitor.start();
        return load(LoginView.class, new LoginView(viewModel, connections));
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
        return load(LoginView.class, new LoginView(viewModel, connections));
    }

    /** How long a session stays open with nobody touching the terminal; zero: never locked. */
    public Duration idleLockDelay() {
        return context.config().idleLockDelay();
    }

    /**
     * Prints receipts on the printer named by ui.receipt.printer (else the default one), or writes
     * them as PNG files into the configured folder when there is none. Call its {@code print}
     * methods from a background task.
     */
    public ReceiptPrinter receiptPrinter() {
        return new ReceiptPrinter(context.config().receiptFallbackDir(), context.config().receiptPrinter(), context.clock());
    }

    /** The shell around the staff member's workspace; {@code onLogout} returns to the login. */
    public LoadedView<ShellView> shell(StaffPrincipal staff, Runnable onLogout) {
        ShellViewModel viewModel = new ShellViewModel(staff, context.config().storeId(), storeName, messages, onLogout,
                setup.workspace().map(workspace -> messages.get("workspace.terminal." + workspace.name())),
                setup.kiosk() ? Optional.of(quitTerminal) : Optional.empty(), connections);
        statusMonitor.start();
        Workspace workspace = setup.workspace().map(fixed -> open(fixed, staff)).orElseGet(() -> workspaces.open(staff));
        return load(ShellView.class, new ShellView(viewModel, workspace));
    }

    /** The workspace this terminal is set up for; the login screen has checked that the role may work there. */
    private Workspace open(TerminalWorkspace workspace, StaffPrincipal staff) {
        return switch (workspace) {
            case COUNTER -> counter(staff);
            case KITCHEN -> kitchen(staff);
            case BACKOFFICE -> backOffice(staff);
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

    /**
     * Loads {@code <ControllerClass>.fxml}, next to the controller class, with the bundle's
     * texts and the given controller instance.
     */
    public <C> LoadedView<C> load(Class<C> controllerType, C controller) {
        URL fxml = controllerType.getResource(controllerType.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException(controllerType.getSimpleName() + ".fxml is missing next to " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(requested -> {
            if (requested != controllerType) {
                throw new IllegalStateException(fxml + " asks for controller " + requested.getName()
                        + " but " + controllerType.getName() + " was given");
            }
            return controller;
        });
        try {
            Parent root = loader.load();
            return new LoadedView<>(root, controller);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
