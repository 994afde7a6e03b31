package fr.ocpizza.pos.ui.backoffice.movements;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.application.stock.LedgerEntry;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.ui.common.DialogService;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.Styles;
import fr.ocpizza.pos.ui.common.TypeAhead;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** Controller of {@code StockMovementsView.fxml}: the delivery, waste and count forms and the ledger. */
public final class StockMovementsView {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final StockMovementsViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;

    @FXML private Node root;
    @FXML private Label errorText;
    @FXML private Label noticeText;
    @FXML private TextField referenceField;
    @FXML private GridPane deliveryGrid;
    @FXML private Button addLineButton;
    @FXML private Button deliveryButton;
    @FXML private ComboBox<StockLevel> wasteIngredient;
    @FXML private TextField wasteQuantity;
    @FXML private ComboBox<String> wasteReason;
    @FXML private Button wasteButton;
    @FXML private GridPane countGrid;
    @FXML private Button countButton;
    @FXML private ComboBox<StockLevel> ledgerIngredient;
    @FXML private ComboBox<MovementKind> ledgerKind;
    @FXML private DatePicker ledgerFrom;
    @FXML private DatePicker ledgerTo;
    @FXML private Button ledgerButton;
    @FXML private Button exportButton;
    @FXML private TableView<LedgerEntry> ledgerTable;
    @FXML private TableColumn<LedgerEntry, String> atColumn;
    @FXML private TableColumn<LedgerEntry, String> ingredientColumn;
    @FXML private TableColumn<LedgerEntry, String> kindColumn;
    @FXML private TableColumn<LedgerEntry, String> deltaColumn;
    @FXML private TableColumn<LedgerEntry, String> afterColumn;
    @FXML private TableColumn<LedgerEntry, String> whoColumn;
    @FXML private TableColumn<LedgerEntry, String> whyColumn;

