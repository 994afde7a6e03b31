package fr.ocpizza.pos.ui.counter.board;

/**
 * The usual reasons a cashier cancels an order, offered as choices; {@link #OTHER} needs a few
 * words. The reason is recorded with the order and in the audit log, in the terminal's language.
 */
public enum CancelReason {
    CUSTOMER_CHANGED_MIND, ENTRY_MISTAKE, PRODUCT_UNAVAILABLE, WAIT_TOO_LONG, OTHER;

    /** The key of its words in the messages bundle. */
    public String messageKey() {
        return "board.cancel.reason." + name();
    }
}
