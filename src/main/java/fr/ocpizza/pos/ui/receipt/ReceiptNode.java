package fr.ocpizza.pos.ui.receipt;

import javafx.geometry.Insets;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A receipt as it will come out of the printer: {@value Paper#WIDTH_PX} px wide (one pixel per
 * printer dot), one monospace {@link Text} per line. The font size is measured so that
 * {@value Paper#COLUMNS} characters fill the width, whatever monospace font the system has;
 * double-size lines use twice that size. The preview shows it; {@link ReceiptImage} renders it.
 */
public final class ReceiptNode extends VBox {

    /** JavaFX's logical monospace family, mapped to the system's monospace font. */
    static final String FONT_FAMILY = "Monospaced";
    /** Dots of white paper left and right, inside the printable width. */
    private static final double MARGIN = 8;

    private final ReceiptLayout receipt;

    public ReceiptNode(ReceiptLayout layout) {
        this.receipt = layout;
        getStyleClass().add(ReceiptStyles.RECEIPT);
        getStylesheets().add(ReceiptNode.class.getResource("receipt.css").toExternalForm());
        setPadding(new Insets(MARGIN * 2, MARGIN, MARGIN * 3, MARGIN));
        setMinWidth(Paper.WIDTH_PX);
        setPrefWidth(Paper.WIDTH_PX);
        setMaxWidth(Paper.WIDTH_PX);
        double normalSize = fontSizeFor(Paper.COLUMNS, Paper.WIDTH_PX - 2 * MARGIN);
        for (ReceiptLine line : layout.lines()) {
            Text text = new Text(line.text().isEmpty() ? " " : line.text());
            text.setFont(Font.font(FONT_FAMILY, line.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    normalSize * line.size().scale()));
            text.getStyleClass().add(line.size() == ReceiptLine.Size.DOUBLE ? ReceiptStyles.LARGE_LINE : ReceiptStyles.LINE);
            getChildren().add(text);
        }
    }

    /** The lines this node draws. */
    public ReceiptLayout receipt() {
        return receipt;
    }

    /** The font size at which {@code columns} characters are {@code width} wide. */
    static double fontSizeFor(int columns, double width) {
        double probeSize = 20;
        Text probe = new Text("0".repeat(columns));
        probe.setFont(Font.font(FONT_FAMILY, FontWeight.BOLD, probeSize));
        double probeWidth = probe.getLayoutBounds().getWidth();
        return probeWidth <= 0 ? probeSize : Math.floor(probeSize * width / probeWidth * 10) / 10;
    }
}
