package fr.ocpizza.pos.ui.backoffice.stock;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TypeAhead;
import fr.ocpizza.pos.ui.common.Styles;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Controller of {@code StockBoardView.fxml}: binds the table, the list and the alerts to the view model. */
public final class StockBoardView implements AutoCloseable {

    /** A stock status as a coloured pill (backoffice.css): {@code .status-pill.status-LOW}, {@code .status-OUT}. */
    private static final String STATUS_PILL = "status-pill";
    private static final String STATUS_PILL_PREFIX = "status-";
    /** A product that cannot be made at all from the stock. */
    private static final String MAKEABLE_NONE = "makeable-none";
    /** A low-stock alert with its dismiss button. */
    private static final String STOCK_ALERT = "stock-alert";

    private final StockBoardViewModel viewModel;
    private final Messages messages;
    private final NumberFormat quantities;

    @FXML private Region root;
    @FXML private ComboBox<StoreDirectory.Store> storeBox;
    @FXML private Label summary;
    @FXML private Button reloadButton;
    @FXML private Label errorText;
    @FXML private VBox alertBox;
    @FXML private TableView<StockLevel> stockTable;
    @FXML private TableColumn<StockLevel, String> nameColumn;
    @FXML private TableColumn<StockLevel, String> quantityColumn;
    @FXML private TableColumn<StockLevel, String> thresholdColumn;
    @FXML private TableColumn<StockLevel, StockLevel> statusColumn;
    @FXML private TableColumn<StockLevel, String> runsOutColumn;
    @FXML private ListView<MakeableProduct> makeableList;

    public StockBoardView(StockBoardViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = viewModel.messages();
        this.quantities = NumberFormat.getNumberInstance(messages.locale());
        quantities.setMaximumFractionDigits(3);
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadedProperty().get()
                        ? messages.get("backoffice.stock.summary", viewModel.levels().size(), viewModel.lowCountProperty().get())
                        : messages.get("backoffice.loading"),
                viewModel.loadedProperty(), viewModel.lowCountProperty(), viewModel.levels()));
        reloadButton.setOnAction(event -> viewModel.reload());
        MessageLabels.show(errorText, viewModel.errorProperty());

        stockTable.setItems(viewModel.levels());
        TypeAhead.install(stockTable, StockLevel::ingredientName);
        stockTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().ingredientName()));
        quantityColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(amount(row.getValue().quantity(), row.getValue())));
        thresholdColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(amount(row.getValue().lowThreshold(), row.getValue())));
        statusColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        statusColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(StockLevel level, boolean empty) {
                super.updateItem(level, empty);
                setText(null);
                if (empty || level == null) {
                    setGraphic(null);
                    return;
                }
                Label pill = new Label(messages.get("backoffice.stock.status." + level.status().name()));
                pill.getStyleClass().addAll(STATUS_PILL, STATUS_PILL_PREFIX + level.status().name());
                setGraphic(pill);
            }
        });
        runsOutColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(
                viewModel.runsOut(row.getValue(), java.time.Instant.now())));
        stockTable.setPlaceholder(new Label(messages.get("backoffice.loading")));

        makeableList.setItems(viewModel.makeable());
        makeableList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MakeableProduct product, boolean empty) {
                super.updateItem(product, empty);
                getStyleClass().remove(MAKEABLE_NONE);
                if (empty || product == null) {
                    setText(null);
                    return;
                }
                String sizes = product.sizes().stream()
                        .map(size -> "U".equals(size.sizeCode()) ? String.valueOf(size.portions())
                                : size.sizeCode() + " " + size.portions())
                        .collect(Collectors.joining(" · "));
                setText(product.limiting() == null ? messages.get("backoffice.stock.makeable.row", product.name(), sizes)
                        : messages.get("backoffice.stock.makeable.limited", product.name(), sizes, product.limiting()));
                if (product.fewest() == 0) {
                    getStyleClass().add(MAKEABLE_NONE);
                }
            }
        });
        viewModel.alerts().addListener((ListChangeListener<String>) change -> showAlerts());
        bindStorePicker();
        viewModel.connect();
    }

    /** A chain manager picks the pizzeria; a store manager sees his own, without a picker. */
    private void bindStorePicker() {
        storeBox.setVisible(viewModel.canChooseStore());
        storeBox.setManaged(viewModel.canChooseStore());
        storeBox.setItems(viewModel.stores());
        storeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoreDirectory.Store store) {
                return store == null ? "" : messages.get("backoffice.store", store.id(), store.name());
            }

            @Override
            public StoreDirectory.Store fromString(String text) {
                return null;
            }
        });
        viewModel.stores().addListener((ListChangeListener<StoreDirectory.Store>) change -> viewModel.stores().stream()
                .filter(store -> store.id() == viewModel.storeIdProperty().get()).findFirst().ifPresent(storeBox::setValue));
        storeBox.valueProperty().addListener((o, before, store) -> {
            if (store != null) {
                viewModel.showStore(store.id());
            }
        });
    }

    private String amount(BigDecimal quantity, StockLevel level) {
        return quantities.format(quantity) + " " + viewModel.unit(level);
    }

    private void showAlerts() {
        alertBox.getChildren().setAll(viewModel.alerts().stream().map(alert -> {
            Label text = new Label(alert);
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button dismiss = new Button(messages.get("backoffice.dismiss"));
            dismiss.getStyleClass().add(Styles.SMALL_BUTTON);
            dismiss.setOnAction(event -> viewModel.dismissAlert(alert));
            HBox row = new HBox(text, dismiss);
            row.getStyleClass().add(STOCK_ALERT);
            return (Node) row;
        }).toList());
    }

    public Node view() {
        return root;
    }

    @Override
    public void close() {
        viewModel.close();
    }
}
