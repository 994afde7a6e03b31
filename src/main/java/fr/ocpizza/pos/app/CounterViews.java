package fr.ocpizza.pos.app;

import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.counter.CounterReceipts;
import fr.ocpizza.pos.ui.counter.CounterWorkspace;
import fr.ocpizza.pos.ui.counter.OrderEntryView;
import fr.ocpizza.pos.ui.counter.OrderEntryViewModel;
import fr.ocpizza.pos.ui.counter.PromisedTimePicker;
import fr.ocpizza.pos.ui.counter.PromisedTimeViewModel;
import fr.ocpizza.pos.ui.counter.board.BoardTexts;
import fr.ocpizza.pos.ui.counter.board.OrdersBoardView;
import fr.ocpizza.pos.ui.counter.board.OrdersBoardViewModel;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerView;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import fr.ocpizza.pos.ui.receipt.ReceiptPrinter;
import fr.ocpizza.pos.ui.receipt.StoreHeader;
import java.time.ZoneId;
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

    public CounterViews(AppContext context, TaskExecutor executor, ViewLoader loader) {
        this.context = Objects.requireNonNull(context);
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
        OrdersBoardViewModel viewModel = new OrdersBoardViewModel(context.orders(), context.liveFeed(), executor, staff,
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
        PhoneCustomerViewModel viewModel = new PhoneCustomerViewModel(context.customers(),
                new StoreDirectory(context.database().sessionFactory()), executor, messages, staff,
                context.config().storeId(), ZoneId.systemDefault(), onRepeat);
        return load(PhoneCustomerView.class, new PhoneCustomerView(viewModel));
    }

    /**
     * The promised time of the order being taken, for the counter to embed: call
     * {@link PromisedTimePicker#requestProposal} when the fulfilment or the number of pizzas changes.
     */
    public LoadedView<PromisedTimePicker> promisedTimePicker(StaffPrincipal staff) {
        PromisedTimeViewModel viewModel = new PromisedTimeViewModel(context.promisedTimes(), executor, messages, staff,
                context.config().storeId(), context.clock(), ZoneId.systemDefault());
        return load(PromisedTimePicker.class, new PromisedTimePicker(viewModel));
    }

    /**
     * The cashier's workspace: the order being taken (menu with live availability, basket,
     * phone customer, promised time, payment) and the shop's orders of the day.
     */
    public CounterWorkspace counter(StaffPrincipal staff) {
        int storeId = context.config().storeId();
        CounterReceipts receipts = counterReceipts();
        OrderEntryViewModel entryModel = new OrderEntryViewModel(context.orders(),
                () -> context.stock().whatCanBeMade(staff, storeId), context.liveFeed(), executor, staff, storeId,
                context.clock(), messages);
        OrderEntryView entry = load(OrderEntryView.class, new OrderEntryView(entryModel, receipts)).controller();
        entry.attachCustomerPanel(phoneCustomer(staff, entryModel::repeat).controller());
        entry.attachPromisePicker(promisedTimePicker(staff).controller());
        // The board's "Modifier" needs the workspace, and the workspace the board: a late link.
        AtomicReference<CounterWorkspace> workspace = new AtomicReference<>();
        AtomicReference<OrdersBoardView> board = new AtomicReference<>();
        board.set(ordersBoard(staff, order -> workspace.get().modify(order),
                order -> receipts.print(order, outcome -> board.get().viewModel().showNotice(outcome))).controller());
        workspace.set(load(CounterWorkspace.class, new CounterWorkspace(entry, board.get().view(), board.get())).controller());
        return workspace.get();
    }

    /** The counter's receipts, with this terminal's store on their header. */
    private CounterReceipts counterReceipts() {
        int storeId = context.config().storeId();
        return new CounterReceipts(receiptPrinter(), () -> {
            StoreDirectory.Store store = new StoreDirectory(context.database().sessionFactory()).find(storeId)
                    .orElseThrow(() -> new NotFoundException("Store", storeId));
            return new StoreHeader(store.name(), store.address(), store.phone());
        }, executor, messages, ZoneId.systemDefault());
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
