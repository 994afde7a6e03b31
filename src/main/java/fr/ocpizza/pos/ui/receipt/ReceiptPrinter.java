package fr.ocpizza.pos.ui.receipt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints receipts through {@code javafx.print} on the printer named by {@code ui.receipt.printer}, or
 * on the system's default printer when none is named; or, when no printer is set
 * (a headless CI machine, a terminal without its printer) or printing fails, writes them as PNG
 * files into a fallback folder so that nothing is lost. The cashier is told which by the
 * {@link ReceiptPrintResult}.
 * <p>
 * Call {@link #print} and {@link #printWithDialog} from a background task, never the JavaFX
 * thread: they talk to the print system and write files. Only the receipt's node and the print
 * dialog are made on the JavaFX thread.
 */
public final class ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPrinter.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    /** The cashier may take a while in the print dialog. */
    private static final long DIALOG_TIMEOUT_MINUTES = 10;
    private static final long NODE_TIMEOUT_SECONDS = 10;

    private final Path fallbackFolder;
    private final Optional<String> printerName;
    private final Clock clock;

    /** Prints on the system's default printer. */
    public ReceiptPrinter(Path fallbackFolder, Clock clock) {
        this(fallbackFolder, Optional.empty(), clock);
    }

    /**
     * @param fallbackFolder where receipts are saved as PNG files when they cannot be printed
     * @param printerName    the printer's name in the system; empty: the default printer
     * @param clock          names the files by the time they were saved
     */
    public ReceiptPrinter(Path fallbackFolder, Optional<String> printerName, Clock clock) {
        this.fallbackFolder = Objects.requireNonNull(fallbackFolder);
        this.printerName = Objects.requireNonNull(printerName);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Prints on the default printer straight away, or saves a PNG. From a background thread. */
    public ReceiptPrintResult print(ReceiptLayout layout) throws IOException {
        return print(layout, false, null);
    }

    /**
     * Shows the print dialog first, as the preview where the cashier picks a printer and copies;
     * cancelling prints nothing. Without a printer, saves a PNG as {@link #print} does.
     *
     * @param owner the window the dialog belongs to; may be null
     */
    public ReceiptPrintResult printWithDialog(ReceiptLayout layout, Window owner) throws IOException {
        return print(layout, true, owner);
    }

    private ReceiptPrintResult print(ReceiptLayout layout, boolean dialog, Window owner) throws IOException {
        Objects.requireNonNull(layout);
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Print receipts from a background task, not the JavaFX Application Thread");
        }
        if (printerName.isPresent()) {
            Optional<Printer> named = namedPrinter(printerName.get());
            if (named.isEmpty()) {
                // Not the default printer instead: it may be the kitchen's, and a receipt there is lost.
                Path file = saveAsPng(layout);
                LOG.warn("No printer named '{}' (ui.receipt.printer): receipt saved as {}", printerName.get(), file);
                return ReceiptPrintResult.savedAfterFailure(printerName.get(), file);
            }
            return print(named.get(), layout, dialog, owner);
        }
        Printer printer = defaultPrinter();
        if (printer == null) {
            Path file = saveAsPng(layout);
            LOG.info("No printer set: receipt saved as {}", file);
            return ReceiptPrintResult.savedWithoutPrinter(file);
        }
        return print(printer, layout, dialog, owner);
    }

    private ReceiptPrintResult print(Printer printer, ReceiptLayout layout, boolean dialog, Window owner) throws IOException {
        String printerName = printer.getName();
        try {
            PrinterJob job = PrinterJob.createPrinterJob(printer);
            if (job == null) {
                throw new IOException("The print system refused a job for " + printerName);
            }
            if (dialog && !onFxThread(() -> job.showPrintDialog(owner), DIALOG_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                job.cancelJob();
                return ReceiptPrintResult.cancelled(printerName);
            }
            ReceiptNode node = onFxThread(() -> ReceiptPages.laidOut(layout), NODE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String usedPrinter = job.getPrinter().getName();
            ReceiptPages.print(job, node);
            return ReceiptPrintResult.printed(usedPrinter);
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Printing a receipt on {} failed; saving it as a PNG instead", printerName, failure);
            return ReceiptPrintResult.savedAfterFailure(printerName, saveAsPng(layout));
        }
    }

    /** The printer of that name (the exact name, else ignoring case); empty if the print system has none. */
    private static Optional<Printer> namedPrinter(String name) {
        Set<Printer> all;
        try {
            all = Printer.getAllPrinters();
        } catch (RuntimeException noPrintSystem) {
            LOG.debug("No print system: {}", noPrintSystem.toString());
            return Optional.empty();
        }
        return all.stream().filter(printer -> printer.getName().equals(name)).findFirst()
                .or(() -> all.stream().filter(printer -> printer.getName().equalsIgnoreCase(name)).findFirst());
    }

    /** The system's default printer, or null when there is none or the print system cannot say. */
    private static Printer defaultPrinter() {
        try {
            return Printer.getDefaultPrinter();
        } catch (RuntimeException noPrintSystem) {
            LOG.debug("No print system: {}", noPrintSystem.toString());
            return null;
        }
    }

    /** Writes the receipt as {@code <kind>-<time>.png} in the fallback folder; never overwrites. */
    private Path saveAsPng(ReceiptLayout layout) throws IOException {
        Files.createDirectories(fallbackFolder);
        String stem = layout.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + LocalDateTime.now(clock.withZone(ReceiptLayout.PARIS)).format(FILE_TIME);
        Path file = fallbackFolder.resolve(stem + ".png");
        for (int copy = 2; Files.exists(file); copy++) {
            file = fallbackFolder.resolve(stem + "-" + copy + ".png");
        }
        return ReceiptImage.writePng(layout, file);
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result. */
    private static <T> T onFxThread(Callable<T> work, long timeout, TimeUnit unit) throws IOException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get(timeout, unit);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while preparing the receipt", interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IOException("Could not prepare the receipt: " + failure.getMessage(), failure);
        }
    }
}
