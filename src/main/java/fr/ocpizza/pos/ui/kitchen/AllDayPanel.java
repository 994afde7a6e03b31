package fr.ocpizza.pos.ui.kitchen;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The all-day panel: how many pizzas of each product and size are still to make, largest first. */
final class AllDayPanel extends VBox {

    AllDayPanel(TicketTexts texts, ObservableList<AllDayCount> counts) {
        getStyleClass().add(KitchenStyles.ALL_DAY);
        Label title = new Label(texts.messages().get("kitchen.allDay.title"));
        title.getStyleClass().add(KitchenStyles.PANEL_TITLE);
        Label total = new Label();
        total.setId("allDayTotal");
        total.textProperty().bind(Bindings.createStringBinding(() -> texts.messages().get("kitchen.allDay.total",
                counts.stream().mapToInt(AllDayCount::quantity).sum()), counts));

        ListView<AllDayCount> list = new ListView<>(counts);
        list.setId("allDayList");
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label(texts.messages().get("kitchen.allDay.empty")));
        list.setCellFactory(view -> new CountCell(texts));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(title, total, list);
    }

    /** "Reine M ........ 3", the count large enough to read across the kitchen. */
    private static final class CountCell extends ListCell<AllDayCount> {
        private final TicketTexts texts;
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox row;

        CountCell(TicketTexts texts) {
            this.texts = texts;
            name.getStyleClass().add(KitchenStyles.ALL_DAY_NAME);
            count.getStyleClass().add(KitchenStyles.ALL_DAY_COUNT);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            count.setMinWidth(Region.USE_PREF_SIZE);
            row = new HBox(name, spacer, count);
            row.setAlignment(Pos.CENTER_LEFT);
            // Fit the list's width instead of widening it (no horizontal scroll bar).
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AllDayCount item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                name.setText(texts.allDayName(item));
                count.setText(Integer.toString(item.quantity()));
                setGraphic(row);
            }
        }
    }
}
