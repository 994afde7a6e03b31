package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.order.PaymentRequest;
import fr.ocpizza.pos.application.stock.StoreAvailability;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.order.VatAmount;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.Availability;
import fr.ocpizza.pos.ui.common.LiveReloads;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order being taken at the counter: the menu with what the stock still allows (live), the
 * basket priced as it is built, the order type, customer, promised time and payment, then the
 * order placed (or an existing order modified) in one call to the service.
 * <p>
 * The basket is priced here with the domain's {@link OrderPricing} on the menu last read, so the
 * total follows every key press without a database round trip; the service prices it again from
 * the database when the order is placed, and that is the price that counts. UI thread only,
 * except the work handed to the {@link TaskExecutor}.
 */
public final class OrderEntryViewModel implements AutoCloseable {

    private final OrderService orders;
    private final Callable<StoreAvailability> readAvailability;
    private final LiveFeed feed;
    private final TaskExecutor executor;
    private final StaffPrincipal staff;
    private final int storeId;
    private final Clock clock;
    private final Messages messages;
    private final LiveReloads<StoreAvailability> reloads;

    // Menu
    private final ObjectProperty<ProductCategory> category = new SimpleObjectProperty<>(this, "category", ProductCategory.PIZZA);
    private final ObjectProperty<String> pizzaSize = new SimpleObjectProperty<>(this, "pizzaSize", "M");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<ProductTile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper menuLoaded = new ReadOnlyBooleanWrapper(this, "menuLoaded");
    private StoreAvailability availability;

    // Basket
    private final List<BasketLine> lines = new ArrayList<>();
    private final ObservableList<BasketRow> rows = FXCollections.observableArrayList();
    private final ObservableList<VatAmount> vat = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Money> total = new ReadOnlyObjectWrapper<>(this, "total", Money.ZERO);
    private final ReadOnlyObjectWrapper<BasketRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<ToppingChoice> toppingChoices = FXCollections.observableArrayList();
    private final ObservableList<ProductSize> secondHalfChoices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper editorOpen = new ReadOnlyBooleanWrapper(this, "editorOpen");
    private long nextKey = 1;

    // Order
    private final ObjectProperty<OrderType> orderType = new SimpleObjectProperty<>(this, "orderType", OrderType.TAKEAWAY);
    private final ObjectProperty<Long> customerId = new SimpleObjectProperty<>(this, "customerId");
    private final StringProperty customerName = new SimpleStringProperty(this, "customerName", "");
    private final ObjectProperty<Long> deliveryAddressId = new SimpleObjectProperty<>(this, "deliveryAddressId");
    private final ObjectProperty<Instant> promisedAt = new SimpleObjectProperty<>(this, "promisedAt");
    private final StringProperty orderNote = new SimpleStringProperty(this, "orderNote", "");
    private final ReadOnlyObjectWrapper<OrderView> editing = new ReadOnlyObjectWrapper<>(this, "editing");

    // Payment
    private final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>(this, "paymentMethod", PaymentMethod.CASH);
    private final StringProperty tendered = new SimpleStringProperty(this, "tendered", "");
    private final ReadOnlyStringWrapper changeDue = new ReadOnlyStringWrapper(this, "changeDue", "");
    private final ReadOnlyBooleanWrapper tenderedInvalid = new ReadOnlyBooleanWrapper(this, "tenderedInvalid");

    // Outcome
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<OrderView> lastOrder = new ReadOnlyObjectWrapper<>(this, "lastOrder");
    private final BooleanProperty customerReady = new SimpleBooleanProperty(this, "customerReady", true);
    private final BooleanProperty promiseValid = new SimpleBooleanProperty(this, "promiseValid", true);
    private Consumer<OrderView> onSaved = order -> { };

    /**
     * @param readAvailability reads the menu and what the store's stock allows (background)
     * @param storeId          the terminal's store
     */
    public OrderEntryViewModel(OrderService orders, Callable<StoreAvailability> readAvailability, LiveFeed feed,
                               TaskExecutor executor, StaffPrincipal staff, int storeId, Clock clock, Messages messages) {
        this.orders = Objects.requireNonNull(orders);
        this.readAvailability = Objects.requireNonNull(readAvailability);
        this.feed = Objects.requireNonNull(feed);
        this.executor = Objects.requireNonNull(executor);
        this.staff = Objects.requireNonNull(staff);
        this.storeId = storeId;
        this.clock = Objects.requireNonNull(clock);
        this.messages = Objects.requireNonNull(messages);
        // Any stock movement may change what can be made; order events do not (their stock comes as stock events).
        this.reloads = new LiveReloads<>(executor, readAvailability, this::applyAvailability, this::showFailure,
                event -> !event.type().isOrderEvent());
        category.addListener((o, before, after) -> rebuildTiles());
        pizzaSize.addListener((o, before, after) -> rebuildTiles());
        search.addListener((o, before, after) -> rebuildTiles());
        tendered.addListener((o, before, after) -> updateChange());
        paymentMethod.addListener((o, before, after) -> updateChange());
        orderType.addListener((o, before, after) -> {
            if (editing.get() == null) {
                paymentMethod.set(after.usualPayment());
            }
        });
    }

