package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.stock.StoreAvailability;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.LiveReloads;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The counter as one feature room: the order being taken, parent of the menu tiles, the basket,
 * the line editor, the payment, the phone customer and the promised time, and owner of every rule
 * that links them (a phone type opens the customer, a change in the number of pizzas moves the
 * promised time, the customer and the time go into the order, an order placed starts the next
 * call…). Places the order, or saves a modification, in one call off the UI thread. Views bind to
 * the children and forward input; UI thread only, except the work handed to the {@link TaskExecutor}.
 */
public final class CounterViewModel implements AutoCloseable {

    private final CounterSession session;
    private final LiveFeed feed;
    private final int storeId;
    private final Messages messages;
    private final LiveReloads<StoreAvailability> reloads;
    private final OrderPlacement placement;

    private final CounterBanners banners = new CounterBanners();
    private final MenuTilesViewModel menu = new MenuTilesViewModel();
    private final BasketViewModel basket;
    private final LineEditorViewModel editor;
    private final PaymentViewModel payment;
    private final PhoneCustomerViewModel customer;
    private final PromisedTimeViewModel promise;

    private final ObjectProperty<OrderType> orderType = new SimpleObjectProperty<>(this, "orderType", OrderType.TAKEAWAY);
    private final ReadOnlyObjectWrapper<OrderView> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final ReadOnlyObjectWrapper<OrderView> lastOrder = new ReadOnlyObjectWrapper<>(this, "lastOrder");
    private final BooleanBinding customerShown;
    /** The number of pizzas the promised time was last asked for. */
    private int pizzasProposed = -1;
    /** Subscribed to the stock events (once, at the first session). */
    private boolean connected;
    private Consumer<OrderView> onSaved = order -> { };

    /**
     * @param readAvailability reads the menu and what the store's stock allows (background)
     * @param customer         the phone customer panel's view model (this room's child)
     * @param promise          the promised-time picker's view model (this room's child)
     */
    public CounterViewModel(OrderService orders, Callable<StoreAvailability> readAvailability, LiveFeed feed,
                            TaskExecutor executor, StaffPrincipal staff, int storeId, Clock clock, Messages messages,
                            PhoneCustomerViewModel customer, PromisedTimeViewModel promise) {
        this(orders, readAvailability, feed, executor, new CounterSession(staff), storeId, clock, messages, customer,
                promise);
    }

    /**
     * A counter kept across logins: orders go out under the cashier {@code session} names when
     * placed; {@link #startSession} begins each login afresh. The children read the same session.
     */
    public CounterViewModel(OrderService orders, Callable<StoreAvailability> readAvailability, LiveFeed feed,
                            TaskExecutor executor, CounterSession session, int storeId, Clock clock, Messages messages,
                            PhoneCustomerViewModel customer, PromisedTimeViewModel promise) {
        this.session = Objects.requireNonNull(session);
        this.feed = Objects.requireNonNull(feed);
        this.storeId = storeId;
        this.messages = Objects.requireNonNull(messages);
        this.placement = new OrderPlacement(orders, executor, session, storeId, clock, messages);
        this.customer = Objects.requireNonNull(customer);
        this.promise = Objects.requireNonNull(promise);
        this.basket = new BasketViewModel(menu::menu, messages, banners);
        this.editor = new LineEditorViewModel(basket, menu::menu);
        this.payment = new PaymentViewModel(messages, basket.totalProperty());
        // Any stock movement may change what can be made; order events do not (their stock comes as stock events).
        this.reloads = new LiveReloads<>(executor, readAvailability, this::applyAvailability,
                failure -> banners.error(messages.describe(failure)), event -> !event.type().isOrderEvent());
        this.customerShown = Bindings.createBooleanBinding(() -> orderType.get().isPhone() && editing.get() == null,
                orderType, editing);
        link();
    }

