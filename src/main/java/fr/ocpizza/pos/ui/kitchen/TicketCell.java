package fr.ocpizza.pos.ui.kitchen;

import java.time.Instant;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import org.controlsfx.control.GridCell;

/**
 * A cell of the board's {@link org.controlsfx.control.GridView}: only the cells on screen exist,
 * each showing the ticket it is given through one reused {@link TicketCard}.
 */
final class TicketCell extends GridCell<BoardTicket> {

    private final TicketCard card;
    /** Held here, listened to weakly: a cell the grid throws away must not stay tied to the clock. */
    private final ChangeListener<Instant> ageUpdater;

    TicketCell(KitchenViewModel viewModel) {
        card = new TicketCard(viewModel);
        getStyleClass().add(KitchenStyles.TICKET_CELL);
        ageUpdater = (observable, before, now) -> {
            if (!isEmpty()) {
                card.refreshAge(now);
            }
        };
        viewModel.nowProperty().addListener(new WeakChangeListener<>(ageUpdater));
    }

    @Override
    protected void updateItem(BoardTicket item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            card.show(null);
            setGraphic(null);
        } else {
            card.show(item);
            setGraphic(card);
        }
    }
}
