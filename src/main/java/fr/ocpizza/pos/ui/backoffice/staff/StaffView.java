package fr.ocpizza.pos.ui.backoffice.staff;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.application.staff.StaffMember;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.ui.common.Messages;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controller of {@code StaffView.fxml}: the staff table and the member's form. */
public final class StaffView {

    private final StaffViewModel viewModel;
    private final Messages messages;

    @FXML private Node root;
    @FXML private TableView<StaffMember> staffTable;
    @FXML private TableColumn<StaffMember, String> nameColumn;
    @FXML private TableColumn<StaffMember, String> loginColumn;
    @FXML private TableColumn<StaffMember, String> roleColumn;
    @FXML private TableColumn<StaffMember, String> stateColumn;
    @FXML private Button newButton;
    @FXML private Label formTitle;
    @FXML private Label errorText;
    @FXML private Label noticeText;
    @FXML private TextField loginField;
    @FXML private TextField nameField;
    @FXML private ComboBox<Role> roleBox;
    @FXML private Label secretLabel;
    @FXML private PasswordField secretField;
    @FXML private Button saveButton;
    @FXML private Button resetButton;
    @FXML private Button activeButton;

    public StaffView(StaffViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = viewModel.messages();
    }

    @FXML
    private void initialize() {
        staffTable.setItems(viewModel.members());
        staffTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        nameColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().fullName()));
        loginColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().login()));
        roleColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(roleName(row.getValue().role())));
        stateColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(messages.get(
                !row.getValue().active() ? "backoffice.staff.inactive"
                        : row.getValue().lockedUntil() != null ? "backoffice.staff.locked" : "backoffice.staff.active")));
        staffTable.getSelectionModel().selectedItemProperty().addListener((o, before, member) -> {
            if (member != null && member != viewModel.selectedProperty().get()) {
                viewModel.select(member);
            }
        });
        newButton.setOnAction(event -> {
            staffTable.getSelectionModel().clearSelection();
            viewModel.newMember();
        });

        loginField.textProperty().bindBidirectional(viewModel.loginProperty());
        loginField.disableProperty().bind(viewModel.selectedProperty().isNotNull());
        nameField.textProperty().bindBidirectional(viewModel.fullNameProperty());
        roleBox.getItems().setAll(viewModel.roles());
        roleBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return role == null ? "" : roleName(role);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        roleBox.valueProperty().bindBidirectional(viewModel.roleProperty());
        secretField.textProperty().bindBidirectional(viewModel.secretProperty());
        secretLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                        viewModel.roleProperty().get() == Role.MANAGER ? "backoffice.staff.password" : "backoffice.staff.pin"),
                viewModel.roleProperty()));
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                        ? messages.get("backoffice.staff.newTitle") : viewModel.selectedProperty().get().fullName(),
                viewModel.selectedProperty()));
        saveButton.setOnAction(event -> viewModel.save());
        resetButton.setOnAction(event -> viewModel.resetSecret());
        resetButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
        saveButton.disableProperty().bind(viewModel.busyProperty());
        activeButton.setOnAction(event -> viewModel.toggleActive());
        activeButton.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        activeButton.textProperty().bind(Bindings.createStringBinding(() -> {
            StaffMember member = viewModel.selectedProperty().get();
            return messages.get(member != null && !member.active() ? "backoffice.staff.reactivate" : "backoffice.staff.deactivate");
        }, viewModel.selectedProperty()));
        MessageLabels.show(errorText, viewModel.errorProperty());
        MessageLabels.show(noticeText, viewModel.noticeProperty());
        viewModel.load();
    }

    private String roleName(Role role) {
        return messages.find("role." + role.name()).orElse(role.name());
    }

    public Node view() {
        return root;
    }
}
