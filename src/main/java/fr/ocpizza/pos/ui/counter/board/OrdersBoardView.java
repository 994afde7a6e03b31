package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.ui.common.ProgressCue;
import fr.ocpizza.pos.ui.common.Styles;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Controller of {@code OrdersBoardView.fxml}: binds the table, the filters, the detail pane and the
 * cancel panel to the {@link OrdersBoardViewModel}, and maps the keyboard to its commands. Meant
 * for a tab of the counter workspace: it never touches the window, and {@link #close()} stops its
 * live subscription.
 */
public final class OrdersBoardView implements AutoCloseable {

    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REPRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCode MODIFY = KeyCode.F4;
    static final KeyCode CANCEL = KeyCode.F8;
    static final KeyCode NEXT_STEP = KeyCode.F9;
    static final KeyCode RELOAD = KeyCode.F5;

    private final OrdersBoardViewModel viewModel;
    /** Promised times turn red as they pass, with no event to say so: the rows are redrawn now and then. */
    private Timeline lateness;
    private OrderDetailPane detail;

    @FXML
    private StackPane ordersBoard;
    @FXML
    private TextField boardSearch;
    @FXML
    private Button clearFiltersButton;
    @FXML
    private ProgressIndicator boardProgress;
    @FXML
    private FlowPane statusFilters;
    @FXML
    private FlowPane channelFilters;
    @FXML
    private FlowPane fulfilmentFilters;
    @FXML
    private HBox boardErrorBanner;
    @FXML
    private Label boardError;
    @FXML
    private Button dismissBoardError;
    @FXML
    private Label boardNotice;
    @FXML
    private TableView<OrderView> boardTable;
    @FXML
    private TableColumn<OrderView, String> numberColumn;
    @FXML
    private TableColumn<OrderView, String> receivedColumn;
    @FXML
    private TableColumn<OrderView, Channel> channelColumn;
    @FXML
    private TableColumn<OrderView, String> fulfilmentColumn;
    @FXML
    private TableColumn<OrderView, String> customerColumn;
    @FXML
    private TableColumn<OrderView, String> totalColumn;
    @FXML
    private TableColumn<OrderView, OrderStatus> statusColumn;
    @FXML
    private TableColumn<OrderView, OrderView> promisedColumn;
    @FXML
    private TableColumn<OrderView, String> paymentColumn;
    @FXML
    private Label emptyBoard;
    @FXML
    private VBox orderDetail;
    @FXML
    private Label detailTitle;
    @FXML
    private Button closeDetailButton;
    @FXML
    private Label detailStatus;
    @FXML
    private Label detailSource;
    @FXML
    private Label detailCustomer;
    @FXML
    private Label detailTimes;
    @FXML
    private Label detailNote;
    @FXML
    private VBox detailLines;
    @FXML
    private Label detailTotal;
    @FXML
    private VBox detailPayments;
    @FXML
    private Label lockedReason;
    @FXML
    private Button modifyOrderButton;
    @FXML
    private Button cancelOrderButton;
    @FXML
    private Button pickedUpButton;
    @FXML
    private Button outForDeliveryButton;
    @FXML
    private Button deliveredButton;
    @FXML
    private Button reprintButton;
    @FXML
    private StackPane cancelOverlay;
    @FXML
    private Region cancelBackdrop;
    @FXML
    private Label cancelTitle;
    @FXML
    private VBox cancelReasons;
    @FXML
    private TextField cancelNote;
    @FXML
    private Button backFromCancelButton;
    @FXML
    private Button confirmCancelButton;

    public OrdersBoardView(OrdersBoardViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        ordersBoard.getStyleClass().add(Styles.SCREEN);
        bindToolbar();
        bindFilters();
        bindTable();
        bindDetail();
        bindCancelPanel();
        ordersBoard.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        lateness = new Timeline(new KeyFrame(Duration.seconds(30), event -> boardTable.refresh()));
        lateness.setCycleCount(Animation.INDEFINITE);
        lateness.play();
        viewModel.connect();
    }

    private BoardTexts texts() {
        return viewModel.texts();
    }

    private void bindToolbar() {
        boardSearch.textProperty().bindBidirectional(viewModel.filter().searchProperty());
        boardSearch.setTooltip(tooltip("board.search.tooltip"));
        boardSearch.setOnAction(event -> openSingleMatch());
        clearFiltersButton.setOnAction(event -> viewModel.filter().clear());
        ProgressCue.attach(boardProgress, viewModel.busyBinding());
        boardProgress.managedProperty().bind(boardProgress.visibleProperty());

        boardError.textProperty().bind(viewModel.errorProperty());
        boardError.getStyleClass().add(Styles.DANGER);
        boardErrorBanner.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        boardErrorBanner.managedProperty().bind(boardErrorBanner.visibleProperty());
        dismissBoardError.setOnAction(event -> viewModel.dismissError());
        MessageLabels.show(boardNotice, viewModel.noticeProperty());
    }

    private void bindFilters() {
        for (OrderStatus status : OrderStatus.values()) {
            ToggleButton toggle = filterToggle("status-" + status.name());
            toggle.textProperty().bind(Bindings.createStringBinding(
                    () -> texts().statusFilter(status, viewModel.countProperty(status).get()), viewModel.countProperty(status)));
            toggle.pseudoClassStateChanged(BoardStyles.status(status), true);
            toggle.selectedProperty().bindBidirectional(viewModel.filter().status(status));
            statusFilters.getChildren().add(toggle);
        }
        for (Channel channel : Channel.values()) {
            ToggleButton toggle = filterToggle("channel-" + channel.name());
            toggle.setText(texts().channel(channel));
            toggle.selectedProperty().bindBidirectional(viewModel.filter().channel(channel));
            channelFilters.getChildren().add(toggle);
        }
        for (Fulfilment fulfilment : Fulfilment.values()) {
            ToggleButton toggle = filterToggle("fulfilment-" + fulfilment.name());
            toggle.setText(texts().fulfilment(fulfilment));
            toggle.selectedProperty().bindBidirectional(viewModel.filter().fulfilment(fulfilment));
            fulfilmentFilters.getChildren().add(toggle);
        }
    }

    private static ToggleButton filterToggle(String id) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId(id);
        toggle.getStyleClass().add(BoardStyles.FILTER_TOGGLE);
        // The keyboard stays in the search field and the table; the toggles are for the finger.
        toggle.setFocusTraversable(false);
        return toggle;
    }

    private void bindTable() {
        boardTable.setItems(viewModel.orders());
        // Fixed widths that fit their longest words (OrdersBoardView.fxml); the customer and the
        // payment share what is left, so the table never scrolls sideways.
        boardTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        BoardColumns columns = new BoardColumns(texts(), viewModel.clock());
        columns.setUp(new BoardColumns.Columns(numberColumn, receivedColumn, channelColumn, fulfilmentColumn,
                customerColumn, totalColumn, statusColumn, promisedColumn, paymentColumn));
        boardTable.getColumns().forEach(column -> column.setSortable(false));
        boardTable.setRowFactory(table -> columns.row(viewModel::openDetail));

        emptyBoard.textProperty().bind(Bindings.createStringBinding(() -> !viewModel.loadedProperty().get()
                        ? texts().messages().get("board.loading") : texts().messages().get("board.empty"),
                viewModel.loadedProperty()));

        boardTable.getSelectionModel().selectedItemProperty()
                .addListener((observable, before, order) -> viewModel.select(order));
        // After the table has handled a change of its rows (registered after setItems), put the
        // selection back on the view model's order: a live update must not lose the cashier's place.
        viewModel.orders().addListener((ListChangeListener<OrderView>) change -> reselect());
        viewModel.selectedProperty().addListener((observable, before, order) -> reselect());
        boardTable.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openDetail();
                event.consume();
            }
        });
    }

    private void reselect() {
        OrderView wanted = viewModel.selectedProperty().get();
        if (wanted == null) {
            if (boardTable.getSelectionModel().getSelectedItem() != null) {
                boardTable.getSelectionModel().clearSelection();
            }
            return;
        }
        if (boardTable.getSelectionModel().getSelectedItem() != wanted) {
            int index = boardTable.getItems().indexOf(wanted);
            if (index >= 0) {
                boardTable.getSelectionModel().clearAndSelect(index);
                boardTable.getFocusModel().focus(index);
            }
        }
    }

    private void bindDetail() {
        detail = new OrderDetailPane(texts(), new OrderDetailPane.Nodes(detailTitle, detailStatus, detailSource,
                detailCustomer, detailTimes, detailNote, detailLines, detailTotal, detailPayments, lockedReason));
        orderDetail.visibleProperty().bind(viewModel.detailOpenProperty().and(viewModel.selectedProperty().isNotNull()));
        orderDetail.managedProperty().bind(orderDetail.visibleProperty());
        // The open detail shows the channel, the mode and the payments: the list beside it keeps
        // what tells the orders apart, whole (number, times, customer, total, status).
        for (TableColumn<OrderView, ?> column : List.of(channelColumn, fulfilmentColumn, paymentColumn)) {
            column.visibleProperty().bind(orderDetail.visibleProperty().not());
        }
        viewModel.selectedProperty().addListener((observable, before, order) -> detail.show(order, now()));
        closeDetailButton.setTooltip(tooltip("board.detail.close.tooltip"));
        closeDetailButton.setOnAction(event -> {
            viewModel.closeDetail();
            boardTable.requestFocus();
        });

        action(modifyOrderButton, viewModel.canModifyBinding(), viewModel::modify, "board.action.modify.tooltip");
        action(cancelOrderButton, viewModel.canCancelBinding(), viewModel::beginCancel, "board.action.cancel.tooltip");
        action(pickedUpButton, viewModel.canHandOverBinding(), viewModel::handOver, "board.action.pickedUp.tooltip");
        action(outForDeliveryButton, viewModel.canSendOutBinding(), viewModel::sendOut, "board.action.outForDelivery.tooltip");
        action(deliveredButton, viewModel.canDeliverBinding(), viewModel::deliver, "board.action.delivered.tooltip");
        action(reprintButton, viewModel.selectedProperty().isNotNull(), viewModel::reprint, "board.action.reprint.tooltip");
        // Hand-over is for takeaway and eat-in; the two delivery steps for deliveries.
        var isDelivery = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().fulfilment() == Fulfilment.DELIVERY, viewModel.selectedProperty());
        pickedUpButton.visibleProperty().bind(isDelivery.not());
        outForDeliveryButton.visibleProperty().bind(isDelivery);
        deliveredButton.visibleProperty().bind(isDelivery);
        // Once the order is past RECEIVED, the locked reason takes the place of "Modifier" and
        // "Annuler" (F4 and F8 say it too): the room goes to the steps still to come.
        var modifiable = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().status().isModifiable(), viewModel.selectedProperty());
        modifyOrderButton.visibleProperty().bind(modifiable);
        cancelOrderButton.visibleProperty().bind(modifiable);
        for (Button button : new Button[] {modifyOrderButton, cancelOrderButton, pickedUpButton, outForDeliveryButton,
                deliveredButton}) {
            button.managedProperty().bind(button.visibleProperty());
        }
    }

    private void action(Button button, ObservableBooleanValue enabled, Runnable command, String tooltipKey) {
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get(), enabled));
        button.setOnAction(event -> command.run());
        button.setTooltip(tooltip(tooltipKey));
    }

    private void bindCancelPanel() {
        cancelOverlay.visibleProperty().bind(viewModel.cancelForm().openProperty());
        cancelTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null ? ""
                        : texts().messages().get("board.cancel.title", viewModel.selectedProperty().get().ticketNumber()),
                viewModel.selectedProperty()));
        ToggleGroup reasons = new ToggleGroup();
        for (CancelReason reason : CancelReason.values()) {
            RadioButton choice = new RadioButton(texts().messages().get(reason.messageKey()));
            choice.setId("cancelReason-" + reason.name());
            choice.getStyleClass().add(BoardStyles.CANCEL_REASON);
            choice.setUserData(reason);
            choice.setToggleGroup(reasons);
            cancelReasons.getChildren().add(choice);
        }
        reasons.selectedToggleProperty().addListener((observable, before, toggle) ->
                viewModel.cancelForm().reasonProperty().set(toggle == null ? null : (CancelReason) toggle.getUserData()));
        viewModel.cancelForm().reasonProperty().addListener((observable, before, reason) -> {
            if (reason == null) {
                reasons.selectToggle(null);
            }
        });
        cancelNote.textProperty().bindBidirectional(viewModel.cancelForm().noteProperty());
        cancelNote.setOnAction(event -> viewModel.confirmCancel());
        confirmCancelButton.disableProperty().bind(viewModel.cancelForm().canConfirmBinding().not());
        confirmCancelButton.setOnAction(event -> viewModel.confirmCancel());
        backFromCancelButton.setOnAction(event -> viewModel.closeCancel());
        cancelBackdrop.setOnMouseClicked(event -> viewModel.closeCancel());
        viewModel.cancelForm().openProperty().addListener((observable, before, open) -> {
            if (open) {
                Platform.runLater(() -> cancelReasons.getChildren().get(0).requestFocus());
            } else {
                Platform.runLater(boardTable::requestFocus);
            }
        });
    }

    /** The board's keys; they work wherever the focus is inside the board. */
    private void shortcut(KeyEvent event) {
        if (SEARCH.match(event)) {
            boardSearch.requestFocus();
            boardSearch.selectAll();
        } else if (REPRINT.match(event)) {
            viewModel.reprint();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            if (viewModel.cancelForm().openProperty().get()) {
                viewModel.closeCancel();
            } else if (viewModel.detailOpenProperty().get()) {
                viewModel.closeDetail();
                boardTable.requestFocus();
            } else {
                return;
            }
        } else if (viewModel.cancelForm().openProperty().get()) {
            // The panel's own keys: Enter confirms (once a reason is chosen), Échap above keeps the
            // order; anything else (arrows, space on a reason, the note) is the panel's.
            if (event.getCode() != KeyCode.ENTER) {
                return;
            }
            viewModel.confirmCancel();
        } else if (event.getCode() == MODIFY) {
            viewModel.modify();
        } else if (event.getCode() == CANCEL) {
            viewModel.beginCancel();
        } else if (event.getCode() == NEXT_STEP) {
            viewModel.advance();
        } else if (event.getCode() == RELOAD) {
            viewModel.reload();
        } else if (event.getCode() == KeyCode.DOWN && event.getTarget() == boardSearch) {
            boardTable.requestFocus();
            if (boardTable.getSelectionModel().isEmpty() && !boardTable.getItems().isEmpty()) {
                boardTable.getSelectionModel().select(0);
            }
        } else {
            return;
        }
        event.consume();
    }

    /** Enter in the search field: one order left, open it. */
    private void openSingleMatch() {
        if (boardTable.getItems().size() == 1) {
            boardTable.getSelectionModel().select(0);
            viewModel.openDetail();
            boardTable.requestFocus();
        }
    }

    private Tooltip tooltip(String key) {
        return new Tooltip(texts().messages().get(key));
    }

    private Instant now() {
        return viewModel.clock().instant();
    }

    /** The board's root, to put in a tab. */
    public OrdersBoardViewModel viewModel() {
        return viewModel;
    }

    public Node view() {
        return ordersBoard;
    }

    /** The board leaves the screen: stop its live updates. */
    @Override
    public void close() {
        if (lateness != null) {
            lateness.stop();
        }
        viewModel.close();
    }
}
