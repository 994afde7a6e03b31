package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.util.Locale;
import javafx.css.PseudoClass;

/** Style classes and pseudo-classes of the shop orders board and its {@code orders-board.css}. */
final class BoardStyles {

    static final String FILTER_TOGGLE = "filter-toggle";
    static final String STATUS_PILL = "status-pill";
    static final String CHANNEL_BADGE = "channel-badge";
    static final String NUMBER_CELL = "number-cell";
    static final String DETAIL_LINE = "detail-line";
    static final String DETAIL_LINE_TITLE = "detail-line-title";
    static final String DETAIL_LINE_PRICE = "detail-line-price";
    static final String DETAIL_LINE_EXTRAS = "detail-line-extras";
    static final String DETAIL_LINE_NOTE = "detail-line-note";
    static final String DETAIL_PAYMENT = "detail-payment";
    static final String CANCEL_REASON = "cancel-reason";

    /** The order is done with (delivered, picked up, cancelled): its row steps back. */
    static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    /** Its promised time has passed and it is still open. */
    static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    /** {@code :received}, {@code :in-preparation}… the colour of a status. */
    static PseudoClass status(OrderStatus status) {
        return PseudoClass.getPseudoClass(status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** {@code :counter}, {@code :phone}, {@code :online}. */
    static PseudoClass channel(Channel channel) {
        return PseudoClass.getPseudoClass(channel.name().toLowerCase(Locale.ROOT));
    }

    private BoardStyles() {
    }
}
