package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.ui.common.MessageLabels;
import fr.ocpizza.pos.ui.common.Styles;
import java.util.Objects;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;

/**
 * Controller of {@code LoginView.fxml}: binds the fields to the {@link LoginViewModel} and
 * forwards keypad presses and keys. No decision is taken here.
 */
public final class LoginView {

    private final LoginViewModel viewModel;
    private final ConnectionStatusViewModel connections;

    @FXML
    private Pane root;
    @FXML
    private TextField login;
    @FXML
    private PasswordField secret;
    @FXML
    private Label notice;
    @FXML
    private Label terminalWorkspace;
    @FXML
    private Label error;
    @FXML
    private GridPane keypad;
    @FXML
    private Button keyClear;
    @FXML
    private Button loginButton;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label databaseStatus;
    @FXML
    private Label liveStatus;

    /** @param connections the window's connection indicators, shown in the login screen's status bar */
    public LoginView(LoginViewModel viewModel, ConnectionStatusViewModel connections) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.connections = Objects.requireNonNull(connections);
    }

    @FXML
    private void initialize() {
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        secret.textProperty().bindBidirectional(viewModel.secretProperty());
        // Keypad presses change the text from outside the field: keep the caret after the last digit.
        viewModel.secretProperty().addListener((observable, before, after) -> secret.end());

        MessageLabels.show(notice, viewModel.noticeProperty());
        MessageLabels.show(terminalWorkspace, viewModel.terminalLabelProperty());

        error.textProperty().bind(viewModel.errorMessageProperty());
        error.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        error.getStyleClass().add(Styles.DANGER);
        viewModel.errorMessageProperty().addListener((observable, before, after) ->
                secret.pseudoClassStateChanged(Styles.ERROR, after != null && !after.isEmpty()));

        busy.visibleProperty().bind(viewModel.busyProperty());
        keypad.disableProperty().bind(viewModel.busyProperty());
        loginButton.disableProperty().bind(viewModel.canLoginProperty().not());
        for (Node key : keypad.getChildren()) {
            key.getStyleClass().add(Styles.KEYPAD_KEY);
            // A pressed key must not take the focus away from the field being typed in.
            key.setFocusTraversable(false);
        }
        loginButton.getStyleClass().add(Styles.ACCENT);
        keyClear.getStyleClass().add(Styles.DANGER);

        StatusIndicators.bind(databaseStatus, liveStatus, connections);

        root.addEventFilter(KeyEvent.KEY_TYPED, this::digitTypedOutsideFields);
        // After an idle lock the login is already there: straight to the code.
        Platform.runLater(() -> (login.getText().isEmpty() ? login : secret).requestFocus());
    }

    /** A digit key of the keypad: its digit is in the button's user data. */
    @FXML
    private void keyPressed(ActionEvent event) {
        viewModel.appendToSecret((String) ((ButtonBase) event.getSource()).getUserData());
    }

    @FXML
    private void clear() {
        viewModel.clearSecret();
        secret.requestFocus();
    }

    /** Enter in the login field: on to the code, or log in when the code is already typed. */
    @FXML
    private void loginEntered() {
        if (secret.getText().isEmpty()) {
            secret.requestFocus();
        } else {
            viewModel.login();
        }
    }

    @FXML
    private void submit() {
        viewModel.login();
    }

    /** Digits typed while no field has the focus go to the code, as on the keypad. */
    private void digitTypedOutsideFields(KeyEvent event) {
        if (root.getScene() == null || root.getScene().getFocusOwner() instanceof TextInputControl) {
            return;
        }
        String typed = event.getCharacter();
        if (typed.length() == 1 && Character.isDigit(typed.charAt(0))) {
            viewModel.appendToSecret(typed);
            event.consume();
        }
    }
}
