package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.order.IllegalTransitionException;
import fr.ocpizza.pos.domain.order.OrderLockedException;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.counter.CounterSession;
import fr.ocpizza.pos.ui.common.LiveReloads;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The counter's board of the shop's orders: today's orders of the store from every channel, newest
 * first, kept live through the store's {@link LiveFeed}; filters and search; the selected order's
 * detail and what the cashier may do with it (modify or cancel while RECEIVED, hand over, send
 * out, mark delivered, reprint).
 * <p>
 * Threads: the feed asks for reads on its own thread; everything else runs on the UI thread.
 * Service calls go through the {@link TaskExecutor}, one action at a time.
 */
public final class OrdersBoardViewModel implements AutoCloseable {

    private final OrderService orders;
    private final LiveFeed feed;
    private final TaskExecutor executor;
    private final CounterSession session;
    private final int storeId;
    private final Clock clock;
    private final BoardTexts texts;
    private final Consumer<OrderView> onModify;
    private final Consumer<OrderView> onReprint;
    private final LiveReloads<List<OrderView>> live;

    private final BoardList list;
    private final ReadOnlyObjectWrapper<OrderView> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper detailOpen = new ReadOnlyBooleanWrapper(this, "detailOpen");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final CancelForm cancelForm = new CancelForm(working);

    private final BooleanBinding canModify;
    private final BooleanBinding canHandOver;
    private final BooleanBinding canSendOut;
    private final BooleanBinding canDeliver;
    private final BooleanBinding busy = loading.or(working);
    /** While the list is being replaced: the table's passing "nothing selected" is not the cashier's. */
    private boolean applying;
    /** Subscribed to the live feed (once, at the first session). */
    private boolean connected;

    /**
     * @param storeId   the terminal's store; a cashier of another store is refused by the service
     * @param onModify  runs on the UI thread with the fresh order, still RECEIVED, that the counter
     *                  loads into its basket (it saves it later with {@code OrderService.modify})
     * @param onReprint runs on the UI thread with the order whose ticket to print again
     */
    public OrdersBoardViewModel(OrderService orders, LiveFeed feed, TaskExecutor executor, StaffPrincipal staff,
                                int storeId, Clock clock, BoardTexts texts, Consumer<OrderView> onModify,
                                Consumer<OrderView> onReprint) {
        this(orders, feed, executor, new CounterSession(staff), storeId, clock, texts, onModify, onReprint);
    }

    /**
     * A board whose reads and actions are made under the cashier logged in at this counter now
     * ({@code session}), for a counter kept across logins.
     */
    public OrdersBoardViewModel(OrderService orders, LiveFeed feed, TaskExecutor executor, CounterSession session,
                                int storeId, Clock clock, BoardTexts texts, Consumer<OrderView> onModify,
                                Consumer<OrderView> onReprint) {
        this.orders = Objects.requireNonNull(orders);
        this.feed = Objects.requireNonNull(feed);
        this.executor = Objects.requireNonNull(executor);
        this.session = Objects.requireNonNull(session);
        this.storeId = storeId;
        this.clock = Objects.requireNonNull(clock);
        this.texts = Objects.requireNonNull(texts);
        this.onModify = Objects.requireNonNull(onModify);
        this.onReprint = Objects.requireNonNull(onReprint);
        this.list = new BoardList(storeId);
        // An order event reads that order only: a busy evening's board is not read again per event.
        this.live = LiveReloads.byOrder(executor, () -> orders.boardOf(session.cashier(), storeId), this::applyBoard,
                ids -> ids.stream().map(id -> orders.find(session.cashier(), id)).toList(), this::applyOrders, this::readFailed,
                event -> event.type().isOrderEvent());
        canModify = Bindings.createBooleanBinding(() -> can(OrderStatus.RECEIVED), selected, working);
        canHandOver = Bindings.createBooleanBinding(() -> can(OrderStatus.PICKED_UP), selected, working);
        canSendOut = Bindings.createBooleanBinding(() -> can(OrderStatus.OUT_FOR_DELIVERY), selected, working);
        canDeliver = Bindings.createBooleanBinding(() -> can(OrderStatus.DELIVERED), selected, working);
        list.filter().dependencies().forEach(dependency ->
                dependency.addListener((observable, before, after) -> change(list::refilter)));
    }

    /** Subscribes to the store's live feed (off the UI thread); the feed's first resync loads the board. */
    public void connect() {
        // A counter prebuilt behind the login reads nothing before a cashier logs in: startSession connects it.
        if (connected || !session.started()) {
            return;
        }
        connected = true;
        loading.set(true);
        live.subscribe(feed, storeId);
    }