    /** Reads the menu and subscribes to the store's stock events; the first resync loads the menu. */
    public void connect() {
        reloads.subscribe(feed, storeId);
    }

    /** Called on the UI thread with each order placed or modified (the board refreshes, the receipt prints). */
    public void setOnSaved(Consumer<OrderView> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    // ---------------------------------------------------------------- menu

    private void applyAvailability(StoreAvailability fresh) {
        availability = fresh;
        menuLoaded.set(true);
        rebuildTiles();
        reprice();
    }

    private void rebuildTiles() {
        if (availability == null) {
            tiles.clear();
            return;
        }
        String query = normalized(search.get());
        List<ProductTile> shown = new ArrayList<>();
        for (Availability item : availability.items()) {
            ProductSize size = item.productSize();
            boolean matches = query.isEmpty()
                    ? size.category() == category.get()
                    : normalized(size.productName()).contains(query) || normalized(size.productCode()).contains(query);
            boolean rightSize = size.category() != ProductCategory.PIZZA || size.sizeCode().equals(pizzaSize.get());
            if (matches && rightSize) {
                shown.add(new ProductTile(size, item.portions(), availability.limitingIngredientName(item).orElse(null),
                        ProductTile.stateOf(size, item.portions())));
            }
        }
        if (!query.isEmpty()) {
            // Best match first: names that start with the query, then sellable ones.
            shown.sort(Comparator.comparing((ProductTile tile) -> !normalized(tile.name()).startsWith(query))
                    .thenComparing(tile -> !tile.canBeSold()));
        }
        tiles.setAll(shown);
    }

    /** Lower case, no accents: "quatre fro" finds "Quatre fromages", "vegetar" finds "Végétarienne". */
    static String normalized(String text) {
        return Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Adds the first product the search shows (Enter in the search field). */
    public void addFirstMatch() {
        if (tiles.isEmpty()) {
            error.set(messages.get("counter.search.none", search.get().strip()));
            return;
        }
        add(tiles.get(0));
        search.set("");
    }

    /**
     * Puts a product in the basket: one more of the same line if it is already there as it comes,
     * a new line otherwise. A product the stock cannot make is refused with the missing ingredient.
     */
    public void add(ProductTile tile) {
        if (!tile.canBeSold()) {
            error.set(tile.state() == ProductTile.State.OFF_MENU
                    ? messages.get("counter.tile.offMenu.refused", tile.name())
                    : messages.get("counter.tile.out.refused", tile.name(), Optional.ofNullable(tile.missingIngredient()).orElse("?")));
            return;
        }
        error.set("");
        notice.set("");
        int sizeId = tile.size().id();
        for (int i = lines.size() - 1; i >= 0; i--) {
            BasketLine line = lines.get(i);
            if (line.productSizeId() == sizeId && line.isPlain() && line.quantity() < OrderPricing.MAX_QUANTITY) {
                replace(i, line.withQuantity(line.quantity() + 1));
                return;
            }
        }
        BasketLine line = BasketLine.of(nextKey++, sizeId);
        lines.add(line);
        reprice();
        select(line.key());
    }

    // ---------------------------------------------------------------- basket lines

    public void select(BasketRow row) {
        select(row == null ? -1 : row.line().key());
    }

    private void select(long key) {
        selected.set(rows.stream().filter(row -> row.line().key() == key).findFirst().orElse(null));
        refreshEditorChoices();
    }

    /** Moves the selection up (-1) or down (+1) the basket, for the keyboard. */
    public void moveSelection(int step) {
        if (rows.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? (step > 0 ? -1 : rows.size()) : rows.indexOf(selected.get());
        int next = Math.max(0, Math.min(rows.size() - 1, index + step));
        select(rows.get(next));
    }

    public void increment() {
        changeSelected(line -> line.quantity() >= OrderPricing.MAX_QUANTITY ? line : line.withQuantity(line.quantity() + 1));
    }

    /** One less; the last one removes the line. */
    public void decrement() {
        BasketRow row = selected.get();
        if (row == null) {
            return;
        }
        if (row.line().quantity() <= 1) {
            removeSelected();
        } else {
            changeSelected(line -> line.withQuantity(line.quantity() - 1));
        }
    }

    public void removeSelected() {
        BasketRow row = selected.get();
        if (row == null) {
            return;
        }
        int index = indexOf(row.line().key());
        lines.remove(index);
        editorOpen.set(false);
        reprice();
        if (!lines.isEmpty()) {
            select(lines.get(Math.min(index, lines.size() - 1)).key());
        } else {
            select(-1);
        }
    }

    public void setQuantity(int quantity) {
        if (quantity >= 1 && quantity <= OrderPricing.MAX_QUANTITY) {
            changeSelected(line -> line.withQuantity(quantity));
        }
    }

    public void setNote(String note) {
        changeSelected(line -> line.withNote(note));
    }

    public void toggleExtra(int ingredientId) {
        changeSelected(line -> line.toggleExtra(ingredientId));
    }

    public void toggleRemoval(int ingredientId) {
        changeSelected(line -> line.toggleRemoval(ingredientId));
    }

    /** Makes the selected pizza half-and-half with another pizza of its size; null makes it whole again. */
    public void setSecondHalf(ProductSize secondHalf) {
        changeSelected(line -> line.withSecondHalf(secondHalf == null ? null : secondHalf.id()));
    }

    /** The selected pizza in another size (its second half too); toppings the size lacks are refused. */
    public void changeSize(String sizeCode) {
        Menu menu = menu();
        BasketRow row = selected.get();
        if (menu == null || row == null) {
            return;
        }
        ProductSize current = menu.productSize(row.line().productSizeId());
        Optional<ProductSize> resized = sizeOf(menu, current.productId(), sizeCode);
        if (resized.isEmpty() || current.sizeCode().equals(sizeCode)) {
            return;
        }
        Integer secondHalf = row.line().secondHalfProductSizeId();
        Integer resizedHalf = secondHalf == null ? null
                : sizeOf(menu, menu.productSize(secondHalf).productId(), sizeCode).map(ProductSize::id).orElse(null);
        changeSelected(line -> line.withSize(resized.get().id(), resizedHalf));
    }

    private static Optional<ProductSize> sizeOf(Menu menu, int productId, String sizeCode) {
        return menu.productSizes().stream()
                .filter(size -> size.productId() == productId && size.sizeCode().equals(sizeCode))
                .findFirst();
    }

    /** Applies a change to the selected line; a change the menu refuses is explained and undone. */
    private void changeSelected(UnaryOperator<BasketLine> change) {
        BasketRow row = selected.get();
        if (row == null) {
            return;
        }
        int index = indexOf(row.line().key());
        BasketLine before = lines.get(index);
        BasketLine after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        lines.set(index, after);
        if (!reprice()) {
            lines.set(index, before);
            reprice();
        } else {
            error.set("");
        }
        select(before.key());
    }

    private void replace(int index, BasketLine line) {
        lines.set(index, line);
        reprice();
        select(line.key());
    }

    private int indexOf(long key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).key() == key) {
                return i;
            }
        }
        throw new IllegalStateException("No basket line " + key);
    }

