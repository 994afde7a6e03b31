package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * Controller of {@code ShellView.fxml}: binds the top bar and the status bar to the
 * {@link ShellViewModel} (the status bar shows the window's connection indicators) and puts the
 * role's {@link Workspace} in the workspace area.
 */
public final class ShellView implements AutoCloseable {

    private final ShellViewModel viewModel;
    private final Workspace roleWorkspace;

    @FXML
    private Label workspaceTitle;
    @FXML
    private Label storeName;
    @FXML
    private Label staffName;
    @FXML
    private Label staffRole;
    @FXML
    private Button logoutButton;
    @FXML
    private Button quitButton;
    @FXML
    private StackPane workspace;
    @FXML
    private Label databaseStatus;
    @FXML
    private Label liveStatus;

    public ShellView(ShellViewModel viewModel, Workspace workspace) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.roleWorkspace = Objects.requireNonNull(workspace);
    }

    @FXML
    private void initialize() {
        workspaceTitle.textProperty().bind(viewModel.workspaceTitleProperty());
        storeName.textProperty().bind(viewModel.storeLabelProperty());
        staffName.textProperty().bind(viewModel.staffNameProperty());
        staffRole.textProperty().bind(viewModel.staffRoleProperty());
        StatusIndicators.bind(databaseStatus, liveStatus, viewModel.connections());
        logoutButton.setOnAction(event -> viewModel.logout());
        // Never the keyboard's target: an Enter meant for a form must not log the cashier out.
        logoutButton.setFocusTraversable(false);
        showQuitButton();
        quitButton.setFocusTraversable(false);
        quitButton.setOnAction(event -> viewModel.quitTerminal());
        workspace.getChildren().setAll(roleWorkspace.view());
    }

    private void showQuitButton() {
        quitButton.setVisible(viewModel.canQuitTerminal());
        quitButton.setManaged(viewModel.canQuitTerminal());
    }

    /**
     * The shell of the terminal's counter, kept across logins, handed to whoever logged in: see
     * {@link Workspace#startSession}.
     */
    public void startSession(StaffPrincipal staff) {
        viewModel.startSession(staff);
        showQuitButton();
        roleWorkspace.startSession(staff);
    }

    /** Its holder left: see {@link Workspace#endSession()}. */
    public void endSession() {
        roleWorkspace.endSession();
    }

    /** Its owner is back after an idle lock: see {@link Workspace#resumed()}. */
    public void resumed() {
        roleWorkspace.resumed();
    }

    /** The staff member leaves: let the workspace release what it holds. */
    @Override
    public void close() {
        roleWorkspace.close();
    }
}
