package fr.ocpizza.pos.ui.receipt;

import fr.ocpizza.pos.ui.common.Messages;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of a receipt: printed on a named printer, saved as a PNG file (no printer set, or
 * printing failed), or not printed because the cashier cancelled the print dialog.
 *
 * @param outcome     what happened
 * @param printerName the printer used or tried; empty when there was none
 * @param file        the PNG written instead of printing; empty when nothing was saved
 */
public record ReceiptPrintResult(Outcome outcome, Optional<String> printerName, Optional<Path> file) {

    /** The ways a print request ends. */
    public enum Outcome { PRINTED, SAVED_NO_PRINTER, SAVED_PRINT_FAILED, CANCELLED }

    public ReceiptPrintResult {
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(printerName);
        Objects.requireNonNull(file);
    }

    static ReceiptPrintResult printed(String printerName) {
        return new ReceiptPrintResult(Outcome.PRINTED, Optional.of(printerName), Optional.empty());
    }

    static ReceiptPrintResult savedWithoutPrinter(Path file) {
        return new ReceiptPrintResult(Outcome.SAVED_NO_PRINTER, Optional.empty(), Optional.of(file));
    }

    static ReceiptPrintResult savedAfterFailure(String printerName, Path file) {
        return new ReceiptPrintResult(Outcome.SAVED_PRINT_FAILED, Optional.ofNullable(printerName), Optional.of(file));
    }

    static ReceiptPrintResult cancelled(String printerName) {
        return new ReceiptPrintResult(Outcome.CANCELLED, Optional.ofNullable(printerName), Optional.empty());
    }

    /** True when the receipt went to a file rather than to paper. */
    public boolean savedToFile() {
        return file.isPresent();
    }

    /** One line for the cashier: "Pas d’imprimante : reçu enregistré dans …" and the like. */
    public String describe(Messages messages) {
        return switch (outcome) {
            case PRINTED -> messages.get("receipt.print.printed", printerName.orElse(""));
            case SAVED_NO_PRINTER -> messages.get("receipt.print.noPrinter", file.orElseThrow().toString());
            case SAVED_PRINT_FAILED -> messages.get("receipt.print.failed", file.orElseThrow().toString());
            case CANCELLED -> messages.get("receipt.print.cancelled");
        };
    }
}
