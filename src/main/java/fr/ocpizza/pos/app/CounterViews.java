package fr.ocpizza.pos.app;

import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.counter.CounterReceipts;
import fr.ocpizza.pos.ui.counter.CounterSession;
import fr.ocpizza.pos.ui.counter.CounterViewModel;
import fr.ocpizza.pos.ui.counter.CounterWorkspace;
import fr.ocpizza.pos.ui.counter.OrderEntryView;
import fr.ocpizza.pos.ui.counter.PromisedTimePicker;
import fr.ocpizza.pos.ui.counter.PromisedTimeViewModel;
import fr.ocpizza.pos.ui.counter.board.BoardTexts;
import fr.ocpizza.pos.ui.counter.board.OrdersBoardView;
import fr.ocpizza.pos.ui.counter.board.OrdersBoardViewModel;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerView;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import fr.ocpizza.pos.ui.receipt.ReceiptPrinter;
import fr.ocpizza.pos.ui.receipt.StoreHeader;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Builds the cashier's workspace and the parts it embeds (phone customer, promised time, orders
 * of the day), each from the services of the {@link AppContext}.
 */
public final class CounterViews {

    private final AppContext context;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ViewLoader loader;
    private final DialogService dialogs;

    public CounterViews(AppContext context, TaskExecutor executor, ViewLoader loader, DialogService dialogs) {
        this.context = Objects.requireNonNull(context);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
        this.loader = Objects.requireNonNull(loader);
        this.messages = loader.messages();
    }

    /**
     * The shop's orders board of this terminal's pizzeria, live, for a tab of the counter
     * workspace. {@code onModify} receives a RECEIVED order, read afresh, to load into the basket
     * (saved later with {@code OrderService.modify}); {@code onReprint} the order whose ticket to
     * print again. Both run on the UI thread. Close the view when its tab goes away.
     */
    public LoadedView<OrdersBoardView> ordersBoard(StaffPrincipal staff, Consumer<OrderView> onModify,
                                                   Consumer<OrderView> onReprint) {
        return ordersBoard(new CounterSession(staff), onModify, onReprint);
    }

    private LoadedView<OrdersBoardView> ordersBoard(CounterSession session, Consumer<OrderView> onModify,
                                                    Consumer<OrderView> onReprint) {
        OrdersBoardViewModel viewModel = new OrdersBoardViewModel(context.orders(), context.liveFeed(), executor, session,
                context.config().storeId(), context.clock(), new BoardTexts(messages, context.storeZone()),
                onModify, onReprint);
        return load(OrdersBoardView.class, new OrdersBoardView(viewModel));
    }

    /**
     * The customer panel of a phone order, for the counter to embed: number, card or new-customer
     * form, delivery address, last orders. {@code onRepeat} receives the last order's lines on the
     * UI thread ("Répéter la dernière commande", Ctrl+R).
     */
    public LoadedView<PhoneCustomerView> phoneCustomer(StaffPrincipal staff, Consumer<RepeatedOrder> onRepeat) {
        PhoneCustomerViewModel viewModel = phoneCustomerModel(new CounterSession(staff));
        viewModel.setOnRepeat(onRepeat);
        return load(PhoneCustomerView.class, new PhoneCustomerView(viewModel));
    }

    private PhoneCustomerViewModel phoneCustomerModel(CounterSession session) {
        return new PhoneCustomerViewModel(context.customers(), new StoreDirectory(context.database().sessionFactory()),
                executor, messages, session, context.config().storeId(), context.storeZone());
    }

    /**
     * The promised time of the order being taken, for the counter to embed: call
     * {@link PromisedTimePicker#requestProposal} when the fulfilment or the number of pizzas changes.
     */
    public LoadedView<PromisedTimePicker> promisedTimePicker(StaffPrincipal staff) {
        return load(PromisedTimePicker.class, new PromisedTimePicker(promisedTimeModel(new CounterSession(staff))));
    }

    private PromisedTimeViewModel promisedTimeModel(CounterSession session) {
        return new PromisedTimeViewModel(context.promisedTimes(), executor, messages, session,
                context.config().storeId(), context.clock(), context.storeZone());
    }

    /**
     * The cashier's workspace: the order being taken (one {@link CounterViewModel} parent of the
     * menu, basket, line editor, payment, phone customer and promised time) and the shop's orders
     * of the day.
     */
    public CounterWorkspace counter(StaffPrincipal staff) {
        return counter(new CounterSession(staff));
    }

    /**
     * The terminal's counter, built before anyone logs in and kept across logins: it reads
     * nothing until {@link CounterWorkspace#startSession} names the cashier.
     */
    public CounterWorkspace prebuiltCounter() {
        return counter(new CounterSession());
    }

    private CounterWorkspace counter(CounterSession session) {
        int storeId = context.config().storeId();
        CounterReceipts receipts = counterReceipts();
        PhoneCustomerViewModel customerModel = phoneCustomerModel(session);
        PromisedTimeViewModel promiseModel = promisedTimeModel(session);
        // Read on the reload's background thread: the cashier logged in when it runs.
        CounterViewModel counterModel = new CounterViewModel(context.orders(),
                () -> context.stock().whatCanBeMade(session.cashier(), storeId), context.liveFeed(), executor, session,
                storeId, context.clock(), messages, customerModel, promiseModel);
        OrderEntryView entry = load(OrderEntryView.class, new OrderEntryView(counterModel, receipts, dialogs)).controller();
        entry.attachCustomerPanel(load(PhoneCustomerView.class, new PhoneCustomerView(customerModel)).controller());
        entry.attachPromisePicker(load(PromisedTimePicker.class, new PromisedTimePicker(promiseModel)).controller());
        // The board's "Modifier" needs the workspace, and the workspace the board: a late link.
        AtomicReference<CounterWorkspace> workspace = new AtomicReference<>();
        AtomicReference<OrdersBoardView> board = new AtomicReference<>();
        board.set(ordersBoard(session, order -> workspace.get().modify(order),
                order -> receipts.print(order, outcome -> board.get().viewModel().showNotice(outcome))).controller());
        OrdersBoardViewModel boardModel = board.get().viewModel();
        workspace.set(load(CounterWorkspace.class, new CounterWorkspace(entry, board.get().view(), board.get(),
                boardModel::startSession)).controller());
        return workspace.get();
    }

    /** The counter's receipts, with this terminal's store on their header. */
    private CounterReceipts counterReceipts() {
        int storeId = context.config().storeId();
        return new CounterReceipts(receiptPrinter(), () -> {
            StoreDirectory.Store store = new StoreDirectory(context.database().sessionFactory()).find(storeId)
                    .orElseThrow(() -> new NotFoundException("Store", storeId));
            return new StoreHeader(store.name(), store.address(), store.phone());
        }, executor, messages, dialogs, context.storeZone());
    }

    /**
     * Prints receipts on the printer named by ui.receipt.printer (else the default one), or writes
     * them as PNG files into the configured folder when there is none. Call its {@code print}
     * methods from a background task.
     */
    public ReceiptPrinter receiptPrinter() {
        return new ReceiptPrinter(context.config().receiptFallbackDir(), context.config().receiptPrinter(), context.clock());
    }

    private <C> LoadedView<C> load(Class<C> controllerType, C controller) {
        return loader.load(controllerType, controller);
    }
}
