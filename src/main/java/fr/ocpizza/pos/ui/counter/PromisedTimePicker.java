package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.ui.common.ProgressCue;
import fr.ocpizza.pos.ui.common.Styles;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * Controller of {@code PromisedTimePicker.fxml}: the promised time of the order being taken, for
 * the counter to embed. −5 / +5 (buttons, or ↓ / ↑ and − / + in the field), a field that takes
 * "19:45", and "Proposer" for a fresh proposal from the kitchen queue. Binds and forwards to the
 * {@link PromisedTimeViewModel}.
 */
public final class PromisedTimePicker {

    private final PromisedTimeViewModel viewModel;

    @FXML
    private Region root;
    @FXML
    private TextField timeField;
    @FXML
    private Button earlierButton;
    @FXML
    private Button laterButton;
    @FXML
    private Button proposeButton;
    @FXML
    private ProgressIndicator proposing;
    @FXML
    private Label queueInfo;
    @FXML
    private Label timeError;

    public PromisedTimePicker(PromisedTimeViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        timeField.textProperty().bindBidirectional(viewModel.textProperty());
        timeField.setOnAction(event -> viewModel.commitText());
        timeField.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                viewModel.commitText();
            }
        });
        timeField.addEventFilter(KeyEvent.KEY_PRESSED, this::arrowKeys);
        timeField.addEventFilter(KeyEvent.KEY_TYPED, this::plusMinusKeys);

        earlierButton.setOnAction(event -> viewModel.earlier());
        laterButton.setOnAction(event -> viewModel.later());
        proposeButton.setOnAction(event -> viewModel.propose());
        // The buttons are for the finger; the keyboard stays in the field.
        for (Button button : new Button[] {earlierButton, laterButton}) {
            button.setFocusTraversable(false);
        }

        queueInfo.textProperty().bind(viewModel.queueInfoProperty());
        timeError.textProperty().bind(viewModel.errorProperty());
        timeError.getStyleClass().add(Styles.DANGER);
        timeError.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        timeError.managedProperty().bind(timeError.visibleProperty());
        viewModel.errorProperty().addListener((observable, before, after) ->
                timeField.pseudoClassStateChanged(Styles.ERROR, !after.isEmpty()));
        ProgressCue.attach(proposing, viewModel.busyProperty());
    }

    private void arrowKeys(KeyEvent event) {
        switch (event.getCode()) {
            case UP -> viewModel.later();
            case DOWN -> viewModel.earlier();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** − and + are never part of a time: in the field they move it by 5 minutes. */
    private void plusMinusKeys(KeyEvent event) {
        switch (event.getCharacter()) {
            case "+" -> viewModel.later();
            case "-", "−" -> viewModel.earlier();
            default -> {
                return;
            }
        }
        event.consume();
    }

    // ---- for the counter workspace

    /** The time to promise (null before the first proposal). */
    public ReadOnlyObjectProperty<Instant> chosenTimeProperty() {
        return viewModel.chosenTimeProperty();
    }

    /** False while the field holds a typed time not yet accepted (or refused): do not place the order then. */
    public BooleanBinding validProperty() {
        return viewModel.validProperty();
    }

    /**
     * The order changed: asks for a proposal off the UI thread. A time the cashier set by hand
     * stays until he presses "Proposer".
     */
    public void requestProposal(Fulfilment fulfilment, int pizzasInThisOrder) {
        viewModel.requestProposal(fulfilment, pizzasInThisOrder);
    }

    /** Accepts what is typed in the field, if anything; false when it is refused (the message is shown). */
    public boolean commit() {
        return viewModel.commitText();
    }

    public void focus() {
        timeField.requestFocus();
    }

    public PromisedTimeViewModel viewModel() {
        return viewModel;
    }

    public Region view() {
        return root;
    }
}
