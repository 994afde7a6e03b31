package fr.ocpizza.pos.ui.counter.customer;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.ui.common.ProgressCue;
import fr.ocpizza.pos.ui.common.Styles;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel.State;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * Controller of {@code PhoneCustomerView.fxml}: the customer panel of a phone order, for the
 * counter to embed. Binds the fields and lists to the {@link PhoneCustomerViewModel} and forwards
 * keys: Enter looks up or saves, Ctrl+R repeats the last order.
 */
public final class PhoneCustomerView {

    /** Repeats the customer's last order from anywhere in the panel. */
    public static final KeyCombination REPEAT_SHORTCUT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final PhoneCustomerViewModel viewModel;

    @FXML
    private Region root;
    @FXML
    private TextField phoneField;
    @FXML
    private Button lookUpButton;
    @FXML
    private ProgressIndicator lookingUp;
    @FXML
    private Label phoneError;
    @FXML
    private Label notice;
    @FXML
    private Label errorText;
    @FXML
    private Region matchesPane;
    @FXML
    private ListView<CustomerCard> matchList;
    @FXML
    private Button newOnThisNumber;
    @FXML
    private Region customerCard;
    @FXML
    private Label customerName;
    @FXML
    private Label customerPhones;
    @FXML
    private Label customerNote;
    @FXML
    private ListView<CustomerCard.SavedAddress> addressList;
    @FXML
    private Label missingAddress;
    @FXML
    private Button addAddressButton;
    @FXML
    private ListView<CustomerCard.PastOrder> lastOrderList;
    @FXML
    private Button repeatLastOrder;
    @FXML
    private Region newCustomerForm;
    @FXML
    private TextField firstNameField;
    @FXML
    private TextField lastNameField;
    @FXML
    private Label lastNameError;
    @FXML
    private TextField line1Field;
    @FXML
    private Label line1Error;
    @FXML
    private TextField line2Field;
    @FXML
    private TextField postalCodeField;
    @FXML
    private Label postalCodeError;
    @FXML
    private TextField cityField;
    @FXML
    private Label cityError;
    @FXML
    private TextField instructionsField;
    @FXML
    private TextField noteField;
    @FXML
    private Button saveCustomerButton;
    @FXML
    private Region addAddressForm;
    @FXML
    private TextField newLine1Field;
    @FXML
    private Label newLine1Error;
    @FXML
    private TextField newLine2Field;
    @FXML
    private TextField newPostalCodeField;
    @FXML
    private Label newPostalCodeError;
    @FXML
    private TextField newCityField;
    @FXML
    private Label newCityError;
    @FXML
    private TextField newInstructionsField;
    @FXML
    private Button saveAddressButton;
    @FXML
    private Button cancelAddressButton;