    /** The rules between the children, in one place. */
    private void link() {
        orderType.addListener((o, before, type) -> {
            // A walk-in pays now, a phone customer later; a modification keeps its payment.
            if (editing.get() == null) {
                payment.methodProperty().set(type.usualPayment());
            }
            // A delivery needs the customer's address, a pickup does not.
            customer.fulfilmentProperty().set(type.fulfilment());
            proposeTime();
        });
        customer.fulfilmentProperty().set(orderType.get().fulfilment());
        // Only a change in the number of pizzas moves the proposal: a drink does not.
        basket.rows().addListener((ListChangeListener<BasketRow>) change -> {
            if (basket.pizzaCount() != pizzasProposed) {
                proposeTime();
            }
        });
        customer.setOnRepeat(this::repeat);
    }

    private void proposeTime() {
        pizzasProposed = basket.pizzaCount();
        promise.requestProposal(orderType.get().fulfilment(), pizzasProposed);
    }

    /** Reads the menu, subscribes to the store's stock events, and asks for the first promised time. */
    public void connect() {
        // A counter prebuilt behind the login reads nothing before a cashier logs in: startSession connects it.
        if (connected || !session.started()) {
            return;
        }
        connected = true;
        reloads.subscribe(feed, storeId);
        proposeTime();
    }

    /**
     * A cashier logs in at this counter (the same one after "Changer d'utilisateur", or another):
     * from now on everything is done under him, and he starts afresh, whatever the one before left:
     * an empty basket with nothing to undo, a takeaway, the phone panel empty, no banner, the
     * search empty, a fresh promised time. Not called when the same cashier comes back after an
     * idle lock: he finds his work as he left it.
     */
    public void startSession(StaffPrincipal cashier) {
        session.start(cashier);
        forgetTheOrderInProgress();
        if (connected) {
            promise.propose();
            reloads.request();
        } else {
            connect();
        }
    }

    /**
     * The cashier logged out: his basket, customer and undo history leave memory now, not at the
     * next login (the counter stays in the window, hidden). UI thread.
     */
    public void endSession() {
        forgetTheOrderInProgress();
    }

    private void forgetTheOrderInProgress() {
        editor.close();
        clearOrder();
        orderType.set(OrderType.TAKEAWAY);
        payment.reset(OrderType.TAKEAWAY.usualPayment());
        customer.clear();
        menu.searchProperty().set("");
        lastOrder.set(null);
        banners.dismiss();
    }

    /** Who works at this counter now. */
    public CounterSession session() {
        return session;
    }

