package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.input.MouseButton;

/**
 * What each column of the board's table shows and how: the number in bold, the channel as a
 * badge, the status as a coloured pill, the promised time in red once passed; and the rows, dimmed
 * once their order is done with, each with the id {@code order-<id>}. UI thread.
 */
final class BoardColumns {

    /** The columns of {@code OrdersBoardView.fxml}. */
    record Columns(TableColumn<OrderView, String> number, TableColumn<OrderView, String> received,
                   TableColumn<OrderView, Channel> channel, TableColumn<OrderView, String> fulfilment,
                   TableColumn<OrderView, String> customer, TableColumn<OrderView, String> total,
                   TableColumn<OrderView, OrderStatus> status, TableColumn<OrderView, OrderView> promised,
                   TableColumn<OrderView, String> payment) {
    }

    private final BoardTexts texts;
    private final Clock clock;

    BoardColumns(BoardTexts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    void setUp(Columns columns) {
        text(columns.number(), texts::number);
        columns.number().setCellFactory(column -> {
            TableCell<OrderView, String> cell = new TextCell();
            cell.getStyleClass().add(BoardStyles.NUMBER_CELL);
            return cell;
        });
        text(columns.received(), order -> texts.time(order.receivedAt(), today()));
        text(columns.fulfilment(), order -> texts.fulfilment(order.fulfilment()));
        text(columns.customer(), texts::customer);
        text(columns.total(), order -> texts.money(order.total()));
        text(columns.payment(), texts::paymentState);
        columns.channel().setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().channel()));
        columns.channel().setCellFactory(column -> new BadgeCell<>(BoardStyles.CHANNEL_BADGE, texts::channel,
                (label, channel) -> {
                    for (Channel each : Channel.values()) {
                        label.pseudoClassStateChanged(BoardStyles.channel(each), each == channel);
                    }
                }));
        columns.status().setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().status()));
        columns.status().setCellFactory(column -> new BadgeCell<>(BoardStyles.STATUS_PILL, texts::status,
                (label, status) -> {
                    for (OrderStatus each : OrderStatus.values()) {
                        label.pseudoClassStateChanged(BoardStyles.status(each), each == status);
                    }
                }));
        columns.promised().setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        columns.promised().setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(OrderView order, boolean empty) {
                super.updateItem(order, empty);
                setText(empty || order == null ? null : texts.time(order.promisedAt(), today()));
                pseudoClassStateChanged(BoardStyles.LATE, !empty && order != null && isLate(order));
            }
        });
    }

    /** A row of the table; a click opens the order's detail. */
    TableRow<OrderView> row(Runnable onOpen) {
        TableRow<OrderView> row = new TableRow<>() {
            @Override
            protected void updateItem(OrderView order, boolean empty) {
                super.updateItem(order, empty);
                pseudoClassStateChanged(BoardStyles.CLOSED, !empty && order != null && order.status().isFinal());
                setId(empty || order == null ? null : "order-" + order.id());
            }
        };
        row.setOnMouseClicked(event -> {
            if (!row.isEmpty() && event.getButton() == MouseButton.PRIMARY) {
                onOpen.run();
            }
        });
        return row;
    }

    /** Still expected in the kitchen or at the counter after its promised time (a READY order waits for its customer). */
    private boolean isLate(OrderView order) {
        return !order.status().isFinal() && order.status() != OrderStatus.READY
                && order.promisedAt().isBefore(clock.instant());
    }

    private LocalDate today() {
        return texts.today(clock.instant());
    }

    private static void text(TableColumn<OrderView, String> column, Function<OrderView, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    }

    private static final class TextCell extends TableCell<OrderView, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
    }

    /** A cell showing its value as a coloured label (a status pill, a channel badge). */
    private static final class BadgeCell<T> extends TableCell<OrderView, T> {

        private final Label badge = new Label();
        private final Function<T, String> words;
        private final BiConsumer<Label, T> style;

        BadgeCell(String styleClass, Function<T, String> words, BiConsumer<Label, T> style) {
            this.words = words;
            this.style = style;
            badge.getStyleClass().add(styleClass);
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setGraphic(null);
            } else {
                badge.setText(words.apply(value));
                style.accept(badge, value);
                setGraphic(badge);
            }
        }
    }
}
