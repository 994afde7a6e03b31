package fr.ocpizza.pos.ui.receipt;

import java.io.IOException;
import java.util.Comparator;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Puts a {@link ReceiptNode} on the pages of a {@link PrinterJob}: the printer's paper closest to
 * an 80 mm roll, minimal margins, the {@value Paper#WIDTH_PX} px receipt scaled to the printable
 * width, and as many pages as its length needs (a roll driver usually gives one long page).
 */
final class ReceiptPages {

    /** 80 mm in points (1/72 inch). */
    private static final double ROLL_WIDTH_POINTS = 80 / 25.4 * 72;
    /** A paper within 10 mm of that is the roll; farther, it is an office printer's sheet. */
    private static final double ROLL_TOLERANCE_POINTS = 10 / 25.4 * 72;

    private ReceiptPages() {
    }

    /** The receipt's node with its CSS applied and laid out, off any window; JavaFX thread. */
    static ReceiptNode laidOut(ReceiptLayout layout) {
        ReceiptNode node = new ReceiptNode(layout);
        new Scene(new Group(node), Color.WHITE);
        node.applyCss();
        node.autosize();
        return node;
    }

    /** Prints the node and ends the job; any thread, as javafx.print allows. */
    static void print(PrinterJob job, ReceiptNode node) throws IOException {
        PageLayout page = rollPage(job.getPrinter());
        double scale = page.getPrintableWidth() / Paper.WIDTH_PX;
        double pageHeight = page.getPrintableHeight() / scale;
        double height = node.getHeight();
        for (double top = 0; top < height; top += pageHeight) {
            node.setClip(new Rectangle(0, top, Paper.WIDTH_PX, Math.min(pageHeight, height - top)));
            node.getTransforms().setAll(new Scale(scale, scale), new Translate(0, -top));
            if (!job.printPage(page, node)) {
                job.cancelJob();
                throw new IOException("The printer refused page at " + top + " px: " + job.getJobStatus());
            }
        }
        if (!job.endJob()) {
            throw new IOException("The print job did not complete: " + job.getJobStatus());
        }
    }

    /**
     * The supported paper nearest to 80 mm wide (the printer's default paper when none is close),
     * upright, with the printer's smallest margins.
     */
    static PageLayout rollPage(Printer printer) {
        javafx.print.Paper paper = printer.getPrinterAttributes().getSupportedPapers().stream()
                .filter(candidate -> Math.abs(candidate.getWidth() - ROLL_WIDTH_POINTS) <= ROLL_TOLERANCE_POINTS)
                .min(Comparator.comparingDouble(candidate -> Math.abs(candidate.getWidth() - ROLL_WIDTH_POINTS)))
                .orElse(printer.getPrinterAttributes().getDefaultPaper());
        return printer.createPageLayout(paper, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
    }
}
