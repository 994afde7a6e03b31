package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.application.kitchen.KitchenTicket;
import fr.ocpizza.pos.ui.common.Styles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.animation.FadeTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One ticket on the board: number, where it came from, its running age, the promised time, the
 * lines to make, and one big button (Commencer, Prêt, or Retirer for a recalled ticket). Built
 * once per board cell and refilled as the cell is reused, so 200 tickets cost a screenful of cards.
 */
final class TicketCard extends VBox {

    private final KitchenViewModel viewModel;
    private final TicketTexts texts;
    private final Label number = label(KitchenStyles.TICKET_NUMBER);
    private final Label source = label(KitchenStyles.TICKET_SOURCE);
    private final Label age = label(KitchenStyles.TICKET_AGE);
    private final Label promise = label(KitchenStyles.TICKET_PROMISE);
    private final Label note = label(KitchenStyles.TICKET_NOTE);
    private final VBox lines = new VBox();
    private final Button action = new Button();
    private final FadeTransition flash = new FadeTransition(Duration.millis(420), this);
    private BoardTicket item;

    TicketCard(KitchenViewModel viewModel) {
        this.viewModel = viewModel;
        this.texts = viewModel.texts();
        getStyleClass().add(KitchenStyles.TICKET_CARD);

        // Number and timer on one line, large; where it came from below, smaller.
        number.setWrapText(false);
        age.setWrapText(false);
        age.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox topRow = new HBox(number, spacer, age);
        topRow.setAlignment(Pos.CENTER_LEFT);
        source.setWrapText(false);
        VBox header = new VBox(topRow, source);
        header.getStyleClass().add(KitchenStyles.TICKET_HEADER);

        note.setWrapText(true);
        lines.getStyleClass().add(KitchenStyles.TICKET_LINES);
        ScrollPane scroller = new ScrollPane(lines);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setPannable(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        action.getStyleClass().add(KitchenStyles.TICKET_ACTION);
        action.setMaxWidth(Double.MAX_VALUE);
        action.setFocusTraversable(false);
        action.setOnAction(event -> act());
        VBox footer = new VBox(action);
        footer.getStyleClass().add(KitchenStyles.TICKET_FOOTER);

        getChildren().setAll(header, promise, note, scroller, footer);
        flash.setFromValue(0.3);
        flash.setToValue(1.0);
        flash.setCycleCount(6);
        flash.setAutoReverse(true);
        flash.setOnFinished(event -> setOpacity(1.0));
    }

    /** Fills the card with a ticket; null empties it. */
    void show(BoardTicket next) {
        if (next != null && next.equals(item)) {
            // The grid refreshes its cells on every layout pass: nothing to redo for the same ticket.
            return;
        }
        boolean sameTicket = item != null && next != null && item.orderId() == next.orderId();
        boolean sameLines = sameTicket && item.ticket().lines().equals(next.ticket().lines());
        item = next;
        if (next == null) {
            flash.stop();
            setOpacity(1.0);
            return;
        }
        KitchenTicket ticket = next.ticket();
        setId("ticket-" + ticket.orderId());
        number.setText(texts.number(ticket));
        source.setText(texts.source(ticket));
        promise.setText(texts.promise(ticket, next.recalled()));
        String noteText = Stream.of(ticket.customerName(), ticket.note()).filter(Objects::nonNull)
                .collect(Collectors.joining(" — "));
        note.setText(noteText);
        note.setManaged(!noteText.isEmpty());
        note.setVisible(!noteText.isEmpty());
        if (!sameLines) {
            lines.getChildren().setAll(ticket.lines().stream().map(line -> line(ticket, line)).toList());
        }

        action.getStyleClass().removeAll(Styles.ACCENT);
        if (next.recalled()) {
            action.setText(texts.messages().get("kitchen.dismiss"));
        } else if (ticket.isStarted()) {
            action.setText(texts.messages().get("kitchen.bump"));
        } else {
            action.setText(texts.messages().get("kitchen.start"));
            action.getStyleClass().add(Styles.ACCENT);
        }
        action.setDisable(next.pending());
        pseudoClassStateChanged(KitchenStyles.STARTED, ticket.isStarted() && !next.recalled());
        pseudoClassStateChanged(KitchenStyles.RECALLED, next.recalled());

        Instant now = viewModel.nowProperty().get();
        refreshAge(now);
        if (!sameTicket) {
            flash.stop();
            setOpacity(1.0);
            if (viewModel.claimFlash(next)) {
                flash.playFromStart();
            }
        }
    }

    /** The running timer and the colours that follow it; every second, for the cards on screen only. */
    void refreshAge(Instant now) {
        if (item == null) {
            return;
        }
        KitchenTicket ticket = item.ticket();
        age.setText(TicketAge.format(ticket.receivedAt(), now));
        TicketAge.Level level = item.recalled() ? TicketAge.Level.FRESH : viewModel.ageLevel(ticket, now);
        pseudoClassStateChanged(KitchenStyles.WARN, level == TicketAge.Level.WARN);
        pseudoClassStateChanged(KitchenStyles.LATE, level == TicketAge.Level.LATE);
        pseudoClassStateChanged(KitchenStyles.NEW, item.isNewAt(now));
    }

    private void act() {
        if (item == null) {
            return;
        }
        if (item.recalled()) {
            viewModel.dismiss(item);
        } else if (item.ticket().isStarted()) {
            viewModel.bump(item);
        } else {
            viewModel.start(item);
        }
    }

    /** A line: "2 × Reine M", its removals, extras and note. A touch opens the recipe reminder. */
    private Node line(KitchenTicket ticket, KitchenTicket.Line line) {
        List<Node> rows = new ArrayList<>();
        rows.add(label(KitchenStyles.LINE_TITLE, texts.line(line)));
        // Removals first, right under the line: what must not go on the pizza is read before the rest.
        line.removed().forEach(name -> rows.add(label(KitchenStyles.LINE_REMOVED, texts.removed(name))));
        line.added().forEach(name -> rows.add(label(KitchenStyles.LINE_ADDED, texts.added(name))));
        if (line.note() != null) {
            rows.add(label(KitchenStyles.LINE_NOTE, line.note()));
        }
        VBox box = new VBox();
        box.getChildren().setAll(rows);
        box.getStyleClass().add(KitchenStyles.TICKET_LINE);
        box.setOnMouseClicked(event -> {
            // A finger that scrolled the lines did not mean to open a recipe.
            if (event.isStillSincePress()) {
                viewModel.openRecipe(ticket, line);
            }
        });
        return box;
    }

    private static Label label(String styleClass) {
        return label(styleClass, "");
    }

    private static Label label(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
