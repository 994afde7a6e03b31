package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.VatAmount;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.ProgressCue;
import fr.ocpizza.pos.ui.common.Styles;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerView;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code OrderEntryView.fxml}: binds the order type bar, the menu tiles, the basket
 * and the payment to the children of the {@link CounterViewModel}, and maps the keys of a
 * keyboard-only order (see {@link #onKey}) to its commands. The rules that link them live in the
 * view model; here are only bindings, keys and where the cursor goes. The phone customer panel and
 * the promised-time picker are attached by the workspace's factory.
 */
public final class OrderEntryView implements AutoCloseable {

    private final CounterViewModel viewModel;
    private final MenuTilesViewModel menu;
    private final BasketViewModel basket;
    private final PaymentViewModel payment;
    private final CounterReceipts receipts;
    private final DialogService dialogs;
    private final Messages messages;
    private LineEditorPane editor;
    private PhoneCustomerView customerPanel;
    private PromisedTimePicker promisePicker;

    @FXML private StackPane root;
    @FXML private ToggleButton typeEatIn;
    @FXML private ToggleButton typeTakeaway;
    @FXML private ToggleButton typePhonePickup;
    @FXML private ToggleButton typePhoneDelivery;
    @FXML private StackPane promiseArea;
    @FXML private StackPane customerArea;
    @FXML private HBox editingBanner;
    @FXML private Label editingText;
    @FXML private Button abandonEdit;
    @FXML private HBox errorBanner;
    @FXML private Label errorText;
    @FXML private Button dismissError;
    @FXML private HBox noticeBanner;
    @FXML private Label noticeText;
    @FXML private Button printReceipt;
    @FXML private Button previewReceipt;
    @FXML private Button dismissNotice;
    @FXML private ToggleButton categoryPizza;
    @FXML private ToggleButton categoryDrink;
    @FXML private ToggleButton categoryDessert;
    @FXML private ToggleButton sizeS;
    @FXML private ToggleButton sizeM;
    @FXML private ToggleButton sizeL;
    @FXML private TextField searchField;
    @FXML private ScrollPane tileScroll;
    @FXML private FlowPane tilePane;
    @FXML private Label menuLoading;
    @FXML private StackPane editorArea;
    @FXML private ListView<BasketRow> basketList;
    @FXML private Button decrementButton;
    @FXML private Button incrementButton;
    @FXML private Button editLineButton;
    @FXML private Button removeLineButton;
    @FXML private Label undoHint;
    @FXML private VBox vatBox;
    @FXML private Label totalLabel;
    @FXML private VBox paymentBox;
    @FXML private ToggleButton payCash;
    @FXML private ToggleButton payCard;
    @FXML private ToggleButton payLater;
    @FXML private HBox cashBox;
    @FXML private TextField tenderedField;
    @FXML private Button note10;
    @FXML private Button note20;
    @FXML private Button note50;
    @FXML private Label changeLabel;
    @FXML private Button submitButton;
    @FXML private ProgressIndicator busyIndicator;

    /** @param dialogs asks before the basket is thrown away */
    public OrderEntryView(CounterViewModel viewModel, CounterReceipts receipts, DialogService dialogs) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.menu = viewModel.menu();
        this.basket = viewModel.basket();
        this.payment = viewModel.payment();
        this.receipts = Objects.requireNonNull(receipts);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.messages = viewModel.messages();
    }

    @FXML
    private void initialize() {
        bindOrderTypes();
        bindMenu();
        bindBasket();
        bindPayment();
        bindMessages();
        editor = new LineEditorPane(viewModel.editor(), basket, messages);
        editorArea.getChildren().setAll(editor);
        editorArea.visibleProperty().bind(viewModel.editor().openProperty());
        viewModel.editor().openProperty().addListener((o, before, open) -> {
            if (open) {
                editor.focusFilter();
            } else {
                searchField.requestFocus();
            }
        });
        editorArea.setOnMouseClicked(event -> {
            if (event.getTarget() == editorArea) {
                viewModel.editor().close();
            }
        });
        // Labels stay whole; the search field and the basket list take what space is left.
        for (javafx.scene.control.Labeled labeled : List.of(typeEatIn, typeTakeaway, typePhonePickup, typePhoneDelivery,
                categoryPizza, categoryDrink, categoryDessert, sizeS, sizeM, sizeL, decrementButton, incrementButton,
                editLineButton, removeLineButton, payCash, payCard, payLater, note10, note20, note50, dismissError,
                dismissNotice, printReceipt, previewReceipt, abandonEdit)) {
            labeled.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The tab's content joins the scene only at the tab pane's first layout: focus then, so
        // that the cashier's first letters go to the search.
        searchField.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusSearch);
            }
        });
        viewModel.connect();
    }

    public Node view() {
        return root;
    }

    public CounterViewModel viewModel() {
        return viewModel;
    }

    /**
     * Puts the phone customer panel left of the menu (phone orders only; its view model is the
     * room's child). A phone order type puts the cursor in its number field; after a new order is
     * placed the cursor goes to the number (phone) or the search (walk-in).
     */
    public void attachCustomerPanel(PhoneCustomerView panel) {
        customerPanel = panel;
        customerArea.getChildren().setAll(panel.view());
        viewModel.orderTypeProperty().addListener((o, before, type) -> {
            if (type.isPhone() && (before == null || !before.isPhone())) {
                Platform.runLater(panel::focus);
            }
        });
        viewModel.lastOrderProperty().addListener((o, before, placed) -> {
            if (viewModel.editingProperty().get() != null) {
                return;
            }
            // The next phone call starts with its number; a walk-in customer with a product.
            if (viewModel.orderTypeProperty().get().isPhone()) {
                panel.focus();
            } else {
                focusSearch();
            }
        });
    }

    /** Puts the promised-time picker in the order type bar (its view model is the room's child). */
    public void attachPromisePicker(PromisedTimePicker picker) {
        promisePicker = picker;
        promiseArea.getChildren().setAll(picker.view());
    }

    /** Gives the keyboard to the search field: the cashier types the first product at once. */
    public void focusSearch() {
        // The counter prebuilt behind the login joins the scene hidden: the login keeps the keyboard.
        for (Node node = searchField; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return;
            }
        }
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Loads an order of the board for modification (the board's "Modifier"). */
    public void modify(OrderView order) {
        viewModel.modify(order);
        focusSearch();
    }

    // ---------------------------------------------------------------- bindings

    private void bindOrderTypes() {
        Map<OrderType, ToggleButton> buttons = new EnumMap<>(OrderType.class);
        buttons.put(OrderType.EAT_IN, typeEatIn);
        buttons.put(OrderType.TAKEAWAY, typeTakeaway);
        buttons.put(OrderType.PHONE_PICKUP, typePhonePickup);
        buttons.put(OrderType.PHONE_DELIVERY, typePhoneDelivery);
        ToggleGroup group = new ToggleGroup();
        int index = 1;
        for (Map.Entry<OrderType, ToggleButton> entry : buttons.entrySet()) {
            ToggleButton button = entry.getValue();
            button.setToggleGroup(group);
            button.setUserData(entry.getKey());
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(messages.get("counter.key.alt", index++)));
            button.disableProperty().bind(viewModel.editingProperty().isNotNull());
        }
        keepOneSelected(group, viewModel.orderTypeProperty().get(), buttons.get(viewModel.orderTypeProperty().get()));
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after != null) {
                viewModel.chooseOrderType((OrderType) after.getUserData());
            }
        });
        viewModel.orderTypeProperty().addListener((o, before, after) -> group.selectToggle(buttons.get(after)));
        customerArea.visibleProperty().bind(viewModel.customerShownProperty());
        customerArea.managedProperty().bind(customerArea.visibleProperty());
        promiseArea.disableProperty().bind(viewModel.editingProperty().isNotNull());
    }

    /** A toggle group whose selection cannot be emptied by clicking the selected button again. */
    private static void keepOneSelected(ToggleGroup group, Object initial, Toggle initialToggle) {
        group.selectToggle(initialToggle);
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null && before != null) {
                group.selectToggle(before);
            }
        });
    }

    private void bindMenu() {
        Map<ProductCategory, ToggleButton> categories = new EnumMap<>(ProductCategory.class);
        categories.put(ProductCategory.PIZZA, categoryPizza);
        categories.put(ProductCategory.DRINK, categoryDrink);
        categories.put(ProductCategory.DESSERT, categoryDessert);
        ToggleGroup categoryGroup = new ToggleGroup();
        int key = 5;
        for (Map.Entry<ProductCategory, ToggleButton> entry : categories.entrySet()) {
            entry.getValue().setToggleGroup(categoryGroup);
            entry.getValue().setUserData(entry.getKey());
            entry.getValue().setFocusTraversable(false);
            entry.getValue().setTooltip(new Tooltip("F" + key++));
        }
        keepOneSelected(categoryGroup, null, categories.get(menu.categoryProperty().get()));
        categoryGroup.selectedToggleProperty().addListener((o, before, after) -> {
            if (after != null) {
                menu.categoryProperty().set((ProductCategory) after.getUserData());
            }
        });
        menu.categoryProperty().addListener((o, before, after) -> categoryGroup.selectToggle(categories.get(after)));

        ToggleGroup sizeGroup = new ToggleGroup();
        for (ToggleButton size : List.of(sizeS, sizeM, sizeL)) {
            size.setToggleGroup(sizeGroup);
            size.setUserData(size.getText());
            size.setFocusTraversable(false);
            size.setTooltip(new Tooltip(messages.get("counter.key.alt", size.getText())));
        }
        keepOneSelected(sizeGroup, null, sizeM);
        sizeGroup.selectedToggleProperty().addListener((o, before, after) -> {
            if (after != null) {
                menu.pizzaSizeProperty().set((String) after.getUserData());
            }
        });
        menu.pizzaSizeProperty().addListener((o, before, after) ->
                List.of(sizeS, sizeM, sizeL).stream().filter(b -> b.getText().equals(after)).findFirst().ifPresent(sizeGroup::selectToggle));
        for (ToggleButton size : List.of(sizeS, sizeM, sizeL)) {
            size.visibleProperty().bind(menu.categoryProperty().isEqualTo(ProductCategory.PIZZA)
                    .or(menu.searchProperty().isNotEmpty()));
        }

        searchField.textProperty().bindBidirectional(menu.searchProperty());
        searchField.setOnAction(event -> {
            viewModel.addFirstMatch();
            // Nothing found: the next letters replace the unfound text.
            searchField.selectAll();
        });
        searchField.setTooltip(new Tooltip(messages.get("counter.search.tooltip")));
        menuLoading.visibleProperty().bind(menu.menuLoadedProperty().not());
        menu.tiles().addListener((ListChangeListener<ProductTile>) change -> rebuildTiles());
        rebuildTiles();
    }

    private void rebuildTiles() {
        boolean searching = !menu.searchProperty().get().isBlank();
        List<ProductTile> tiles = menu.tiles();
        tilePane.getChildren().setAll(tiles.stream().map(tile -> TileButton.of(tile, searching && tile == tiles.get(0), messages,
                () -> {
                    viewModel.add(tile);
                    searchField.requestFocus();
                })).toList());
    }

    private void bindBasket() {
        basketList.setItems(basket.rows());
        basketList.setCellFactory(list -> new BasketCell(messages));
        basketList.setFocusTraversable(false);
        Label empty = new Label(messages.get("counter.basket.empty"));
        empty.getStyleClass().add(Styles.MUTED);
        empty.setWrapText(true);
        basketList.setPlaceholder(empty);
        basketList.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null && after != basket.selectedProperty().get()) {
                basket.select(after);
            }
        });
        basket.selectedProperty().addListener((o, before, after) -> {
            if (after == null) {
                basketList.getSelectionModel().clearSelection();
            } else {
                basketList.getSelectionModel().select(after);
                basketList.scrollTo(after);
            }
        });
        basketList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.editor().open();
            }
        });
        decrementButton.setOnAction(event -> basket.decrement());
        incrementButton.setOnAction(event -> basket.increment());
        editLineButton.setOnAction(event -> viewModel.editor().open());
        removeLineButton.setOnAction(event -> basket.removeSelected());
        decrementButton.setTooltip(new Tooltip(messages.get("counter.key.minus")));
        incrementButton.setTooltip(new Tooltip(messages.get("counter.key.plus")));
        editLineButton.setTooltip(new Tooltip("F4"));
        removeLineButton.setTooltip(new Tooltip(messages.get("counter.key.remove")));
        for (Button button : List.of(decrementButton, incrementButton, editLineButton, removeLineButton)) {
            button.disableProperty().bind(basket.selectedProperty().isNull());
            button.setFocusTraversable(false);
        }
        totalLabel.setId("totalLabel");
        totalLabel.textProperty().bind(Bindings.createStringBinding(
                () -> basket.totalProperty().get().format(messages.locale()), basket.totalProperty()));
        basket.vat().addListener((ListChangeListener<VatAmount>) change -> rebuildVat());
        // "Annuler : ajout de Reine M (Ctrl+Z)": what the next Ctrl+Z does, shown only when there is one.
        MessageLabels.show(undoHint, Bindings.createStringBinding(() -> basket.undoDescriptionProperty().get().isEmpty() ? ""
                : messages.get("counter.undo.hint", basket.undoDescriptionProperty().get()), basket.undoDescriptionProperty()));
        undoHint.getStyleClass().add(Styles.MUTED);
    }

    private void rebuildVat() {
        vatBox.getChildren().setAll(basket.vat().stream().map(vat -> {
            Label line = new Label(messages.get("counter.vat.line", vat.rate(), vat.netAmount(), vat.vat()));
            line.getStyleClass().add(Styles.MUTED);
            return line;
        }).toList());
    }

    private void bindPayment() {
        Map<PaymentMethod, ToggleButton> methods = new EnumMap<>(PaymentMethod.class);
        methods.put(PaymentMethod.CASH, payCash);
        methods.put(PaymentMethod.CARD, payCard);
        methods.put(PaymentMethod.ON_DELIVERY, payLater);
        ToggleGroup group = new ToggleGroup();
        Map<PaymentMethod, String> keys = Map.of(PaymentMethod.CASH, "E", PaymentMethod.CARD, "C", PaymentMethod.ON_DELIVERY, "D");
        methods.forEach((method, button) -> {
            button.setToggleGroup(group);
            button.setUserData(method);
            button.setFocusTraversable(false);
            button.setTooltip(new Tooltip(messages.get("counter.key.alt", keys.get(method))));
        });
        keepOneSelected(group, null, methods.get(payment.methodProperty().get()));
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after != null) {
                payment.methodProperty().set((PaymentMethod) after.getUserData());
            }
        });
        payment.methodProperty().addListener((o, before, after) -> group.selectToggle(methods.get(after)));
        payLater.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                        viewModel.orderTypeProperty().get() == OrderType.PHONE_DELIVERY ? "counter.payment.atDoor" : "counter.payment.atPickup"),
                viewModel.orderTypeProperty()));

        cashBox.visibleProperty().bind(payment.methodProperty().isEqualTo(PaymentMethod.CASH));
        cashBox.managedProperty().bind(cashBox.visibleProperty());
        tenderedField.textProperty().bindBidirectional(payment.tenderedProperty());
        tenderedField.setOnAction(event -> viewModel.submit());
        payment.tenderedInvalidProperty().addListener((o, before, invalid) ->
                tenderedField.pseudoClassStateChanged(Styles.ERROR, invalid));
        note10.setOnAction(event -> payment.tender(Money.ofCents(1000)));
        note20.setOnAction(event -> payment.tender(Money.ofCents(2000)));
        note50.setOnAction(event -> payment.tender(Money.ofCents(5000)));
        for (Button note : List.of(note10, note20, note50)) {
            note.setFocusTraversable(false);
        }
        MessageLabels.show(changeLabel, payment.changeDueProperty());
        paymentBox.visibleProperty().bind(viewModel.editingProperty().isNull());
        paymentBox.managedProperty().bind(paymentBox.visibleProperty());

        submitButton.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                        viewModel.editingProperty().get() == null ? "counter.submit" : "counter.submit.modification"),
                viewModel.editingProperty()));
        submitButton.setOnAction(event -> viewModel.submit());
        submitButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(basket.rows())));
        submitButton.setFocusTraversable(false);
        // The spinner shows only when the work lasts: a quick order never flickers.
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        ProgressCue.attach(busyIndicator, viewModel.busyProperty());
    }

    private void bindMessages() {
        errorText.textProperty().bind(viewModel.banners().errorProperty());
        errorBanner.visibleProperty().bind(viewModel.banners().errorProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());
        dismissError.setOnAction(event -> viewModel.banners().dismiss());
        noticeText.textProperty().bind(viewModel.banners().noticeProperty());
        noticeBanner.visibleProperty().bind(viewModel.banners().noticeProperty().isNotEmpty());
        noticeBanner.managedProperty().bind(noticeBanner.visibleProperty());
        dismissNotice.setOnAction(event -> viewModel.banners().dismiss());
        for (Button button : List.of(printReceipt, previewReceipt)) {
            button.visibleProperty().bind(viewModel.lastOrderProperty().isNotNull().and(viewModel.editingProperty().isNull()));
            button.managedProperty().bind(button.visibleProperty());
            button.setFocusTraversable(false);
        }
        printReceipt.setTooltip(new Tooltip("Ctrl+P"));
        previewReceipt.setTooltip(new Tooltip("Ctrl+Maj+P"));
        printReceipt.setOnAction(event -> printLast());
        previewReceipt.setOnAction(event -> previewLast());
        for (Button button : List.of(dismissError, dismissNotice, abandonEdit)) {
            button.setFocusTraversable(false);
        }
        editingText.textProperty().bind(Bindings.createStringBinding(() -> {
            OrderView order = viewModel.editingProperty().get();
            return order == null ? "" : messages.get("counter.modify.banner", order.ticketNumber(),
                    order.customerName() == null ? "" : order.customerName());
        }, viewModel.editingProperty()));
        editingBanner.visibleProperty().bind(viewModel.editingProperty().isNotNull());
        editingBanner.managedProperty().bind(editingBanner.visibleProperty());
        abandonEdit.setOnAction(event -> viewModel.discard());
    }

    private void printLast() {
        OrderView order = viewModel.lastOrderProperty().get();
        if (order != null) {
            receipts.print(order, this::showPrintOutcome);
        }
    }

    private void previewLast() {
        OrderView order = viewModel.lastOrderProperty().get();
        if (order != null) {
            receipts.preview(order, this::showPrintOutcome);
        }
    }

    private void showPrintOutcome(String outcome) {
        viewModel.showNotice(outcome);
    }

    // ---------------------------------------------------------------- keyboard

    /**
     * The keys of the counter, wherever the focus is:
     * Alt+1..4 order type; F5/F6/F7 pizzas, drinks, desserts; Alt+S/M/L pizza size (of the line
     * being edited when the editor is open); F3 or Ctrl+F search; Entrée in the search adds the
     * first product shown; Ctrl+↑/↓ select a basket line; Ctrl+plus/moins or the keypad's +/−
     * its quantity; F4 edit it; Ctrl+Suppr remove it; Alt+E/C/D cash, card, at pickup or door;
     * Alt+P the phone customer's number; Alt+T the promised time;
     * F12 goes to the cash amount, then places the order; Ctrl+P prints the last receipt
     * (Ctrl+Maj+P previews it); Échap closes the editor, then clears the search; Ctrl+N empties
     * the basket after a confirmation; Ctrl+Z / Ctrl+Y (or Ctrl+Maj+Z) undo and redo the basket's
     * last edits, except in the phone panel and the promised time, whose fields keep their own.
     */
    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean editorOpen = viewModel.editor().openProperty().get();
        boolean handled = true;
        if (event.isAltDown() && code.isDigitKey() && !editorOpen) {
            int index = code.getCode() - KeyCode.DIGIT1.getCode();
            if (index >= 0 && index < OrderType.values().length) {
                viewModel.chooseOrderType(OrderType.values()[index]);
            }
        } else if (event.isAltDown() && (code == KeyCode.S || code == KeyCode.M || code == KeyCode.L)) {
            viewModel.chooseSize(code.getName());
        } else if (event.isAltDown() && code == KeyCode.E) {
            payment.methodProperty().set(PaymentMethod.CASH);
        } else if (event.isAltDown() && code == KeyCode.C) {
            payment.methodProperty().set(PaymentMethod.CARD);
        } else if (event.isAltDown() && code == KeyCode.D) {
            payment.methodProperty().set(PaymentMethod.ON_DELIVERY);
        } else if (event.isAltDown() && code == KeyCode.T && promisePicker != null) {
            promisePicker.focus();
        } else if (event.isAltDown() && code == KeyCode.P && customerPanel != null && viewModel.orderTypeProperty().get().isPhone()) {
            customerPanel.focus();
        } else if (event.isAltDown() && code == KeyCode.N && editorOpen) {
            editor.focusNote();
        } else if (event.isAltDown() && code == KeyCode.H && editorOpen) {
            editor.focusSecondHalf();
        } else if (code == KeyCode.F5 || code == KeyCode.F6 || code == KeyCode.F7) {
            menu.showCategory(code == KeyCode.F5 ? ProductCategory.PIZZA
                    : code == KeyCode.F6 ? ProductCategory.DRINK : ProductCategory.DESSERT);
        } else if (code == KeyCode.F3 || (event.isShortcutDown() && code == KeyCode.F)) {
            viewModel.editor().close();
            focusSearch();
        } else if (code == KeyCode.F4) {
            if (editorOpen) {
                viewModel.editor().close();
            } else {
                viewModel.editor().open();
            }
        } else if (event.isShortcutDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            basket.moveSelection(code == KeyCode.UP ? -1 : 1);
        } else if (code == KeyCode.ADD || (event.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS))) {
            basket.increment();
        } else if (code == KeyCode.SUBTRACT || (event.isShortcutDown() && code == KeyCode.MINUS)) {
            basket.decrement();
        } else if (event.isShortcutDown() && code == KeyCode.DELETE) {
            basket.removeSelected();
        } else if (code == KeyCode.F12) {
            submitOrAskForCash();
        } else if (event.isShortcutDown() && code == KeyCode.P) {
            if (event.isShiftDown()) {
                previewLast();
            } else {
                printLast();
            }
        } else if (event.isShortcutDown() && code == KeyCode.N) {
            confirmDiscard();
        } else if (event.isShortcutDown() && (code == KeyCode.Z || code == KeyCode.Y) && !inOwnTextFields()) {
            if (code == KeyCode.Y || event.isShiftDown()) {
                basket.redo();
            } else {
                basket.undo();
            }
        } else if (code == KeyCode.ESCAPE) {
            viewModel.escape();
            focusSearchIfFree();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** F12: with cash and no amount typed yet, the amount field first; otherwise place the order. */
    private void submitOrAskForCash() {
        viewModel.editor().close();
        if (viewModel.waitsForCashAmount() && !tenderedField.isFocused()) {
            tenderedField.requestFocus();
            return;
        }
        viewModel.submit();
    }

    private void focusSearchIfFree() {
        if (!viewModel.editor().openProperty().get()) {
            searchField.requestFocus();
        }
    }

    /** The phone panel's and the promised time's fields undo their own typing. */
    private boolean inOwnTextFields() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (Node node = focused; node != null; node = node.getParent()) {
            if (node == customerArea || node == promiseArea) {
                return true;
            }
        }
        return false;
    }

    private void confirmDiscard() {
        if (!viewModel.hasSomethingToDiscard()) {
            return;
        }
        if (dialogs.confirm(messages.get("counter.discard.title"), messages.get("counter.discard.question"),
                messages.get("counter.discard.confirm"), messages.get("counter.discard.keep"))) {
            viewModel.discard();
        }
        focusSearch();
    }

    @Override
    public void close() {
        viewModel.close();
    }
}
