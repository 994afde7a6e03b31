package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.application.kitchen.KitchenService;
import fr.ocpizza.pos.application.kitchen.KitchenTicket;
import fr.ocpizza.pos.application.kitchen.LineReminder;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.LiveReloads;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The kitchen display of one store: the open tickets oldest promise first, the all-day counts,
 * the recall list and the recipe reminder, kept live through the store's {@link LiveFeed}.
 * <p>
 * Threads: the feed asks for reloads on its own thread; everything else runs on the UI thread. Reloads go through the {@link TaskExecutor}, at most one in flight and one pending,
 * so that a burst of events costs two reads, not one per event.
 */
public final class KitchenViewModel implements AutoCloseable {

    /** How many bumped tickets the recall list offers. */
    static final int RECALL_LIMIT = 12;

    private final KitchenService kitchen;
    private final LiveFeed feed;
    private final TaskExecutor executor;
    private final StaffPrincipal staff;
    private final int storeId;
    private final KitchenSettings settings;
    private final Clock clock;
    private final Chime chime;
    private final TicketTexts texts;
    private final TicketAge age;
    private final LiveReloads<List<KitchenTicket>> reloads;

    private final ObservableList<BoardTicket> board = FXCollections.observableArrayList();
    private final ObservableList<AllDayCount> allDay = FXCollections.observableArrayList();
    private final ObservableList<KitchenTicket> recallList = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ReadOnlyIntegerWrapper openCount = new ReadOnlyIntegerWrapper(this, "openCount");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper recallOpen = new ReadOnlyBooleanWrapper(this, "recallOpen");
    private final ReadOnlyIntegerWrapper belowFold = new ReadOnlyIntegerWrapper(this, "belowFold");
    private final ReadOnlyIntegerWrapper belowFoldLate = new ReadOnlyIntegerWrapper(this, "belowFoldLate");
    private final ReadOnlyObjectWrapper<LineReminder> reminder = new ReadOnlyObjectWrapper<>(this, "reminder");

    // UI thread only.
    private List<KitchenTicket> open = List.of();
    private final List<KitchenTicket> recalled = new ArrayList<>();
    private final Map<Long, Instant> arrivals = new HashMap<>();
    private final Set<Long> pending = new HashSet<>();
    private final Set<Long> flashed = new HashSet<>();
    /** How many of the board's first tickets the screen shows whole (the view says); all until it does. */
    private int shownWhole = Integer.MAX_VALUE;

    /**
     * @param storeId the terminal's store; a pizzaiolo of another store is refused by the service
     * @param texts   the screen's words, also used to word refusals
     */
    public KitchenViewModel(KitchenService kitchen, LiveFeed feed, TaskExecutor executor, StaffPrincipal staff,
                            int storeId, KitchenSettings settings, Clock clock, Chime chime, TicketTexts texts) {
        this.kitchen = Objects.requireNonNull(kitchen);
        this.feed = Objects.requireNonNull(feed);
        this.executor = Objects.requireNonNull(executor);
        this.staff = Objects.requireNonNull(staff);
        this.storeId = storeId;
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.chime = settings.sound() ? Objects.requireNonNull(chime) : Chime.silent();
        this.texts = Objects.requireNonNull(texts);
        this.age = new TicketAge(settings.warnAfter(), settings.lateAfter());
        // Stock events do not change a ticket.
        this.reloads = new LiveReloads<>(executor, () -> kitchen.openTickets(staff, storeId), this::applyOpen,
                this::showFailure, event -> event.type().isOrderEvent());
        now.set(clock.instant());
    }

    /** Subscribes to the store's live feed (off the UI thread); the feed's first resync loads the board. */
    public void connect() {
        reloads.subscribe(feed, storeId);
    }

    /** Called every second by the view: the cards' timers and colours follow. UI only, no I/O. */
    public void tick() {
        now.set(clock.instant());
        updateBelowFold();
    }

    /**
     * The view reports how many of the board's tickets, from the first, are on screen whole; the
     * rest are "plus bas" (below the fold), and the flag says how many and how many are late.
     */
    public void boardShows(int wholeTickets) {
        if (wholeTickets != shownWhole) {
            shownWhole = wholeTickets;
            updateBelowFold();
        }
    }

    private void updateBelowFold() {
        int hidden = Math.max(0, board.size() - Math.max(0, shownWhole));
        int late = 0;
        Instant at = now.get();
        for (BoardTicket item : board.subList(board.size() - hidden, board.size())) {
            if (!item.recalled() && ageLevel(item.ticket(), at) == TicketAge.Level.LATE) {
                late++;
            }
        }
        belowFold.set(hidden);
        belowFoldLate.set(late);
    }

    // ---- commands

    /** "Commencer": RECEIVED → IN_PREPARATION. */
    public void start(BoardTicket item) {
        act(item, kitchen::start);
    }

    /** "Prêt": IN_PREPARATION → READY; the ticket leaves the board for the recall list. */
    public void bump(BoardTicket item) {
        act(item, kitchen::bump);
    }

    private void act(BoardTicket item, BiFunction<StaffPrincipal, Long, OrderView> action) {
        KitchenTicket ticket = item.ticket();
        if (item.recalled() || !pending.add(ticket.orderId())) {
            return;
        }
        error.set("");
        rebuildBoard();
        executor.execute(() -> action.apply(staff, ticket.orderId()), view -> {
            pending.remove(ticket.orderId());
            KitchenTicket moved = ticket.movedTo(view.status(), clock.instant(), view.version());
            open = moved.isOpen()
                    ? open.stream().map(t -> t.orderId() == moved.orderId() ? moved : t).toList()
                    : open.stream().filter(t -> t.orderId() != moved.orderId()).toList();
            rebuildBoard();
            if (recallOpen.get()) {
                loadRecallList();
            }
        }, failure -> {
            pending.remove(ticket.orderId());
            error.set(texts.actionRefusal(ticket, failure));
            rebuildBoard();
            reloads.request();
        });
    }

