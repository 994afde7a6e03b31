package fr.ocpizza.pos.ui.backoffice.stock;

import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.stock.RunOutEstimate;
import fr.ocpizza.pos.application.stock.StockHistory;
import fr.ocpizza.pos.application.stock.StockService;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.application.stock.StoreAvailability;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.Availability;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.domain.stock.StockStatus;
import fr.ocpizza.pos.ui.common.LiveReloads;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.util.ArrayList;
import fr.ocpizza.pos.ui.common.FrenchOrder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The manager's stock board of one store: every ingredient with its level and status, what the
 * stock still allows per product, and an alert for each ingredient that goes down to its threshold
 * while the board is open (the STOCK_LOW events of the store). Kept live by the store's stock
 * events. UI thread only, except the reads handed to the {@link TaskExecutor}.
 */
public final class StockBoardViewModel implements AutoCloseable {

    private final Messages messages;
    private final StockService stock;
    private final StockHistory history;
    private final ObservableMap<Integer, RunOutEstimate> runOut = FXCollections.observableHashMap();
    private final TaskExecutor executor;
    private final StaffPrincipal staff;
    private final LiveFeed feed;
    private final ReadOnlyIntegerWrapper storeId = new ReadOnlyIntegerWrapper(this, "storeId");
    private LiveReloads<StockSnapshot> reloads;
    private final java.util.concurrent.Callable<List<StoreDirectory.Store>> readStores;
    private final ObservableList<StoreDirectory.Store> stores = FXCollections.observableArrayList();
    /**
     * Ingredients announced low by the feed's thread, numbered: a read shows only those announced
     * before it started (an earlier read could still hold the quantity from before the order).
     */
    private final Queue<Announcement> lowAnnounced = new ConcurrentLinkedQueue<>();
    private final AtomicLong announcements = new AtomicLong();

    private record Announcement(long number, String ingredientCode) {
    }

    private final ObservableList<StockLevel> levels = FXCollections.observableArrayList();
    private final ObservableList<MakeableProduct> makeable = FXCollections.observableArrayList();
    private final ObservableList<String> alerts = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper lowCount = new ReadOnlyIntegerWrapper(this, "lowCount");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /**
     * @param readStores the chain's pizzerias, for a chain manager's store picker (background)
     */
    public StockBoardViewModel(StockService stock, StockHistory history,
                               java.util.concurrent.Callable<List<StoreDirectory.Store>> readStores,
                               LiveFeed feed, TaskExecutor executor, StaffPrincipal staff, int storeId, Messages messages) {
        this.history = Objects.requireNonNull(history);
        this.readStores = Objects.requireNonNull(readStores);
        this.stock = Objects.requireNonNull(stock);
        this.executor = Objects.requireNonNull(executor);
        this.staff = Objects.requireNonNull(staff);
        this.feed = Objects.requireNonNull(feed);
        this.storeId.set(storeId);
        this.messages = Objects.requireNonNull(messages);
    }

    public void connect() {
        if (canChooseStore() && stores.isEmpty()) {
            executor.execute(readStores, stores::setAll, failure -> error.set(messages.describe(failure)));
        }
        int store = storeId.get();
        reloads = new LiveReloads<>(executor, () -> {
            long announcedBefore = announcements.get();
            Map<Integer, RunOutEstimate> estimates = new java.util.HashMap<>();
            history.runsOutIn(staff, store).forEach(estimate -> estimates.put(estimate.ingredientId(), estimate));
            return new StockSnapshot(stock.levels(staff, store), stock.whatCanBeMade(staff, store), announcedBefore, estimates);
        }, this::apply, failure -> error.set(messages.describe(failure)), this::relevant);
        reloads.subscribe(feed, store);
    }

    /** A chain manager looks at another pizzeria: its stock and its live events from now on. */
    public void showStore(int store) {
        if (store == storeId.get()) {
            return;
        }
        reloads.close();
        lowAnnounced.clear();
        alerts.clear();
        loaded.set(false);
        storeId.set(store);
        connect();
    }

    /** Whether this manager may look at every pizzeria (a chain manager). */
    public boolean canChooseStore() {
        return staff.isChainManager();
    }

    public ObservableList<StoreDirectory.Store> stores() {
        return stores;
    }

    public ReadOnlyIntegerProperty storeIdProperty() {
        return storeId.getReadOnlyProperty();
    }

