package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The editor of the selected basket line, over the menu: size, quantity, half-and-half,
 * toppings added or left out, and the note for the kitchen. Every change applies at once;
 * Échap or F4 closes it. In the filter field, Entrée adds the first topping shown as an extra
 * and Maj+Entrée leaves it out.
 */
final class LineEditorPane extends VBox {

    private final LineEditorViewModel viewModel;
    private final BasketViewModel basket;
    private final Messages messages;
    private final Label title = new Label();
    private final HBox sizes = new HBox();
    private final Label quantity = new Label();
    private final ComboBox<ProductSize> secondHalf = new ComboBox<>();
    private final TextField filter = new TextField();
    private final FilteredList<ToppingChoice> shown;
    private final ListView<ToppingChoice> toppings;
    private final TextField note = new TextField();
    private boolean updating;

    LineEditorPane(LineEditorViewModel viewModel, BasketViewModel basket, Messages messages) {
        this.viewModel = viewModel;
        this.basket = basket;
        this.messages = messages;
        setId("lineEditor");
        getStyleClass().add(Styles.LINE_EDITOR);

        title.getStyleClass().add(Styles.EDITOR_TITLE);
        Button close = new Button(messages.get("counter.editor.close"));
        close.setId("closeEditor");
        close.setOnAction(event -> viewModel.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, close);
        header.getStyleClass().add(Styles.EDITOR_ROW);

        Button minus = new Button("−");
        minus.setId("editorMinus");
        minus.setOnAction(event -> basket.decrement());
        Button plus = new Button("+");
        plus.setId("editorPlus");
        plus.setOnAction(event -> basket.increment());
        quantity.setId("editorQuantity");
        quantity.setMinWidth(40);
        quantity.setAlignment(Pos.CENTER);
        sizes.getStyleClass().add(Styles.EDITOR_ROW);
        Label halfLabel = new Label(messages.get("counter.editor.half"));
        secondHalf.setId("secondHalf");
        secondHalf.setPromptText(messages.get("counter.editor.half.none"));
        secondHalf.setItems(viewModel.secondHalfChoices());
        secondHalf.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProductSize size) {
                return size == null ? messages.get("counter.editor.half.none") : size.productName();
            }