    public PhoneCustomerView(PhoneCustomerViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        phoneField.setOnAction(event -> viewModel.lookUp());
        lookUpButton.setOnAction(event -> viewModel.lookUp());
        lookUpButton.setFocusTraversable(false);
        ProgressCue.attach(lookingUp, viewModel.busyProperty());
        showError(phoneError, viewModel.phoneErrorProperty(), phoneField);
        showText(notice, viewModel.noticeProperty());
        showError(errorText, viewModel.errorProperty(), null);

        bindMatches();
        bindCard();
        bindNewCustomerForm();
        bindAddAddressForm();

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (REPEAT_SHORTCUT.match(event)) {
                viewModel.repeatLastOrder();
                event.consume();
            }
        });
        viewModel.stateProperty().addListener((observable, before, state) -> focusFor(state));
    }

    private void bindMatches() {
        showWhen(matchesPane, viewModel.stateProperty().isEqualTo(State.CHOOSING));
        matchList.setItems(viewModel.card().matches());
        matchList.setCellFactory(list -> new TextCell<>(viewModel.texts()::match));
        matchList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.card().choose(matchList.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        matchList.setOnMouseClicked(event -> viewModel.card().choose(matchList.getSelectionModel().getSelectedItem()));
        newOnThisNumber.setOnAction(event -> viewModel.card().newCustomerOnThisNumber());
    }

    private void bindCard() {
        showWhen(customerCard, viewModel.stateProperty().isEqualTo(State.FOUND));
        customerName.textProperty().bind(viewModel.customerNameProperty());
        customerPhones.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.texts().phones(viewModel.customerProperty().get()), viewModel.customerProperty()));
        customerNote.textProperty().bind(Bindings.createStringBinding(() -> {
            CustomerCard card = viewModel.customerProperty().get();
            return card == null || card.note() == null ? "" : card.note();
        }, viewModel.customerProperty()));
        showWhen(customerNote, customerNote.textProperty().isNotEmpty());

        addressList.setItems(viewModel.card().addresses());
        addressList.setCellFactory(list -> new TextCell<>(viewModel.texts()::address));
        addressList.setPlaceholder(new Label(viewModel.texts().messages().get("counter.customer.noAddress")));
        addressList.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            if (chosen != null) {
                viewModel.card().selectAddress(chosen);
            }
        });
        viewModel.deliveryAddressProperty().addListener((observable, before, chosen) -> selectInList(chosen));
        showWhen(missingAddress, viewModel.card().missingAddressProperty());
        missingAddress.getStyleClass().add(Styles.DANGER);
        addAddressButton.setOnAction(event -> viewModel.records().startAddingAddress());
        addAddressButton.disableProperty().bind(viewModel.records().addingAddressProperty());

        lastOrderList.setItems(viewModel.card().lastOrders());
        lastOrderList.setCellFactory(list -> new TextCell<>(viewModel.texts()::pastOrder));
        lastOrderList.setPlaceholder(new Label(viewModel.texts().messages().get("counter.customer.noOrders")));
        lastOrderList.setFocusTraversable(false);
        repeatLastOrder.setOnAction(event -> viewModel.repeatLastOrder());
        repeatLastOrder.disableProperty().bind(viewModel.card().canRepeatProperty().not());
        repeatLastOrder.getStyleClass().add(Styles.ACCENT);
    }

    private void bindNewCustomerForm() {
        showWhen(newCustomerForm, viewModel.stateProperty().isEqualTo(State.NOT_FOUND));
        AddressForm address = viewModel.records().address();
        NewCustomerForm form = viewModel.records().form();
        firstNameField.textProperty().bindBidirectional(form.firstNameProperty());
        lastNameField.textProperty().bindBidirectional(form.lastNameProperty());
        noteField.textProperty().bindBidirectional(form.noteProperty());
        bindAddress(address, line1Field, line2Field, postalCodeField, cityField, instructionsField);
        showError(lastNameError, form.lastNameErrorProperty(), lastNameField);
        showError(line1Error, address.line1ErrorProperty(), line1Field);
        showError(postalCodeError, address.postalCodeErrorProperty(), postalCodeField);
        showError(cityError, address.cityErrorProperty(), cityField);
        for (TextField field : new TextField[] {firstNameField, lastNameField, line1Field, line2Field, postalCodeField,
                cityField, instructionsField, noteField}) {
            field.setOnAction(event -> viewModel.records().save());
        }
        saveCustomerButton.setOnAction(event -> viewModel.records().save());
        saveCustomerButton.disableProperty().bind(viewModel.busyProperty());
        saveCustomerButton.getStyleClass().add(Styles.ACCENT);
    }

    private void bindAddAddressForm() {
        showWhen(addAddressForm, viewModel.stateProperty().isEqualTo(State.FOUND).and(viewModel.records().addingAddressProperty()));
        AddressForm address = viewModel.records().address();
        bindAddress(address, newLine1Field, newLine2Field, newPostalCodeField, newCityField, newInstructionsField);
        showError(newLine1Error, address.line1ErrorProperty(), newLine1Field);
        showError(newPostalCodeError, address.postalCodeErrorProperty(), newPostalCodeField);
        showError(newCityError, address.cityErrorProperty(), newCityField);
        for (TextField field : new TextField[] {newLine1Field, newLine2Field, newPostalCodeField, newCityField,
                newInstructionsField}) {
            field.setOnAction(event -> viewModel.records().saveAddress());
        }
        saveAddressButton.setOnAction(event -> viewModel.records().saveAddress());
        saveAddressButton.disableProperty().bind(viewModel.busyProperty());
        cancelAddressButton.setOnAction(event -> viewModel.records().cancelAddingAddress());
        viewModel.records().addingAddressProperty().addListener((observable, before, adding) -> {
            if (adding) {
                Platform.runLater(newLine1Field::requestFocus);
            }
        });
    }

    private static void bindAddress(AddressForm address, TextField line1, TextField line2, TextField postalCode,
                                    TextField city, TextField instructions) {
        line1.textProperty().bindBidirectional(address.line1Property());
        line2.textProperty().bindBidirectional(address.line2Property());
        postalCode.textProperty().bindBidirectional(address.postalCodeProperty());
        city.textProperty().bindBidirectional(address.cityProperty());
        instructions.textProperty().bindBidirectional(address.instructionsProperty());
    }

    /** Keyboard-first: the cursor goes where the cashier types next. */
    private void focusFor(State state) {
        Node target = switch (state) {
            case CHOOSING -> matchList;
            case NOT_FOUND -> firstNameField;
            case FOUND -> viewModel.card().addresses().isEmpty() ? null : addressList;
            case EMPTY -> null;
        };
        if (state == State.CHOOSING) {
            matchList.getSelectionModel().selectFirst();
        }
        if (target != null) {
            Platform.runLater(target::requestFocus);
        }
    }

    private void selectInList(CustomerCard.SavedAddress chosen) {
        if (chosen == null) {
            addressList.getSelectionModel().clearSelection();
        } else if (chosen != addressList.getSelectionModel().getSelectedItem()) {
            addressList.getSelectionModel().select(chosen);
        }
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void showText(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        showWhen(label, text.isNotEmpty());
    }

    /** A message under a field: shown when there is one, and the field's border turns red. */
    private static void showError(Label label, ReadOnlyStringProperty text, TextField field) {
        showText(label, text);
        label.getStyleClass().add(Styles.DANGER);
        if (field != null) {
            text.addListener((observable, before, after) -> field.pseudoClassStateChanged(Styles.ERROR, !after.isEmpty()));
        }
    }

    /** A list row showing one line of text. */
    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }

    // ---- for the counter workspace

    /** The selected customer (null when none). */
    public ReadOnlyObjectProperty<CustomerCard> customerProperty() {
        return viewModel.customerProperty();
    }

    /** His chosen delivery address (null when none). */
    public ReadOnlyObjectProperty<CustomerCard.SavedAddress> deliveryAddressProperty() {
        return viewModel.deliveryAddressProperty();
    }

    /** The name to put on the order; empty when no customer is selected. */
    public ReadOnlyStringProperty customerNameProperty() {
        return viewModel.customerNameProperty();
    }

    /** Enough for the current fulfilment (see {@link #setFulfilment}). */
    public BooleanBinding readyProperty() {
        return viewModel.readyProperty();
    }

    /** DELIVERY makes an address required; TAKEAWAY and EAT_IN do not. */
    public void setFulfilment(Fulfilment fulfilment) {
        viewModel.fulfilmentProperty().set(fulfilment);
    }

    /** The next call: everything emptied, the cursor in the phone field. */
    public void clear() {
        viewModel.clear();
        focus();
    }

    public void focus() {
        phoneField.requestFocus();
    }

    public PhoneCustomerViewModel viewModel() {
        return viewModel;
    }

    public Region view() {
        return root;
    }
}
