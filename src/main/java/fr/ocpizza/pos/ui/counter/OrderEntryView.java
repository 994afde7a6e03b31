package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.VatAmount;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.Styles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import fr.ocpizza.pos.ui.common.ProgressCue;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerView;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Alert;
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
 * and the payment to the {@link OrderEntryViewModel}, and maps the keys of a keyboard-only order
 * (see {@link #onKey}). The phone customer panel and the promised-time picker are attached by the
 * workspace's factory.
 */
public final class OrderEntryView implements AutoCloseable {

    private static final PseudoClass FIRST_MATCH = PseudoClass.getPseudoClass("first-match");
    private static final PseudoClass OUT = PseudoClass.getPseudoClass("out");
    private static final PseudoClass NEARLY_OUT = PseudoClass.getPseudoClass("nearly-out");
    private static final PseudoClass OFF_MENU = PseudoClass.getPseudoClass("off-menu");

    /** The text inside a tile wraps at this width (the tile is 146 px wide in counter.css). */
    private static final double TILE_TEXT_WIDTH = 124;

    private final OrderEntryViewModel viewModel;
    private final CounterReceipts receipts;
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

    public OrderEntryView(OrderEntryViewModel viewModel, CounterReceipts receipts) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.receipts = Objects.requireNonNull(receipts);
        this.messages = viewModel.messages();
    }

    @FXML
    private void initialize() {
        bindOrderTypes();
        bindMenu();
        bindBasket();
        bindPayment();
        bindMessages();
        editor = new LineEditorPane(viewModel);
        editorArea.getChildren().setAll(editor);
        editorArea.visibleProperty().bind(viewModel.editorOpenProperty());
        viewModel.editorOpenProperty().addListener((o, before, open) -> {
            if (open) {
                editor.focusFilter();
            } else {
                searchField.requestFocus();
            }
        });
        editorArea.setOnMouseClicked(event -> {
            if (event.getTarget() == editorArea) {
                viewModel.closeEditor();
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

    public OrderEntryViewModel viewModel() {
        return viewModel;
    }

    /**
     * Puts the phone customer panel under the order types (phone orders only) and feeds the order
     * with the customer, his name and the delivery address chosen there. A phone order type puts
     * the cursor in its number field; the panel is emptied for the next call once an order is placed.
     */
    public void attachCustomerPanel(PhoneCustomerView panel) {
        customerPanel = panel;
        customerArea.getChildren().setAll(panel.view());
        panel.setFulfilment(viewModel.orderTypeProperty().get().fulfilment());
        viewModel.orderTypeProperty().addListener((o, before, type) -> {
            panel.setFulfilment(type.fulfilment());
            if (type.isPhone() && (before == null || !before.isPhone())) {
                Platform.runLater(panel::focus);
            }
        });
        panel.customerProperty().addListener((o, before, card) -> viewModel.customerIdProperty().set(card == null ? null : card.customerId()));
        panel.customerNameProperty().addListener((o, before, name) -> viewModel.customerNameProperty().set(name));
        panel.deliveryAddressProperty().addListener((o, before, address) ->
                viewModel.deliveryAddressIdProperty().set(address == null ? null : address.id()));
        viewModel.customerReadyProperty().bind(panel.readyProperty());
        viewModel.lastOrderProperty().addListener((o, before, placed) -> {
            if (placed != null && viewModel.editingProperty().get() == null) {
                panel.clear();
                // The next phone call starts with its number; a walk-in customer with a product.
                if (!viewModel.orderTypeProperty().get().isPhone()) {
                    focusSearch();
                }
            }
        });
    }

    /**
     * Puts the promised-time picker in the order type bar: it proposes a time from the kitchen
     * queue when the order type or the number of pizzas changes, and the order takes its time.
     */
    public void attachPromisePicker(PromisedTimePicker picker) {
        promisePicker = picker;
        promiseArea.getChildren().setAll(picker.view());
        picker.chosenTimeProperty().addListener((o, before, time) -> viewModel.promisedAtProperty().set(time));
        viewModel.promisedAtProperty().set(picker.chosenTimeProperty().get());
        viewModel.promiseValidProperty().bind(picker.validProperty());
        Runnable propose = () -> picker.requestProposal(viewModel.orderTypeProperty().get().fulfilment(), viewModel.pizzaCount());
        viewModel.orderTypeProperty().addListener((o, before, type) -> propose.run());
        int[] pizzas = {-1};
        viewModel.rows().addListener((ListChangeListener<BasketRow>) change -> {
            // Only a change in the number of pizzas moves the proposal: a drink does not.
            if (viewModel.pizzaCount() != pizzas[0]) {
                pizzas[0] = viewModel.pizzaCount();
                propose.run();
            }
        });
        viewModel.lastOrderProperty().addListener((o, before, placed) -> picker.viewModel().propose());
        viewModel.promisedAtProperty().addListener((o, before, time) -> {
            // clearOrder() forgets the time: the picker's current one stays the order's.
            if (time == null && picker.chosenTimeProperty().get() != null) {
                viewModel.promisedAtProperty().set(picker.chosenTimeProperty().get());
            }
        });
        propose.run();
    }

    /** Gives the keyboard to the search field: the cashier types the first product at once. */
    public void focusSearch() {
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
                viewModel.orderTypeProperty().set((OrderType) after.getUserData());
            }
        });
        viewModel.orderTypeProperty().addListener((o, before, after) -> group.selectToggle(buttons.get(after)));
        customerArea.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.orderTypeProperty().get().isPhone() && viewModel.editingProperty().get() == null,
                viewModel.orderTypeProperty(), viewModel.editingProperty()));
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
        keepOneSelected(categoryGroup, null, categories.get(viewModel.categoryProperty().get()));
        categoryGroup.selectedToggleProperty().addListener((o, before, after) -> {
            if (after != null) {
                viewModel.categoryProperty().set((ProductCategory) after.getUserData());
            }
        });
        viewModel.categoryProperty().addListener((o, before, after) -> categoryGroup.selectToggle(categories.get(after)));

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
                viewModel.pizzaSizeProperty().set((String) after.getUserData());
            }
        });
        viewModel.pizzaSizeProperty().addListener((o, before, after) ->
                List.of(sizeS, sizeM, sizeL).stream().filter(b -> b.getText().equals(after)).findFirst().ifPresent(sizeGroup::selectToggle));
        for (ToggleButton size : List.of(sizeS, sizeM, sizeL)) {
            size.visibleProperty().bind(viewModel.categoryProperty().isEqualTo(ProductCategory.PIZZA)
                    .or(viewModel.searchProperty().isNotEmpty()));
        }

        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        searchField.setOnAction(event -> {
            viewModel.addFirstMatch();
            // Nothing found: the next letters replace the unfound text.
            searchField.selectAll();
        });
        searchField.setTooltip(new Tooltip(messages.get("counter.search.tooltip")));
        menuLoading.visibleProperty().bind(viewModel.menuLoadedProperty().not());
        viewModel.tiles().addListener((ListChangeListener<ProductTile>) change -> rebuildTiles());
        rebuildTiles();
    }

    private void rebuildTiles() {
        boolean searching = !viewModel.searchProperty().get().isBlank();
        List<ProductTile> tiles = viewModel.tiles();
        tilePane.getChildren().setAll(tiles.stream().map(tile -> tileButton(tile, searching && tile == tiles.get(0))).toList());
    }

    private Button tileButton(ProductTile tile, boolean firstMatch) {
        Label name = new Label(tile.name());
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        Label price = new Label(tile.price().format(messages.locale()));
        price.getStyleClass().add("tile-price");
        Label stock = new Label(switch (tile.state()) {
            case OUT -> tile.missingIngredient() == null ? messages.get("counter.tile.out")
                    : messages.get("counter.tile.missing", tile.missingIngredient());
            case NEARLY_OUT -> messages.get("counter.tile.left", tile.portions());
            case OFF_MENU -> messages.get("counter.tile.offMenu");
            case AVAILABLE -> "";
        });
        stock.getStyleClass().add("tile-stock");
        stock.setWrapText(true);
        // A wrapping label wraps only at a width it is given: "Quatre fromages" on two lines.
        for (Label text : List.of(name, stock)) {
            text.setPrefWidth(TILE_TEXT_WIDTH);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(2, name, price, stock);
        content.setPrefWidth(TILE_TEXT_WIDTH);
        content.setMaxWidth(TILE_TEXT_WIDTH);
        Button button = new Button(null, content);
        button.setId("tile-" + tile.size().productCode() + "-" + tile.size().sizeCode());
        button.getStyleClass().add("product-tile");
        button.pseudoClassStateChanged(FIRST_MATCH, firstMatch);
        button.pseudoClassStateChanged(OUT, tile.state() == ProductTile.State.OUT);
        button.pseudoClassStateChanged(NEARLY_OUT, tile.state() == ProductTile.State.NEARLY_OUT);
        button.pseudoClassStateChanged(OFF_MENU, tile.state() == ProductTile.State.OFF_MENU);
        button.setFocusTraversable(false);
        button.setOnAction(event -> {
            viewModel.add(tile);
            searchField.requestFocus();
        });
        return button;
    }

    private void bindBasket() {
        basketList.setItems(viewModel.rows());
        basketList.setCellFactory(list -> new BasketCell(messages));
        basketList.setFocusTraversable(false);
        Label empty = new Label(messages.get("counter.basket.empty"));
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        basketList.setPlaceholder(empty);
        basketList.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null && after != viewModel.selectedProperty().get()) {
                viewModel.select(after);
            }
        });
        viewModel.selectedProperty().addListener((o, before, after) -> {
            if (after == null) {
                basketList.getSelectionModel().clearSelection();
            } else {
                basketList.getSelectionModel().select(after);
                basketList.scrollTo(after);
            }
        });
        basketList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.openEditor();
            }
        });
        decrementButton.setOnAction(event -> viewModel.decrement());
        incrementButton.setOnAction(event -> viewModel.increment());
        editLineButton.setOnAction(event -> viewModel.openEditor());
        removeLineButton.setOnAction(event -> viewModel.removeSelected());
        decrementButton.setTooltip(new Tooltip(messages.get("counter.key.minus")));
        incrementButton.setTooltip(new Tooltip(messages.get("counter.key.plus")));
        editLineButton.setTooltip(new Tooltip("F4"));
        removeLineButton.setTooltip(new Tooltip(messages.get("counter.key.remove")));
        for (Button button : List.of(decrementButton, incrementButton, editLineButton, removeLineButton)) {
            button.disableProperty().bind(viewModel.selectedProperty().isNull());
            button.setFocusTraversable(false);
        }
        totalLabel.setId("totalLabel");
        totalLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.totalProperty().get().format(messages.locale()), viewModel.totalProperty()));
        viewModel.vat().addListener((ListChangeListener<VatAmount>) change -> rebuildVat());
    }

    private void rebuildVat() {
        vatBox.getChildren().setAll(viewModel.vat().stream().map(vat -> {
            Label line = new Label(messages.get("counter.vat.line", vat.rate(), vat.netAmount(), vat.vat()));
            line.getStyleClass().add("muted");
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
        keepOneSelected(group, null, methods.get(viewModel.paymentMethodProperty().get()));
        group.selectedToggleProperty().addListener((o, before, after) -> {
            if (after != null) {
                viewModel.paymentMethodProperty().set((PaymentMethod) after.getUserData());
            }
        });
        viewModel.paymentMethodProperty().addListener((o, before, after) -> group.selectToggle(methods.get(after)));
        payLater.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                        viewModel.orderTypeProperty().get() == OrderType.PHONE_DELIVERY ? "counter.payment.atDoor" : "counter.payment.atPickup"),
                viewModel.orderTypeProperty()));

        cashBox.visibleProperty().bind(viewModel.paymentMethodProperty().isEqualTo(PaymentMethod.CASH));
        cashBox.managedProperty().bind(cashBox.visibleProperty());
        tenderedField.textProperty().bindBidirectional(viewModel.tenderedProperty());
        tenderedField.setOnAction(event -> viewModel.submit());
        viewModel.tenderedInvalidProperty().addListener((o, before, invalid) ->
                tenderedField.pseudoClassStateChanged(Styles.ERROR, invalid));
        note10.setOnAction(event -> viewModel.tender(Money.ofCents(1000)));
        note20.setOnAction(event -> viewModel.tender(Money.ofCents(2000)));
        note50.setOnAction(event -> viewModel.tender(Money.ofCents(5000)));
        for (Button note : List.of(note10, note20, note50)) {
            note.setFocusTraversable(false);
        }
        MessageLabels.show(changeLabel, viewModel.changeDueProperty());
        paymentBox.visibleProperty().bind(viewModel.editingProperty().isNull());
        paymentBox.managedProperty().bind(paymentBox.visibleProperty());

        submitButton.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                        viewModel.editingProperty().get() == null ? "counter.submit" : "counter.submit.modification"),
                viewModel.editingProperty()));
        submitButton.setOnAction(event -> viewModel.submit());
        submitButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(viewModel.rows())));
        submitButton.setFocusTraversable(false);
        // The spinner shows only when the work lasts: a quick order never flickers.
        busyIndicator.managedProperty().bind(busyIndicator.visibleProperty());
        ProgressCue.attach(busyIndicator, viewModel.busyProperty());
    }

    private void bindMessages() {
        errorText.textProperty().bind(viewModel.errorProperty());
        errorBanner.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        errorBanner.managedProperty().bind(errorBanner.visibleProperty());
        dismissError.setOnAction(event -> viewModel.dismissMessages());
        noticeText.textProperty().bind(viewModel.noticeProperty());
        noticeBanner.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        noticeBanner.managedProperty().bind(noticeBanner.visibleProperty());
        dismissNotice.setOnAction(event -> viewModel.dismissMessages());
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
            receipts.preview(order, root.getScene() == null ? null : root.getScene().getWindow(), this::showPrintOutcome);
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
     * the basket after a confirmation.
     */
    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean editorOpen = viewModel.editorOpenProperty().get();
        boolean handled = true;
        if (event.isAltDown() && code.isDigitKey() && !editorOpen) {
            int index = code.getCode() - KeyCode.DIGIT1.getCode();
            if (index >= 0 && index < OrderType.values().length && viewModel.editingProperty().get() == null) {
                viewModel.orderTypeProperty().set(OrderType.values()[index]);
            }
        } else if (event.isAltDown() && (code == KeyCode.S || code == KeyCode.M || code == KeyCode.L)) {
            if (editorOpen) {
                viewModel.changeSize(code.getName());
            } else {
                viewModel.pizzaSizeProperty().set(code.getName());
            }
        } else if (event.isAltDown() && code == KeyCode.E) {
            viewModel.paymentMethodProperty().set(PaymentMethod.CASH);
        } else if (event.isAltDown() && code == KeyCode.C) {
            viewModel.paymentMethodProperty().set(PaymentMethod.CARD);
        } else if (event.isAltDown() && code == KeyCode.D) {
            viewModel.paymentMethodProperty().set(PaymentMethod.ON_DELIVERY);
        } else if (event.isAltDown() && code == KeyCode.T && promisePicker != null) {
            promisePicker.focus();
        } else if (event.isAltDown() && code == KeyCode.P && customerPanel != null && viewModel.orderTypeProperty().get().isPhone()) {
            customerPanel.focus();
        } else if (event.isAltDown() && code == KeyCode.N && editorOpen) {
            editor.focusNote();
        } else if (event.isAltDown() && code == KeyCode.H && editorOpen) {
            editor.focusSecondHalf();
        } else if (code == KeyCode.F5 || code == KeyCode.F6 || code == KeyCode.F7) {
            viewModel.categoryProperty().set(code == KeyCode.F5 ? ProductCategory.PIZZA
                    : code == KeyCode.F6 ? ProductCategory.DRINK : ProductCategory.DESSERT);
            viewModel.searchProperty().set("");
        } else if (code == KeyCode.F3 || (event.isShortcutDown() && code == KeyCode.F)) {
            viewModel.closeEditor();
            focusSearch();
        } else if (code == KeyCode.F4) {
            if (editorOpen) {
                viewModel.closeEditor();
            } else {
                viewModel.openEditor();
            }
        } else if (event.isShortcutDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            viewModel.moveSelection(code == KeyCode.UP ? -1 : 1);
        } else if (code == KeyCode.ADD || (event.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS))) {
            viewModel.increment();
        } else if (code == KeyCode.SUBTRACT || (event.isShortcutDown() && code == KeyCode.MINUS)) {
            viewModel.decrement();
        } else if (event.isShortcutDown() && code == KeyCode.DELETE) {
            viewModel.removeSelected();
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
        } else if (code == KeyCode.ESCAPE) {
            if (editorOpen) {
                viewModel.closeEditor();
            } else if (!viewModel.searchProperty().get().isEmpty()) {
                viewModel.searchProperty().set("");
            } else {
                viewModel.dismissMessages();
            }
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
        viewModel.closeEditor();
        boolean cash = viewModel.paymentMethodProperty().get() == PaymentMethod.CASH && viewModel.editingProperty().get() == null;
        if (cash && !tenderedField.isFocused() && tenderedField.getText().isBlank() && !viewModel.rows().isEmpty()) {
            tenderedField.requestFocus();
            return;
        }
        viewModel.submit();
    }

    private void focusSearchIfFree() {
        if (!viewModel.editorOpenProperty().get()) {
            searchField.requestFocus();
        }
    }

    private void confirmDiscard() {
        if (viewModel.rows().isEmpty() && viewModel.editingProperty().get() == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("counter.discard.question"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.discard());
        focusSearch();
    }

    @Override
    public void close() {
        viewModel.close();
    }
}
