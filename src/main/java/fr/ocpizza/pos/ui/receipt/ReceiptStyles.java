package fr.ocpizza.pos.ui.receipt;

/** Style classes of the receipt preview and its {@code receipt.css}. */
final class ReceiptStyles {

    /** The paper. */
    static final String RECEIPT = "receipt";
    /** A line at normal size. */
    static final String LINE = "receipt-line";
    /** A double-size line: the store, the ticket number, the total. */
    static final String LARGE_LINE = "receipt-large-line";

    private ReceiptStyles() {
    }
}
