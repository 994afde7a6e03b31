package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Fills the detail pane's labels and lists with one order: what the customer ordered (toppings
 * and notes included), the payments, who, when, and why it may no longer change. UI thread.
 */
final class OrderDetailPane {

    /** The labels and boxes of {@code OrdersBoardView.fxml} this fills. */
    record Nodes(Label title, Label status, Label source, Label customer, Label times, Label note, VBox lines,
                 Label total, VBox payments, Label lockedReason) {
    }

    private final BoardTexts texts;
    private final Nodes nodes;

    OrderDetailPane(BoardTexts texts, Nodes nodes) {
        this.texts = texts;
        this.nodes = nodes;
        for (Label optional : new Label[] {nodes.note(), nodes.lockedReason()}) {
            optional.managedProperty().bind(optional.visibleProperty());
        }
    }

    void show(OrderView order, Instant now) {
        if (order == null) {
            nodes.lines().getChildren().clear();
            nodes.payments().getChildren().clear();
            return;
        }
        LocalDate today = texts.today(now);
        nodes.title().setText(texts.number(order));
        nodes.status().setText(texts.status(order.status()));
        for (OrderStatus status : OrderStatus.values()) {
            nodes.status().pseudoClassStateChanged(BoardStyles.status(status), status == order.status());
        }
        nodes.source().setText(texts.messages().get("board.detail.source", texts.channel(order.channel()),
                texts.fulfilment(order.fulfilment())));
        nodes.customer().setText(texts.messages().get("board.detail.customer", texts.customer(order)));
        nodes.times().setText(texts.messages().get("board.detail.times", texts.time(order.receivedAt(), today),
                texts.time(order.promisedAt(), today)));
        boolean hasNote = order.note() != null && !order.note().isBlank();
        nodes.note().setVisible(hasNote);
        nodes.note().setText(hasNote ? texts.messages().get("board.detail.note", order.note()) : "");
        nodes.lines().getChildren().setAll(order.lines().stream().map(this::line).toList());
        nodes.total().setText(texts.money(order.total()));
        nodes.payments().getChildren().setAll(order.payments().stream().map(this::payment).toList());
        Label state = new Label(texts.paymentState(order));
        state.getStyleClass().add(BoardStyles.DETAIL_PAYMENT);
        nodes.payments().getChildren().add(state);
        String locked = texts.lockedReason(order);
        nodes.lockedReason().setText(locked);
        nodes.lockedReason().setVisible(!locked.isEmpty());
    }

    private VBox line(OrderView.Line line) {
        Label title = new Label(texts.line(line));
        title.getStyleClass().add(BoardStyles.DETAIL_LINE_TITLE);
        title.setWrapText(true);
        Label price = new Label(texts.money(line.lineTotal()));
        price.getStyleClass().add(BoardStyles.DETAIL_LINE_PRICE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(new HBox(title, gap, price));
        box.getStyleClass().add(BoardStyles.DETAIL_LINE);
        String toppings = texts.toppings(line);
        if (!toppings.isEmpty()) {
            box.getChildren().add(wrapped(toppings, BoardStyles.DETAIL_LINE_EXTRAS));
        }
        if (line.note() != null && !line.note().isBlank()) {
            box.getChildren().add(wrapped(line.note(), BoardStyles.DETAIL_LINE_NOTE));
        }
        return box;
    }

    private Label payment(OrderView.Payment payment) {
        return wrapped(texts.payment(payment), BoardStyles.DETAIL_PAYMENT);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
