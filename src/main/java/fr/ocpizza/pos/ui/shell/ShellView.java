package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.ui.common.Styles;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * Controller of {@code ShellView.fxml}: binds the top bar and the status bar to the
 * {@link ShellViewModel}, puts the role's {@link Workspace} in the workspace area and runs the
 * connection monitor while the shell is shown.
 */
public final class ShellView implements AutoCloseable {

    /** The coloured dot of a status indicator (shell.css). */
    private static final String STATUS_DOT = "status-dot";

    private final ShellViewModel viewModel;
    private final Workspace roleWorkspace;
    private final StatusMonitor statusMonitor;

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

    public ShellView(ShellViewModel viewModel, Workspace workspace, StatusMonitor statusMonitor) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.roleWorkspace = Objects.requireNonNull(workspace);
        this.statusMonitor = Objects.requireNonNull(statusMonitor);
    }

    @FXML
    private void initialize() {
        workspaceTitle.textProperty().bind(viewModel.workspaceTitleProperty());
        storeName.textProperty().bind(viewModel.storeLabelProperty());
        staffName.textProperty().bind(viewModel.staffNameProperty());
        staffRole.textProperty().bind(viewModel.staffRoleProperty());
        databaseStatus.textProperty().bind(viewModel.databaseStatusProperty());
        liveStatus.textProperty().bind(viewModel.liveStatusProperty());
        showHealth(databaseStatus, viewModel.databaseHealthProperty());
        showHealth(liveStatus, viewModel.liveHealthProperty());
        logoutButton.setOnAction(event -> viewModel.logout());
        // Never the keyboard's target: an Enter meant for a form must not log the cashier out.
        logoutButton.setFocusTraversable(false);
        quitButton.setVisible(viewModel.canQuitTerminal());
        quitButton.setManaged(viewModel.canQuitTerminal());
        quitButton.setFocusTraversable(false);
        quitButton.setOnAction(event -> viewModel.quitTerminal());
        workspace.getChildren().setAll(roleWorkspace.view());
        statusMonitor.start();
    }

    /** The indicator's colour comes from CSS, through the :up and :down pseudo-classes. */
    private static void showHealth(Label indicator, ReadOnlyObjectProperty<ShellViewModel.Health> health) {
        indicator.getStyleClass().add(Styles.STATUS_INDICATOR);
        Circle dot = new Circle(5);
        dot.getStyleClass().add(STATUS_DOT);
        indicator.setGraphic(dot);
        Runnable apply = () -> {
            indicator.pseudoClassStateChanged(Styles.UP, health.get() == ShellViewModel.Health.UP);
            indicator.pseudoClassStateChanged(Styles.DOWN, health.get() == ShellViewModel.Health.DOWN);
        };
        health.addListener((observable, before, after) -> apply.run());
        apply.run();
    }

    /** The staff member leaves: stop probing and let the workspace release what it holds. */
    @Override
    public void close() {
        statusMonitor.close();
        roleWorkspace.close();
    }
}