    public void openEditor() {
        if (selected.get() != null) {
            refreshEditorChoices();
            editorOpen.set(true);
        }
    }

    public void closeEditor() {
        editorOpen.set(false);
    }

    /**
     * Prices the basket on the menu last read. Returns false, with the reason shown, when the
     * menu refuses a line (an extra this size does not offer, two halves that do not match).
     */
    private boolean reprice() {
        Menu menu = menu();
        if (lines.isEmpty() || menu == null) {
            rows.setAll(lines.stream().map(line -> new BasketRow(line, null, "")).toList());
            vat.clear();
            total.set(Money.ZERO);
            updateChange();
            return true;
        }
        try {
            PricedOrder priced = OrderPricing.price(menu, lines.stream().map(BasketLine::toRequest).toList());
            List<BasketRow> priceRows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                priceRows.add(new BasketRow(lines.get(i), priced.lines().get(i), label(menu, lines.get(i))));
            }
            rows.setAll(priceRows);
            vat.setAll(priced.vatByRate());
            total.set(priced.total());
            updateChange();
            return true;
        } catch (PosException refused) {
            error.set(messages.describe(refused));
            return false;
        }
    }

    /** "Reine M", "Coca-Cola 33 cl", "½ Reine + ½ Diavola M". */
    private String label(Menu menu, BasketLine line) {
        ProductSize size = menu.productSize(line.productSizeId());
        String sized = "U".equals(size.sizeCode()) ? "" : " " + size.sizeCode();
        if (line.secondHalfProductSizeId() == null) {
            return size.productName() + sized;
        }
        return messages.get("counter.line.halves", size.productName(),
                menu.productSize(line.secondHalfProductSizeId()).productName()) + sized;
    }

    private void refreshEditorChoices() {
        Menu menu = menu();
        BasketRow row = selected.get();
        if (menu == null || row == null) {
            replaceIfChanged(toppingChoices, List.of());
            replaceIfChanged(secondHalfChoices, List.of());
            return;
        }
        BasketLine line = row.line();
        ProductSize size = menu.productSize(line.productSizeId());
        Map<Integer, ToppingChoice> choices = new HashMap<>();
        Set<Integer> recipe = new java.util.HashSet<>(size.recipe().keySet());
        if (line.secondHalfProductSizeId() != null) {
            recipe.addAll(menu.productSize(line.secondHalfProductSizeId()).recipe().keySet());
        }
        if (size.category() == ProductCategory.PIZZA) {
            for (ExtraTopping extra : menu.extrasFor(size.sizeCode())) {
                choices.put(extra.ingredientId(), choice(menu, line, extra.ingredientId(), recipe.contains(extra.ingredientId()), extra.price()));
            }
            for (int ingredientId : recipe) {
                choices.computeIfAbsent(ingredientId, id -> choice(menu, line, id, true, null));
            }
        }
        // The pizza's own ingredients first (what may be left out), then the extras, each by name.
        replaceIfChanged(toppingChoices, choices.values().stream()
                .sorted(Comparator.comparing((ToppingChoice choice) -> !choice.inRecipe())
                        .thenComparing(choice -> normalized(choice.name())))
                .toList());
        replaceIfChanged(secondHalfChoices, size.category() != ProductCategory.PIZZA ? List.of()
                : menu.productSizes().stream()
                .filter(other -> other.category() == ProductCategory.PIZZA && other.sizeCode().equals(size.sizeCode())
                        && other.productId() != size.productId() && other.available())
                .sorted(Comparator.comparing(ProductSize::productName))
                .toList());
    }

    /**
     * Replaces a list shown by the editor only when it changed: a combo box whose items are reset
     * clears its value, which would undo the half the cashier just picked.
     */
    private static <T> void replaceIfChanged(ObservableList<T> shown, List<T> fresh) {
        if (!shown.equals(fresh)) {
            shown.setAll(fresh);
        }
    }

    private static ToppingChoice choice(Menu menu, BasketLine line, int ingredientId, boolean inRecipe, Money extraPrice) {
        ToppingChoice.Change change = line.added().contains(ingredientId) ? ToppingChoice.Change.ADDED
                : line.removed().contains(ingredientId) ? ToppingChoice.Change.REMOVED : ToppingChoice.Change.NONE;
        return new ToppingChoice(ingredientId, menu.ingredient(ingredientId).name(), inRecipe, extraPrice, change);
    }

    private Menu menu() {
        return availability == null ? null : availability.menu();
    }

    /** The product sizes of the same product, for the editor's size buttons. */
    public List<String> sizesOfSelected() {
        Menu menu = menu();
        BasketRow row = selected.get();
        if (menu == null || row == null) {
            return List.of();
        }
        ProductSize size = menu.productSize(row.line().productSizeId());
        return menu.productSizes().stream().filter(other -> other.productId() == size.productId())
                .map(ProductSize::sizeCode).sorted(Comparator.comparingInt("SMLU"::indexOf)).toList();
    }

    /** Puts the lines of a customer's earlier order in the basket, saying which ones could not be. */
    public void repeat(RepeatedOrder repeated) {
        repeated.lines().forEach(request -> lines.add(BasketLine.of(nextKey++, request)));
        reprice();
        if (!lines.isEmpty()) {
            select(lines.get(lines.size() - 1).key());
        }
        notice.set(repeated.skipped().isEmpty() ? messages.get("counter.repeat.done")
                : messages.get("counter.repeat.skipped", String.join(", ", repeated.skipped())));
    }

    // ---------------------------------------------------------------- payment

    /** A quick cash button: the customer hands over this note. */
    public void tender(Money amount) {
        paymentMethod.set(PaymentMethod.CASH);
        tendered.set(amount.toEuros().toPlainString().replace('.', messages.locale().getLanguage().equals("fr") ? ',' : '.'));
    }

    private Optional<Money> tenderedAmount() {
        String text = tendered.get() == null ? "" : tendered.get().replace("€", "").replace('\u00a0', ' ').strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.parse(text));
        } catch (ArithmeticException | NumberFormatException notAnAmount) {
            return Optional.empty();
        }
    }

    private void updateChange() {
        boolean cash = paymentMethod.get() == PaymentMethod.CASH;
        String text = tendered.get() == null ? "" : tendered.get().strip();
        Optional<Money> given = tenderedAmount();
        tenderedInvalid.set(cash && !text.isEmpty() && (given.isEmpty() || given.get().isNegative()));
        if (!cash || given.isEmpty() || given.get().isNegative()) {
            changeDue.set("");
        } else if (given.get().compareTo(total.get()) < 0) {
            changeDue.set(messages.get("counter.payment.missing", total.get().minus(given.get())));
        } else {
            changeDue.set(messages.get("counter.payment.change", given.get().minus(total.get())));
        }
    }

    // ---------------------------------------------------------------- placing

    /**
     * Places the order (or saves the modification) in one call off the UI thread. On a refusal
     * (short stock, cash missing, another terminal changed the order) the basket stays as it was.
     */
    public void submit() {
        if (busy.get()) {
            return;
        }
        Optional<String> problem = checkBeforeSubmit();
        if (problem.isPresent()) {
            error.set(problem.get());
            return;
        }
        List<LineRequest> requests = lines.stream().map(BasketLine::toRequest).toList();
        OrderView modified = editing.get();
        Callable<OrderView> work;
        if (modified != null) {
            work = () -> orders.modify(staff, modified.id(), modified.version(), requests);
        } else {
            NewOrder order = new NewOrder(storeId, orderType.get().channel(), orderType.get().fulfilment(),
                    orderType.get().isPhone() ? customerId.get() : null, blankToNull(customerName.get()),
                    orderType.get() == OrderType.PHONE_DELIVERY ? deliveryAddressId.get() : null,
                    promisedAt.get() == null ? clock.instant() : promisedAt.get(), blankToNull(orderNote.get()),
                    requests, payment());
            work = () -> orders.place(staff, order);
        }
        busy.set(true);
        error.set("");
        notice.set("");
        executor.execute(work, saved -> {
            busy.set(false);
            lastOrder.set(saved);
            notice.set(savedNotice(saved, modified != null));
            clearOrder();
            onSaved.accept(saved);
            reloads.request();
        }, failure -> {
            busy.set(false);
            error.set(messages.describe(failure));
            reloads.request();
        });
    }

    private String savedNotice(OrderView saved, boolean modification) {
        if (modification) {
            return messages.get("counter.saved.modified", saved.ticketNumber(), saved.total());
        }
        Optional<OrderView.Payment> cash = saved.payments().stream()
                .filter(payment -> payment.method() == PaymentMethod.CASH && payment.change() != null).findFirst();
        return cash.map(payment -> messages.get("counter.saved.cash", saved.ticketNumber(), saved.total(), payment.change()))
                .orElseGet(() -> messages.get("counter.saved", saved.ticketNumber(), saved.total()));
    }

    private Optional<String> checkBeforeSubmit() {
        if (lines.isEmpty()) {
            return Optional.of(messages.get("counter.check.empty"));
        }
        if (menu() == null) {
            return Optional.of(messages.get("counter.check.menuNotLoaded"));
        }
        if (editing.get() != null) {
            return Optional.empty();
        }
        if (!promiseValid.get()) {
            return Optional.of(messages.get("counter.check.promise"));
        }
        OrderType type = orderType.get();
        if (type == OrderType.PHONE_DELIVERY
                && (!customerReady.get() || customerId.get() == null || deliveryAddressId.get() == null)) {
            return Optional.of(messages.get("counter.check.deliveryCustomer"));
        }
        if (type.isPhone() && (!customerReady.get() || (customerId.get() == null && blankToNull(customerName.get()) == null))) {
            return Optional.of(messages.get("counter.check.phoneCustomer"));
        }
        if (paymentMethod.get() == PaymentMethod.CASH && tenderedInvalid.get()) {
            return Optional.of(messages.get("counter.check.tendered", tendered.get().strip()));
        }
        return Optional.empty();
    }

    private PaymentRequest payment() {
        PaymentMethod method = paymentMethod.get();
        if (method == PaymentMethod.ON_DELIVERY) {
            return PaymentRequest.of(PaymentMethod.ON_DELIVERY);
        }
        if (method == PaymentMethod.CASH) {
            return PaymentRequest.cash(tenderedAmount().orElse(null));
        }
        return PaymentRequest.of(method);
    }

    // ---------------------------------------------------------------- modification of an existing order

    /** Loads an order from the board to change its lines; its type, customer and payment stay. */
    public void modify(OrderView order) {
        clearOrder();
        editing.set(order);
        orderType.set(OrderType.of(order.channel(), order.fulfilment()));
        customerName.set(order.customerName() == null ? "" : order.customerName());
        order.lines().forEach(line -> lines.add(BasketLine.of(nextKey++, line)));
        reprice();
        if (!lines.isEmpty()) {
            select(lines.get(0).key());
        }
        error.set("");
        notice.set(messages.get("counter.modify.started", order.ticketNumber()));
    }

    /** Leaves the basket empty for the next customer (Échap twice, or after an order is placed). */
    public void clearOrder() {
        lines.clear();
        editing.set(null);
        editorOpen.set(false);
        reprice();
        select(-1);
        customerId.set(null);
        deliveryAddressId.set(null);
        customerName.set("");
        orderNote.set("");
        tendered.set("");
        paymentMethod.set(orderType.get().usualPayment());
    }

    /** Abandons the basket or the modification in progress. */
    public void discard() {
        boolean wasEditing = editing.get() != null;
        clearOrder();
        error.set("");
        notice.set(wasEditing ? messages.get("counter.modify.abandoned") : "");
    }

    /** A sentence for the cashier in the notice banner (a receipt printed, saved as a file). */
    public void showNotice(String text) {
        notice.set(text);
    }

    public void dismissMessages() {
        error.set("");
        notice.set("");
    }

    private void showFailure(Throwable failure) {
        error.set(messages.describe(failure));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public void close() {
        reloads.close();
    }

    // ---------------------------------------------------------------- properties

    public ObjectProperty<ProductCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<String> pizzaSizeProperty() {
        return pizzaSize;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<ProductTile> tiles() {
        return tiles;
    }

    public ReadOnlyBooleanProperty menuLoadedProperty() {
        return menuLoaded.getReadOnlyProperty();
    }

    public ObservableList<BasketRow> rows() {
        return rows;
    }

    public ObservableList<VatAmount> vat() {
        return vat;
    }

    public ReadOnlyObjectProperty<Money> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BasketRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<ToppingChoice> toppingChoices() {
        return toppingChoices;
    }

    public ObservableList<ProductSize> secondHalfChoices() {
        return secondHalfChoices;
    }

    public ReadOnlyBooleanProperty editorOpenProperty() {
        return editorOpen.getReadOnlyProperty();
    }

    public ObjectProperty<OrderType> orderTypeProperty() {
        return orderType;
    }

    public ObjectProperty<Long> customerIdProperty() {
        return customerId;
    }

    public StringProperty customerNameProperty() {
        return customerName;
    }

    public ObjectProperty<Long> deliveryAddressIdProperty() {
        return deliveryAddressId;
    }

    /** Whether the phone panel has what the order type needs (set by the view from the panel). */
    public BooleanProperty customerReadyProperty() {
        return customerReady;
    }

    /** False while the promised-time field holds a time it has not accepted. */
    public BooleanProperty promiseValidProperty() {
        return promiseValid;
    }

    /** How many pizzas the basket holds (a half-and-half is one): the kitchen queue grows by that. */
    public int pizzaCount() {
        return rows.stream()
                .filter(row -> row.priced() != null && row.priced().productSize().category() == ProductCategory.PIZZA)
                .mapToInt(row -> row.line().quantity()).sum();
    }

    public ObjectProperty<Instant> promisedAtProperty() {
        return promisedAt;
    }

    public StringProperty orderNoteProperty() {
        return orderNote;
    }

    public ReadOnlyObjectProperty<OrderView> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<PaymentMethod> paymentMethodProperty() {
        return paymentMethod;
    }

    public StringProperty tenderedProperty() {
        return tendered;
    }

    public ReadOnlyStringProperty changeDueProperty() {
        return changeDue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty tenderedInvalidProperty() {
        return tenderedInvalid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrderView> lastOrderProperty() {
        return lastOrder.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public StaffPrincipal staff() {
        return staff;
    }
}
