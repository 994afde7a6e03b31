package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A basket line: "2 × Reine M", its toppings and note underneath, the line total on the right. */
final class BasketCell extends ListCell<BasketRow> {

    private final Messages messages;
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label amount = new Label();
    private final HBox row;

    BasketCell(Messages messages) {
        this.messages = messages;
        title.getStyleClass().add(Styles.ROW_TITLE);
        title.setWrapText(true);
        detail.getStyleClass().addAll(Styles.ROW_DETAIL, Styles.MUTED);
        detail.setWrapText(true);
        amount.getStyleClass().add(Styles.ROW_AMOUNT);
        amount.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        Region gap = new Region();
        gap.setMinWidth(8);
        row = new HBox(text, gap, amount);
        row.getStyleClass().add(Styles.BASKET_ROW);
        setPrefWidth(0);
    }

    static String title(BasketRow row, Messages messages) {
        return messages.get("counter.line.title", row.line().quantity(), row.label());
    }

    static String details(BasketRow row, Messages messages) {
        List<String> parts = new ArrayList<>();
        if (row.priced() != null) {
            for (ToppingChange topping : row.priced().toppings()) {
                parts.add(topping.kind() == ToppingChange.Kind.ADD
                        ? messages.get("counter.topping.addedPriced", topping.ingredientName(), topping.price())
                        : messages.get("counter.topping.removed", topping.ingredientName()));
            }
        }
        if (row.line().note() != null) {
            parts.add("« " + row.line().note() + " »");
        }
        return String.join(" · ", parts);
    }

    @Override
    protected void updateItem(BasketRow item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        title.setText(title(item, messages));
        String details = details(item, messages);
        detail.setText(details);
        detail.setVisible(!details.isEmpty());
        detail.setManaged(!details.isEmpty());
        amount.setText(item.priced() == null ? "…" : item.priced().lineTotal().format(messages.locale()));
        setGraphic(row);
    }
}
