package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.application.kitchen.KitchenTicket;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The "Rappeler" drawer: the last bumped tickets; touching one brings it back on the board for a look. */
final class RecallDrawer extends VBox {

    RecallDrawer(TicketTexts texts, ObservableList<KitchenTicket> tickets, Consumer<KitchenTicket> onRecall,
                 Runnable onClose) {
        setId("recallDrawer");
        getStyleClass().add(KitchenStyles.RECALL_DRAWER);
        setMaxWidth(Region.USE_PREF_SIZE);
        Label title = new Label(texts.messages().get("kitchen.recall.title"));
        title.getStyleClass().add(KitchenStyles.PANEL_TITLE);
        Button close = new Button(texts.messages().get("kitchen.close"));
        close.setId("closeRecall");
        close.setOnAction(event -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<KitchenTicket> list = new ListView<>(tickets);
        list.setId("recallList");
        Label empty = new Label(texts.messages().get("kitchen.recall.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(KitchenTicket item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : texts.recallSummary(item));
                setWrapText(true);
                getStyleClass().remove(KitchenStyles.RECALL_ITEM);
                if (!isEmpty && item != null) {
                    getStyleClass().add(KitchenStyles.RECALL_ITEM);
                }
            }
        });
        // A touch on a row recalls it: no selection to confirm on a kitchen screen.
        list.setOnMouseClicked(event -> {
            KitchenTicket picked = list.getSelectionModel().getSelectedItem();
            if (picked != null) {
                list.getSelectionModel().clearSelection();
                onRecall.accept(picked);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(header, list);
    }
}