    /**
     * A cashier starts at this counter (the session already names him): nothing selected, no
     * detail or cancel form open, no filter or message left by the one before, the store's board
     * read afresh.
     */
    public void startSession() {
        list.filter().clear();
        selected.set(null);
        detailOpen.set(false);
        cancelForm.close();
        error.set("");
        notice.set("");
        if (connected) {
            reload();
        } else {
            connect();
        }
    }

    // ---- selection

    /** The cashier moved to an order (or to none). */
    public void select(OrderView order) {
        if (applying) {
            return;
        }
        selected.set(order);
        if (order == null) {
            detailOpen.set(false);
        }
    }

    /** Shows the selected order's detail (Enter, a click). */
    public void openDetail() {
        if (selected.get() != null) {
            detailOpen.set(true);
        }
    }

    public void closeDetail() {
        detailOpen.set(false);
    }

    // ---- commands

    /** "Modifier": reads the order afresh and, still RECEIVED, hands it to the counter's basket. */
    public void modify() {
        OrderView order = selected.get();
        if (order == null || !canModify.get()) {
            explainLocked(order);
            return;
        }
        StaffPrincipal staff = session.cashier();
        run(order, () -> orders.find(staff, order.id()), fresh -> {
            if (fresh.status().isModifiable()) {
                onModify.accept(fresh);
            } else {
                // The service's own refusal: the kitchen started it, or it was cancelled; what can still be done.
                error.set(texts.messages().describe(OrderLockedException.of(fresh.ticketNumber(), fresh.status())));
            }
        }, "board.refused.retry");
    }

    /** "Annuler": opens the reason panel. */
    public void beginCancel() {
        if (selected.get() == null || !canModify.get()) {
            explainLocked(selected.get());
            return;
        }
        cancelForm.open();
    }

    /** F4 or F8 on an order past RECEIVED: the key says why nothing happens, rather than nothing. */
    private void explainLocked(OrderView order) {
        if (order != null && !working.get() && !order.status().isModifiable()) {
            notice.set("");
            error.set(texts.messages().describe(OrderLockedException.of(order.ticketNumber(), order.status())));
        }
    }

    public void closeCancel() {
        cancelForm.close();
    }

    /** Cancels the selected order with the chosen reason; its stock comes back. */
    public void confirmCancel() {
        OrderView order = selected.get();
        if (order == null || !cancelForm.canConfirmBinding().get()) {
            return;
        }
        String reason = cancelForm.reasonText(texts.messages());
        cancelForm.close();
        StaffPrincipal staff = session.cashier();
        run(order, () -> orders.cancel(staff, order.id(), reason),
                done -> notice.set(texts.messages().get("board.done.CANCELLED", done.ticketNumber())),
                "board.refused.retry");
    }

    /** "Remis au client": a takeaway or eat-in order, READY, leaves with its customer. */
    public void handOver() {
        changeStatus(OrderStatus.PICKED_UP, canHandOver);
    }

    /** "Parti en livraison": a READY delivery leaves with the rider. */
    public void sendOut() {
        changeStatus(OrderStatus.OUT_FOR_DELIVERY, canSendOut);
    }

    /** "Livré": the rider is back, the delivery was made. */
    public void deliver() {
        changeStatus(OrderStatus.DELIVERED, canDeliver);
    }

    /** One key for the next step at the counter, whichever applies: hand over, send out or delivered. */
    public void advance() {
        if (canHandOver.get()) {
            handOver();
        } else if (canSendOut.get()) {
            sendOut();
        } else if (canDeliver.get()) {
            deliver();
        }
    }

    /** "Réimprimer le ticket". */
    public void reprint() {
        OrderView order = selected.get();
        if (order != null) {
            onReprint.accept(order);
        }
    }

    /** A sentence for the cashier above the board (a receipt printed again, saved as a file). */
    public void showNotice(String text) {
        notice.set(text);
    }

    /** Reads the whole board again. */
    public void reload() {
        loading.set(true);
        live.request();
    }

    public void dismissError() {
        error.set("");
    }

    /** Stops the live updates; results still on their way are dropped. */
    @Override
    public void close() {
        live.close();
    }