    public StockMovementsView(StockMovementsViewModel viewModel, DialogService dialogs) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.messages = viewModel.messages();
    }

    @FXML
    private void initialize() {
        MessageLabels.show(errorText, viewModel.errorProperty());
        MessageLabels.show(noticeText, viewModel.noticeProperty());
        viewModel.doubtProperty().addListener((property, before, question) -> {
            if (!question.isEmpty()) {
                boolean confirmed = dialogs.confirm(messages.get("backoffice.movements.doubt.title"), question,
                        messages.get("backoffice.movements.doubt.confirm"), messages.get("backoffice.movements.doubt.cancel"));
                if (confirmed) {
                    viewModel.confirmDoubt();
                } else {
                    viewModel.dropDoubt();
                }
            }
        });

        referenceField.textProperty().bindBidirectional(viewModel.deliveryReferenceProperty());
        viewModel.deliveryLines().addListener((ListChangeListener<StockMovementsViewModel.Line>) change -> rebuildDelivery());
        viewModel.ingredients().addListener((ListChangeListener<StockLevel>) change -> rebuildDelivery());
        addLineButton.setOnAction(event -> viewModel.addDeliveryLine());
        deliveryButton.setOnAction(event -> viewModel.recordDelivery());

        // No ingredient until the cashier picks one: a waste is never of "every ingredient".
        ingredientBox(wasteIngredient, "");
        wasteIngredient.setPromptText(messages.get("backoffice.movements.chooseIngredient.prompt"));
        wasteIngredient.valueProperty().bindBidirectional(viewModel.waste().ingredientProperty());
        wasteQuantity.textProperty().bindBidirectional(viewModel.waste().quantityProperty());
        wasteReason.getItems().setAll(messages.get("backoffice.movements.reasons").split("\\|"));
        wasteReason.valueProperty().bindBidirectional(viewModel.wasteReasonProperty());
        wasteButton.setOnAction(event -> viewModel.recordWaste());

        viewModel.countLines().addListener((ListChangeListener<StockMovementsViewModel.Line>) change -> rebuildCount());
        countButton.setOnAction(event -> viewModel.recordCount());

        ingredientBox(ledgerIngredient, messages.get("backoffice.movements.allIngredients"));
        ledgerIngredient.valueProperty().bindBidirectional(viewModel.ledgerIngredientProperty());
        ledgerKind.getItems().setAll(MovementKind.values());
        ledgerKind.getItems().add(0, null);
        ledgerKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(MovementKind kind) {
                return kind == null ? messages.get("backoffice.movements.allKinds") : kindName(kind);
            }

            @Override
            public MovementKind fromString(String text) {
                return null;
            }
        });
        ledgerKind.valueProperty().bindBidirectional(viewModel.ledgerKindProperty());
        for (DatePicker picker : List.of(ledgerFrom, ledgerTo)) {
            picker.setConverter(new LocalDateStringConverter(DATE, DATE));
        }
        ledgerFrom.valueProperty().bindBidirectional(viewModel.ledgerFromProperty());
        ledgerTo.valueProperty().bindBidirectional(viewModel.ledgerToProperty());
        ledgerButton.setOnAction(event -> viewModel.loadLedger());
        exportButton.setOnAction(event -> dialogs.chooseFileToSave(messages.get("backoffice.movements.exportTitle"),
                "ocpizza-stock-ledger.csv", messages.get("dialog.csvFiles"), "csv").ifPresent(viewModel::exportLedger));
        ledgerTable.setItems(viewModel.ledger());
        ledgerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        atColumn.setCellValueFactory(row -> text(AT.format(row.getValue().at().atZone(viewModel.zone()))));
        ingredientColumn.setCellValueFactory(row -> text(row.getValue().ingredientName()));
        kindColumn.setCellValueFactory(row -> text(kindName(row.getValue().kind())));
        deltaColumn.setCellValueFactory(row -> text((row.getValue().delta().signum() > 0 ? "+" : "")
                + row.getValue().delta().stripTrailingZeros().toPlainString() + " " + unit(row.getValue())));
        afterColumn.setCellValueFactory(row -> text(row.getValue().quantityAfter().stripTrailingZeros().toPlainString()
                + " " + unit(row.getValue())));
        whoColumn.setCellValueFactory(row -> text(row.getValue().staffName() == null ? messages.get("backoffice.audit.system")
                : row.getValue().staffName()));
        whyColumn.setCellValueFactory(row -> text(why(row.getValue())));
        viewModel.load();
    }

    private String why(LedgerEntry entry) {
        if (entry.ticket() != null) {
            return messages.get("ticket.named", entry.ticket().number(), DAY.format(entry.ticket().businessDate()));
        }
        String reference = entry.reference() == null ? "" : entry.reference();
        String reason = entry.reason() == null ? "" : entry.reason();
        return reference.isEmpty() ? reason : reason.isEmpty() ? reference : reference + " · " + reason;
    }

    private String unit(LedgerEntry entry) {
        return messages.get("unit." + entry.unit().name());
    }

    private String kindName(MovementKind kind) {
        return messages.find("movement." + kind.name()).orElse(kind.name());
    }

    private static ReadOnlyObjectWrapper<String> text(String value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private void ingredientBox(ComboBox<StockLevel> box, String noneLabel) {
        box.setItems(viewModel.ingredients());
        TypeAhead.install(box, StockLevel::ingredientName);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(StockLevel level) {
                return level == null ? noneLabel : level.ingredientName();
            }

            @Override
            public StockLevel fromString(String text) {
                return null;
            }
        });
    }

    private void rebuildDelivery() {
        deliveryGrid.getChildren().clear();
        int row = 0;
        for (StockMovementsViewModel.Line line : viewModel.deliveryLines()) {
            ComboBox<StockLevel> ingredient = new ComboBox<>();
            ingredientBox(ingredient, "");
            ingredient.setPromptText(messages.get("backoffice.movements.chooseIngredient.prompt"));
            ingredient.valueProperty().bindBidirectional(line.ingredientProperty());
            ingredient.setId("deliveryIngredient" + row);
            TextField quantity = new TextField();
            quantity.setId("deliveryQuantity" + row);
            quantity.setPrefColumnCount(8);
            quantity.textProperty().bindBidirectional(line.quantityProperty());
            Label unit = new Label();
            unit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> line.ingredientProperty().get() == null
                    ? "" : messages.get("unit." + line.ingredientProperty().get().unit().name()), line.ingredientProperty()));
            Button remove = new Button(messages.get("backoffice.menu.remove"));
            remove.getStyleClass().add(Styles.SMALL_BUTTON);
            remove.setOnAction(event -> viewModel.removeDeliveryLine(line));
            deliveryGrid.addRow(row++, ingredient, quantity, unit, remove);
        }
    }

    private void rebuildCount() {
        countGrid.getChildren().clear();
        int row = 0;
        for (StockMovementsViewModel.Line line : viewModel.countLines()) {
            StockLevel level = line.ingredientProperty().get();
            TextField counted = new TextField();
            counted.setId("count-" + level.ingredientCode());
            counted.setPrefColumnCount(8);
            counted.textProperty().bindBidirectional(line.quantityProperty());
            counted.setPromptText(level.quantity().stripTrailingZeros().toPlainString());
            countGrid.addRow(row++, new Label(level.ingredientName()), new Label(messages.get("backoffice.movements.expected",
                    level.quantity().stripTrailingZeros().toPlainString(), messages.get("unit." + level.unit().name()))), counted,
                    new Label(messages.get("unit." + level.unit().name())));
        }
    }

    public Node view() {
        return root;
    }
}
