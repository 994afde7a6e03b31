package fr.ocpizza.pos.ui.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of 80 mm thermal paper and the text fitting that goes with it: 72 mm printable
 * at 203 dpi is {@value #WIDTH_PX} dots, {@value #COLUMNS} characters of the printer's font A.
 */
public final class Paper {

    /** Characters per line in font A at normal size. */
    public static final int COLUMNS = 48;
    /** Printable width in dots (72 mm at 203 dpi). */
    public static final int WIDTH_PX = 576;

    private Paper() {
    }

    /** The text centred in {@code columns}; cut when it is too long. */
    static String center(String text, int columns) {
        String fitted = cut(text, columns);
        int left = (columns - fitted.length()) / 2;
        return " ".repeat(left) + fitted;
    }

    /** "2 x Reine M ........ 28,00 €": left and right joined by dots, on exactly {@code columns}. */
    static String leader(String left, String right, int columns) {
        int dots = columns - left.length() - right.length() - 2;
        if (dots < 1) {
            return cut(left, columns - right.length() - 1) + " " + right;
        }
        return left + " " + ".".repeat(dots) + " " + right;
    }

    /** Left and right joined by spaces, on exactly {@code columns}. */
    static String spread(String left, String right, int columns) {
        int gap = columns - left.length() - right.length();
        if (gap < 1) {
            return cut(left, columns - right.length() - 1) + " " + right;
        }
        return left + " ".repeat(gap) + right;
    }

    /** The text right-aligned in {@code width} characters. */
    static String right(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }

    /**
     * The text broken at spaces into lines of at most {@code columns}, each starting with
     * {@code indent}; a word longer than a line is cut.
     */
    static List<String> wrap(String text, int columns, String indent) {
        int room = columns - indent.length();
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > room) {
                if (!current.isEmpty()) {
                    lines.add(indent + current);
                    current.setLength(0);
                }
                lines.add(indent + word.substring(0, room));
                word = word.substring(room);
            }
            if (!current.isEmpty() && current.length() + 1 + word.length() > room) {
                lines.add(indent + current);
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
        }
        if (!current.isEmpty()) {
            lines.add(indent + current);
        }
        return lines;
    }

    /**
     * Plain spaces for the no-break spaces of French number formats: one column each either way,
     * and every thermal printer's code page has a plain space.
     */
    static String plainSpaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static String cut(String text, int columns) {
        return text.length() <= columns ? text : text.substring(0, Math.max(0, columns));
    }
}