    /** Runs on the feed's thread: only notes the alert; the read that follows shows it. */
    private boolean relevant(StoreEvent event) {
        if (event.type() == EventType.STOCK_LOW && event.ingredientCode() != null) {
            lowAnnounced.add(new Announcement(announcements.incrementAndGet(), event.ingredientCode()));
        }
        return !event.type().isOrderEvent();
    }

    private void apply(StockSnapshot snapshot) {
        error.set("");
        runOut.clear();
        runOut.putAll(snapshot.runOut());
        levels.setAll(snapshot.levels().stream()
                .sorted(Comparator.comparing((StockLevel level) -> severity(level.status()))
                        .thenComparing(FrenchOrder.by(StockLevel::ingredientName)))
                .toList());
        lowCount.set((int) snapshot.levels().stream().filter(level -> level.status() != StockStatus.OK).count());
        makeable.setAll(makeable(snapshot.availability()));
        while (lowAnnounced.peek() != null && lowAnnounced.peek().number() <= snapshot.announcedBefore()) {
            String ingredientCode = lowAnnounced.poll().ingredientCode();
            snapshot.levels().stream().filter(level -> level.ingredientCode().equals(ingredientCode)).findFirst()
                    .ifPresent(level -> alerts.add(0, messages.get("backoffice.stock.alert", level.ingredientName(),
                            level.quantity().stripTrailingZeros().toPlainString(), unit(level),
                            level.lowThreshold().stripTrailingZeros().toPlainString())));
        }
        loaded.set(true);
    }

    /** "g", "ml", "u." in French: the unit as the manager reads it. */
    String unit(StockLevel level) {
        return messages.get("unit." + level.unit().name());
    }

    private static int severity(StockStatus status) {
        return switch (status) {
            case OUT -> 0;
            case LOW -> 1;
            case OK -> 2;
        };
    }

    /** One row per product in menu order, its sizes small to large. */
    static List<MakeableProduct> makeable(StoreAvailability availability) {
        Map<Integer, List<Availability>> byProduct = new LinkedHashMap<>();
        availability.items().stream()
                .sorted(Comparator.comparing((Availability item) -> item.productSize().category())
                        .thenComparing(item -> item.productSize().productName()))
                .forEach(item -> byProduct.computeIfAbsent(item.productSize().productId(), id -> new ArrayList<>()).add(item));
        List<MakeableProduct> products = new ArrayList<>();
        byProduct.values().forEach(items -> {
            ProductSize first = items.get(0).productSize();
            String limiting = items.stream().filter(item -> item.portions() == 0).findFirst()
                    .flatMap(availability::limitingIngredientName).orElse(null);
            products.add(new MakeableProduct(first.productName(), items.stream()
                    .sorted(Comparator.comparingInt(item -> "SMLU".indexOf(item.productSize().sizeCode())))
                    .map(item -> new MakeableProduct.SizeCount(item.productSize().sizeCode(), item.portions()))
                    .toList(), limiting));
        });
        return products;
    }

    public void dismissAlert(String alert) {
        alerts.remove(alert);
    }

    public void reload() {
        if (reloads != null) {
            reloads.request();
        }
    }

    @Override
    public void close() {
        if (reloads != null) {
            reloads.close();
        }
    }

    /** "dans 2 j 5 h", "épuisé", "plus de 4 semaines", or "—" with no consumption: when the ingredient runs out. */
    public String runsOut(StockLevel level, java.time.Instant now) {
        RunOutEstimate estimate = runOut.get(level.ingredientId());
        if (estimate == null) {
            return "";
        }
        return switch (estimate.outlook()) {
            case OUT_NOW -> messages.get("backoffice.stock.runsOut.now");
            case NO_CONSUMPTION -> messages.get("backoffice.stock.runsOut.unused");
            case LASTS_BEYOND_HORIZON -> messages.get("backoffice.stock.runsOut.beyond", StockHistory.LOOKBACK_WEEKS);
            case RUNS_OUT -> estimate.runsOutAt().map(at -> {
                long minutes = Math.max(0, java.time.Duration.between(now, at).toMinutes());
                return messages.get("backoffice.stock.runsOut.in", minutes / (60 * 24), (minutes / 60) % 24);
            }).orElse("");
        };
    }

    public ObservableMap<Integer, RunOutEstimate> runOut() {
        return runOut;
    }

    public ObservableList<StockLevel> levels() {
        return levels;
    }

    public ObservableList<MakeableProduct> makeable() {
        return makeable;
    }

    public ObservableList<String> alerts() {
        return alerts;
    }

    public ReadOnlyIntegerProperty lowCountProperty() {
        return lowCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