    /** Called on the UI thread with each order placed or modified (the board refreshes, the receipt prints). */
    public void setOnSaved(Consumer<OrderView> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    private void applyAvailability(StoreAvailability fresh) {
        menu.apply(fresh);
        basket.reprice();
    }

    // ---------------------------------------------------------------- commands

    /** Alt+1..4: the order type; an order being modified keeps its own. */
    public void chooseOrderType(OrderType type) {
        if (editing.get() == null) {
            orderType.set(type);
        }
    }

    /** Alt+S/M/L: the size of the line being edited when the editor is open, else of the pizza tiles. */
    public void chooseSize(String sizeCode) {
        if (editor.openProperty().get()) {
            editor.changeSize(sizeCode);
        } else {
            menu.pizzaSizeProperty().set(sizeCode);
        }
    }

    /**
     * Puts a product in the basket (an undoable edit). A product the stock cannot make, or off the
     * menu, is refused with the reason.
     */
    public void add(ProductTile tile) {
        if (!tile.canBeSold()) {
            banners.error(tile.state() == ProductTile.State.OFF_MENU
                    ? messages.get("counter.tile.offMenu.refused", tile.name())
                    : messages.get("counter.tile.out.refused", tile.name(), Optional.ofNullable(tile.missingIngredient()).orElse("?")));
            return;
        }
        banners.dismiss();
        basket.add(tile);
    }

    /** Enter in the search: adds the first product shown and empties the search. */
    public void addFirstMatch() {
        Optional<ProductTile> first = menu.firstMatch();
        if (first.isEmpty()) {
            banners.error(messages.get("counter.search.none", menu.searchProperty().get().strip()));
            return;
        }
        add(first.get());
        menu.searchProperty().set("");
    }

    /** The customer's last order (Ctrl+R in the phone panel) goes into the basket, as one edit. */
    void repeat(RepeatedOrder repeated) {
        if (basket.addAll(repeated.lines())) {
            banners.notice(repeated.skipped().isEmpty() ? messages.get("counter.repeat.done")
                    : messages.get("counter.repeat.skipped", String.join(", ", repeated.skipped())));
        }
    }

    /** Échap: closes the editor, else empties the search, else closes the banners. */
    public void escape() {
        if (editor.openProperty().get()) {
            editor.close();
        } else if (!menu.searchProperty().get().isEmpty()) {
            menu.searchProperty().set("");
        } else {
            banners.dismiss();
        }
    }

    /** F12 with cash and no amount typed: the amount first (the view puts the cursor there). */
    public boolean waitsForCashAmount() {
        return editing.get() == null && !basket.isEmpty() && payment.waitsForAmount();
    }

    /** Whether Ctrl+N has something to throw away (and so a question to ask). */
    public boolean hasSomethingToDiscard() {
        return !basket.isEmpty() || editing.get() != null;
    }

    // ---------------------------------------------------------------- placing

    /**
     * Places the order (or saves the modification) in one call off the UI thread, with the phone
     * panel's customer and address and the picker's promised time. On a refusal (short stock,
     * cash missing, another terminal changed the order) the basket stays as it was.
     */
    public void submit() {
        if (placement.busyProperty().get()) {
            return;
        }
        Optional<String> problem = placement.problem(this);
        if (problem.isPresent()) {
            banners.error(problem.get());
            return;
        }
        boolean modification = editing.get() != null;
        banners.dismiss();
        placement.save(this, saved -> {
            // Set while the modification still shows, so that its listeners can tell the two apart.
            lastOrder.set(saved);
            clearOrder();
            if (!modification) {
                // The next phone call starts with its number.
                customer.clear();
            }
            promise.propose();
            banners.notice(placement.savedNotice(saved, modification));
            onSaved.accept(saved);
            reloads.request();
        }, failure -> {
            banners.error(messages.describe(failure));
            reloads.request();
        });
    }

    // ---------------------------------------------------------------- modification of an existing order

    /** Loads an order from the board to change its lines; its type, customer and payment stay. */
    public void modify(OrderView order) {
        clearOrder();
        editing.set(order);
        orderType.set(OrderType.of(order.channel(), order.fulfilment()));
        basket.load(order.lines());
        banners.error("");
        banners.notice(messages.get("counter.modify.started", order.ticketNumber()));
    }

    /** Leaves the basket empty, with nothing to undo, for the next customer. */
    private void clearOrder() {
        editing.set(null);
        basket.clear();
        payment.reset(orderType.get().usualPayment());
    }

    /** Abandons the basket or the modification in progress (Ctrl+N, after a confirmation). */
    public void discard() {
        boolean wasEditing = editing.get() != null;
        clearOrder();
        banners.dismiss();
        if (wasEditing) {
            banners.notice(messages.get("counter.modify.abandoned"));
        }
    }

    /** A sentence for the cashier in the notice banner (a receipt printed, saved as a file). */
    public void showNotice(String text) {
        banners.notice(text);
    }

    @Override
    public void close() {
        reloads.close();
    }

    // ---------------------------------------------------------------- children and state

    public MenuTilesViewModel menu() {
        return menu;
    }

    public BasketViewModel basket() {
        return basket;
    }

    public LineEditorViewModel editor() {
        return editor;
    }

    public PaymentViewModel payment() {
        return payment;
    }

    public PhoneCustomerViewModel customer() {
        return customer;
    }

    public PromisedTimeViewModel promise() {
        return promise;
    }

    public CounterBanners banners() {
        return banners;
    }

    /** Set through {@link #chooseOrderType} by the keys; the type buttons bind to it. */
    public ObjectProperty<OrderType> orderTypeProperty() {
        return orderType;
    }

    /** The phone panel shows for a phone order being taken (not for a modification). */
    public BooleanBinding customerShownProperty() {
        return customerShown;
    }

    /** The order loaded from the board for modification; null while a new order is taken. */
    public ReadOnlyObjectProperty<OrderView> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return placement.busyProperty();
    }

    /** The order last placed or modified, for its receipt. */
    public ReadOnlyObjectProperty<OrderView> lastOrderProperty() {
        return lastOrder.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
