package fr.ocpizza.pos.ui.receipt;

import java.util.Objects;

/**
 * One printed line, already cut and padded to its {@link Size}: a thermal printer's font A
 * holds {@value Paper#COLUMNS} characters on 80 mm paper, half as many at double size.
 */
public record ReceiptLine(String text, Size size, boolean bold) {

    /** Normal or double width and height, as ESC/POS prints them. */
    public enum Size {
        NORMAL(1), DOUBLE(2);

        private final int scale;

        Size(int scale) {
            this.scale = scale;
        }

        public int scale() {
            return scale;
        }

        /** How many characters fit on one line at this size. */
        public int columns() {
            return Paper.COLUMNS / scale;
        }
    }

    public ReceiptLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(size, "size");
        if (text.length() > size.columns()) {
            throw new IllegalArgumentException("\"" + text + "\" is wider than " + size.columns() + " characters");
        }
    }

    static ReceiptLine normal(String text) {
        return new ReceiptLine(text, Size.NORMAL, false);
    }

    static ReceiptLine bold(String text) {
        return new ReceiptLine(text, Size.NORMAL, true);
    }

    static ReceiptLine large(String text) {
        return new ReceiptLine(text, Size.DOUBLE, true);
    }
}