    private void changeStatus(OrderStatus target, BooleanBinding allowed) {
        OrderView order = selected.get();
        if (order == null || !allowed.get()) {
            return;
        }
        StaffPrincipal staff = session.cashier();
        run(order, () -> orders.changeStatus(staff, order.id(), target),
                done -> notice.set(texts.messages().get("board.done." + target.name(), done.ticketNumber())),
                "board.refused.status");
    }

    /**
     * Runs an action on an order in the background. Refused because another terminal changed the
     * order first: the order is read again in the same task. The refusal is the service's own when
     * the order can no longer be modified or cancelled ({@link OrderLockedException}: the kitchen
     * started it); otherwise {@code refusalKey} with the order's number and status now.
     */
    private void run(OrderView order, Callable<OrderView> action, Consumer<OrderView> done, String refusalKey) {
        working.set(true);
        error.set("");
        notice.set("");
        // The cashier who pressed the key, read here on the UI thread.
        StaffPrincipal staff = session.cashier();
        executor.execute(() -> {
            try {
                return new Outcome(action.call(), null);
            } catch (IllegalTransitionException | ConcurrentChangeException changedElsewhere) {
                return new Outcome(orders.find(staff, order.id()), changedElsewhere);
            }
        }, outcome -> {
            working.set(false);
            change(() -> list.upsert(List.of(outcome.order())));
            if (outcome.refusal() instanceof OrderLockedException locked) {
                error.set(texts.messages().describe(locked));
            } else if (outcome.refusal() != null) {
                error.set(refusal(refusalKey, outcome.order()));
            } else {
                done.accept(outcome.order());
            }
        }, failure -> {
            working.set(false);
            error.set(texts.messages().describe(failure));
        });
    }

    /** What an action left: the order as it is now and, if the action was refused, why. */
    private record Outcome(OrderView order, RuntimeException refusal) {
    }

    private String refusal(String key, OrderView fresh) {
        return texts.messages().get(key, fresh.ticketNumber(), texts.statusWord(fresh.status()));
    }

    private boolean can(OrderStatus target) {
        OrderView order = selected.get();
        if (order == null || working.get()) {
            return false;
        }
        return target == OrderStatus.RECEIVED ? order.status().isModifiable()
                : order.status().canBecome(target, order.fulfilment());
    }

    // ---- state

    private void applyBoard(List<OrderView> board) {
        loading.set(false);
        change(() -> list.replaceAll(board));
        loaded.set(true);
    }

    private void applyOrders(List<OrderView> read) {
        loading.set(false);
        change(() -> list.upsert(read));
        loaded.set(true);
    }

    private void readFailed(Throwable failure) {
        loading.set(false);
        error.set(texts.messages().describe(failure));
    }

    /** Changes the list, then keeps the selection on the same order, fresh, if it is still shown. */
    private void change(Runnable mutation) {
        OrderView before = selected.get();
        applying = true;
        try {
            mutation.run();
        } finally {
            applying = false;
        }
        if (before != null) {
            OrderView now = list.shown(before.id()).orElse(null);
            selected.set(now);
            if (now == null) {
                detailOpen.set(false);
                cancelForm.close();
            }
        }
    }

    // ---- what the view binds to

    /** The orders that pass the filter, newest first. */
    public ObservableList<OrderView> orders() {
        return list.shown();
    }

    public BoardFilter filter() {
        return list.filter();
    }

    /** How many of the board's orders (all of them, whatever the filter) have that status. */
    public ReadOnlyIntegerProperty countProperty(OrderStatus status) {
        return list.count(status);
    }

    public ReadOnlyObjectProperty<OrderView> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailOpenProperty() {
        return detailOpen.getReadOnlyProperty();
    }

    /** False until the first read: the "no order yet" line waits for it. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** A read of the board or an action is on its way: the view shows a progress cue if it lasts. */
    public BooleanBinding busyBinding() {
        return busy;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The last refusal or failure, in the user's language; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last action did ("n° 42 remise au client."); empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public BooleanBinding canModifyBinding() {
        return canModify;
    }

    /** Cancelling is allowed exactly when modifying is: while the order is RECEIVED. */
    public BooleanBinding canCancelBinding() {
        return canModify;
    }

    public BooleanBinding canHandOverBinding() {
        return canHandOver;
    }

    public BooleanBinding canSendOutBinding() {
        return canSendOut;
    }

    public BooleanBinding canDeliverBinding() {
        return canDeliver;
    }

    /** The reason panel of "Annuler". */
    public CancelForm cancelForm() {
        return cancelForm;
    }

    public BoardTexts texts() {
        return texts;
    }

    public Clock clock() {
        return clock;
    }
}