    /** Opens the drawer of the last bumped tickets. */
    public void openRecall() {
        recallOpen.set(true);
        loadRecallList();
    }

    public void closeRecall() {
        recallOpen.set(false);
    }

    /** Brings a bumped ticket back on the board, first, for a look (it stays READY). */
    public void recall(KitchenTicket ticket) {
        recallOpen.set(false);
        executor.execute(() -> kitchen.ticket(staff, ticket.orderId()), fresh -> {
            recalled.removeIf(t -> t.orderId() == fresh.orderId());
            if (!fresh.isOpen()) {
                recalled.add(0, fresh);
            }
            rebuildBoard();
        }, this::showFailure);
    }

    /** Takes a recalled ticket off the board again. */
    public void dismiss(BoardTicket item) {
        if (recalled.removeIf(t -> t.orderId() == item.orderId())) {
            rebuildBoard();
        }
    }

    /**
     * Opens the recipe reminder of a ticket's line: its product size, or both halves of a
     * half-and-half, with the customer's removals and extras.
     */
    public void openRecipe(KitchenTicket ticket, KitchenTicket.Line line) {
        executor.execute(() -> kitchen.lineReminder(staff, ticket.orderId(), line.lineNo()), reminder::set,
                this::showFailure);
    }

    public void closeRecipe() {
        reminder.set(null);
    }

    public void dismissError() {
        error.set("");
    }

    /** Stops the live updates; results still on their way are dropped. */
    @Override
    public void close() {
        reloads.close();
    }

    // ---- state

    private void loadRecallList() {
        executor.execute(() -> kitchen.recentlyReady(staff, storeId, RECALL_LIMIT), recallList::setAll, this::showFailure);
    }

    /** A fresh read of the open tickets; UI thread. Tickets not seen before flash (and ring). */
    private void applyOpen(List<KitchenTicket> tickets) {
        Instant seenAt = clock.instant();
        Set<Long> before = new HashSet<>();
        open.forEach(t -> before.add(t.orderId()));
        Set<Long> current = new HashSet<>();
        boolean anyNew = false;
        for (KitchenTicket ticket : tickets) {
            current.add(ticket.orderId());
            // The first load shows what was already waiting: nothing is "new" then.
            if (loaded.get() && !before.contains(ticket.orderId()) && !arrivals.containsKey(ticket.orderId())) {
                arrivals.put(ticket.orderId(), seenAt);
                anyNew = true;
            }
        }
        arrivals.keySet().retainAll(current);
        arrivals.values().removeIf(at -> !seenAt.isBefore(at.plus(BoardTicket.FLASH)));
        flashed.retainAll(arrivals.keySet());
        open = List.copyOf(tickets);
        loaded.set(true);
        rebuildBoard();
        if (anyNew) {
            chime.ring();
        }
    }

    private void rebuildBoard() {
        List<BoardTicket> items = new ArrayList<>(recalled.size() + open.size());
        recalled.forEach(t -> items.add(new BoardTicket(t, null, true, false)));
        open.forEach(t -> items.add(new BoardTicket(t, arrivals.get(t.orderId()), false, pending.contains(t.orderId()))));
        // An unchanged board (a resync that found nothing new) must not re-render 200 cards.
        if (!items.equals(board)) {
            board.setAll(items);
        }
        List<AllDayCount> counts = AllDayCount.of(open);
        if (!counts.equals(allDay)) {
            allDay.setAll(counts);
        }
        openCount.set(open.size());
        updateBelowFold();
    }

    private void showFailure(Throwable failure) {
        error.set(texts.messages().describe(failure));
    }

    // ---- what the view binds to

    public ObservableList<BoardTicket> board() {
        return FXCollections.unmodifiableObservableList(board);
    }

    public ObservableList<AllDayCount> allDay() {
        return FXCollections.unmodifiableObservableList(allDay);
    }

    public ObservableList<KitchenTicket> recallList() {
        return FXCollections.unmodifiableObservableList(recallList);
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty openCountProperty() {
        return openCount.getReadOnlyProperty();
    }

    /** False until the first load: the "nothing to make" line waits for it. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The last refusal or failure, in the user's language; empty when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** How many tickets are below the last row shown whole (0: the whole board is on screen). */
    public ReadOnlyIntegerProperty belowFoldProperty() {
        return belowFold.getReadOnlyProperty();
    }

    /** How many of the tickets below the fold are late (red). */
    public ReadOnlyIntegerProperty belowFoldLateProperty() {
        return belowFoldLate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty recallOpenProperty() {
        return recallOpen.getReadOnlyProperty();
    }

    /**
     * The open recipe reminder: one recipe, or the two halves of a half-and-half at half
     * quantities, with the line's removals and extras; null when none is shown.
     */
    public ReadOnlyObjectProperty<LineReminder> reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    public TicketTexts texts() {
        return texts;
    }

    /**
     * Whether a card should play the new-ticket flash now: once per ticket, even though the grid
     * rebuilds its cards when its number of rows changes.
     */
    public boolean claimFlash(BoardTicket item) {
        return item.isNewAt(now.get()) && flashed.add(item.orderId());
    }

    public TicketAge.Level ageLevel(KitchenTicket ticket, Instant at) {
        return age.level(ticket.receivedAt(), at);
    }

    public KitchenSettings settings() {
        return settings;
    }
}