            @Override
            public ProductSize fromString(String text) {
                return null;
            }
        });
        secondHalf.valueProperty().addListener((o, before, after) -> {
            // Only the cashier's choice: a value cleared by a change of items is not "whole pizza".
            if (!updating && after != null) {
                viewModel.setSecondHalf(after);
            }
        });
        Button wholePizza = new Button(messages.get("counter.editor.half.clear"));
        wholePizza.setId("wholePizza");
        wholePizza.setOnAction(event -> viewModel.setSecondHalf(null));
        HBox quantityRow = new HBox(minus, quantity, plus, sizes);
        quantityRow.getStyleClass().add(Styles.EDITOR_ROW);
        secondHalf.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(secondHalf, Priority.ALWAYS);
        VBox halfRow = new VBox(4, halfLabel, new HBox(6, secondHalf, wholePizza));
        halfRow.visibleProperty().bind(Bindings.isNotEmpty(viewModel.secondHalfChoices()));
        halfRow.managedProperty().bind(halfRow.visibleProperty());

        filter.setId("toppingFilter");
        filter.setPromptText(messages.get("counter.editor.filter"));
        shown = new FilteredList<>(viewModel.toppingChoices());
        filter.textProperty().addListener((o, before, after) -> {
            String query = MenuTilesViewModel.normalized(after);
            shown.setPredicate(choice -> query.isEmpty() || MenuTilesViewModel.normalized(choice.name()).contains(query));
        });
        toppings = new ListView<>(shown);
        toppings.setId("toppingList");
        toppings.setCellFactory(list -> new ToppingCell());
        toppings.setPlaceholder(new Label(messages.get("counter.editor.noTopping")));
        VBox toppingBox = new VBox(6, filter, toppings);
        toppingBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.toppingChoices()));
        toppingBox.managedProperty().bind(toppingBox.visibleProperty());

        note.setId("lineNote");
        note.setPromptText(messages.get("counter.editor.note.prompt"));
        note.textProperty().addListener((o, before, after) -> {
            if (!updating) {
                viewModel.setNote(after);
            }
        });
        VBox noteRow = new VBox(4, new Label(messages.get("counter.editor.note")), note);
        FlowPane quickNotes = new FlowPane();
        quickNotes.getStyleClass().add(Styles.QUICK_NOTES);
        for (String quick : messages.get("counter.editor.quickNotes").split("\\|")) {
            Button button = new Button(quick);
            button.getStyleClass().add(Styles.TOPPING_BUTTON);
            button.setFocusTraversable(false);
            button.setOnAction(event -> viewModel.addQuickNote(quick));
            quickNotes.getChildren().add(button);
        }
        Label keys = new Label(messages.get("counter.editor.keys"));
        keys.getStyleClass().add(Styles.MUTED);
        keys.setWrapText(true);

        // Two columns, so that the topping list keeps its height on a 800-pixel screen.
        VBox side = new VBox(quantityRow, halfRow, noteRow, quickNotes, keys);
        side.getStyleClass().add(Styles.EDITOR_SIDE);
        HBox.setHgrow(toppingBox, Priority.ALWAYS);
        VBox.setVgrow(toppings, Priority.ALWAYS);
        HBox body = new HBox(12, side, toppingBox);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().setAll(header, body);
        filter.addEventFilter(KeyEvent.KEY_PRESSED, this::onFilterKey);
        basket.selectedProperty().addListener((o, before, after) -> refresh());
        viewModel.toppingChoices().addListener((ListChangeListener<ToppingChoice>) change -> keepToppingSelection());
        refresh();
    }

    /** Gives the keyboard to the topping filter when the editor opens. */
    void focusFilter() {
        filter.clear();
        filter.requestFocus();
    }

    void focusNote() {
        note.requestFocus();
        note.end();
    }

    void focusSecondHalf() {
        secondHalf.requestFocus();
        secondHalf.show();
    }

    private void onFilterKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            ToppingChoice target = toppings.getSelectionModel().getSelectedItem();
            if (target == null && !shown.isEmpty()) {
                target = shown.get(0);
            }
            if (target != null) {
                if (event.isShiftDown()) {
                    if (target.inRecipe()) {
                        viewModel.toggleRemoval(target.ingredientId());
                    }
                } else if (target.canBeAdded()) {
                    viewModel.toggleExtra(target.ingredientId());
                }
                filter.clear();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
            int index = toppings.getSelectionModel().getSelectedIndex();
            int next = Math.max(0, Math.min(shown.size() - 1, index + (event.getCode() == KeyCode.DOWN ? 1 : -1)));
            toppings.getSelectionModel().select(next);
            toppings.scrollTo(next);
            event.consume();
        }
    }

    private void keepToppingSelection() {
        toppings.getSelectionModel().clearSelection();
    }

    private void refresh() {
        BasketRow row = basket.selectedProperty().get();
        if (row == null) {
            return;
        }
        updating = true;
        try {
            title.setText(row.priced() == null ? "" : BasketCell.title(row, messages));
            quantity.setText(String.valueOf(row.line().quantity()));
            if (!note.isFocused() || !java.util.Objects.equals(blankToNull(note.getText()), row.line().note())) {
                note.setText(row.line().note() == null ? "" : row.line().note());
            }
            Integer half = row.line().secondHalfProductSizeId();
            secondHalf.setValue(half == null ? null : viewModel.secondHalfChoices().stream()
                    .filter(size -> size.id() == half).findFirst().orElse(null));
            rebuildSizes(row);
        } finally {
            updating = false;
        }
    }

    private void rebuildSizes(BasketRow row) {
        List<String> codes = viewModel.sizesOfSelected();
        sizes.getChildren().clear();
        if (codes.size() < 2) {
            return;
        }
        ToggleGroup group = new ToggleGroup();
        String current = row.priced() == null ? null : row.priced().productSize().sizeCode();
        for (String code : codes) {
            ToggleButton button = new ToggleButton(code);
            button.setId("editorSize" + code);
            button.getStyleClass().add(Styles.SIZE);
            button.setToggleGroup(group);
            button.setSelected(code.equals(current));
            button.setFocusTraversable(false);
            button.setOnAction(event -> viewModel.changeSize(code));
            sizes.getChildren().add(button);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A topping: its name, "en plus" with the price when it may be added, "sans" when the pizza has it. */
    private final class ToppingCell extends ListCell<ToppingChoice> {
        private final Label name = new Label();
        private final Button add = new Button();
        private final Button remove = new Button(messages.get("counter.editor.remove"));
        private final HBox row;

        ToppingCell() {
            name.getStyleClass().add(Styles.TOPPING_NAME);
            add.getStyleClass().add(Styles.TOPPING_BUTTON);
            remove.getStyleClass().add(Styles.TOPPING_BUTTON);
            add.setFocusTraversable(false);
            remove.setFocusTraversable(false);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(name, spacer, add, remove);
            row.getStyleClass().add(Styles.TOPPING_ROW);
        }

        @Override
        protected void updateItem(ToppingChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(switch (item.change()) {
                case ADDED -> messages.get("counter.topping.added", item.name());
                case REMOVED -> messages.get("counter.topping.removed", item.name());
                case NONE -> item.name();
            });
            row.pseudoClassStateChanged(Styles.ADDED, item.change() == ToppingChoice.Change.ADDED);
            row.pseudoClassStateChanged(Styles.REMOVED, item.change() == ToppingChoice.Change.REMOVED);
            add.setVisible(item.canBeAdded());
            add.setManaged(item.canBeAdded());
            if (item.canBeAdded()) {
                add.setText(item.change() == ToppingChoice.Change.ADDED ? messages.get("counter.editor.cancelExtra")
                        : messages.get("counter.editor.extra", item.extraPrice()));
                add.setOnAction(event -> viewModel.toggleExtra(item.ingredientId()));
            }
            remove.setVisible(item.inRecipe());
            remove.setManaged(item.inRecipe());
            remove.setText(item.change() == ToppingChoice.Change.REMOVED ? messages.get("counter.editor.putBack")
                    : messages.get("counter.editor.remove"));
            remove.setOnAction(event -> viewModel.toggleRemoval(item.ingredientId()));
            setGraphic(row);
        }
    }
}
