package fr.ocpizza.pos.ui.backoffice.staff;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.application.audit.AuditEntry;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Controller of {@code AuditView.fxml}: the audit log and its filters. */
public final class AuditView {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final StaffViewModel viewModel;

    @FXML private Node root;
    @FXML private TextField actionField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button filterButton;
    @FXML private Label errorText;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, String> atColumn;
    @FXML private TableColumn<AuditEntry, String> whoColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> detailsColumn;

    public AuditView(StaffViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        actionField.textProperty().bindBidirectional(viewModel.auditActionProperty());
        java.time.format.DateTimeFormatter date = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        fromPicker.setConverter(new javafx.util.converter.LocalDateStringConverter(date, date));
        toPicker.setConverter(new javafx.util.converter.LocalDateStringConverter(date, date));
        fromPicker.valueProperty().bindBidirectional(viewModel.auditFromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.auditToProperty());
        filterButton.setOnAction(event -> viewModel.loadAudit());
        actionField.setOnAction(event -> viewModel.loadAudit());
        MessageLabels.show(errorText, viewModel.errorProperty());
        auditTable.setItems(viewModel.audit());
        auditTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        atColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(AT.format(row.getValue().at().atZone(viewModel.zone()))));
        whoColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().staffName() == null
                ? viewModel.messages().get("backoffice.audit.system") : row.getValue().staffName()));
        AuditSentences sentences = new AuditSentences(viewModel.messages());
        actionColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(sentences.action(row.getValue())));
        detailsColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(sentences.describe(row.getValue())));
    }

    public Node view() {
        return root;
    }
}
