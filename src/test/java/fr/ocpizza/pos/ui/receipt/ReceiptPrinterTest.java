package fr.ocpizza.pos.ui.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ocpizza.pos.ui.common.Messages;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.print.Printer;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Printing with the PNG fallback, on the real print system of a headless machine: no printer is
 * set there, so the receipt must land in the fallback folder. On a machine with a printer these
 * tests are skipped rather than print.
 */
@ExtendWith(ApplicationExtension.class)
class ReceiptPrinterTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-25T11:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final ReceiptLayout receipt = ReceiptLayout.customerReceipt(ReceiptOrders.reineAndPeroniPaidCash(),
            ReceiptOrders.STORE, Locale.FRENCH);

    @Start
    void start(Stage stage) {
        // Only JavaFX is needed, not a window.
    }

    @BeforeEach
    void requireNoPrinter() {
        assumeTrue(Printer.getDefaultPrinter() == null, "a printer is set on this machine: not printing from a test");
    }

    @Test
    void withoutAPrinterTheReceiptIsSavedAsAPngAndTheCashierIsToldWhere() throws Exception {
        Path receipts = folder.resolve("receipts");

        ReceiptPrintResult result = new ReceiptPrinter(receipts, NOON).print(receipt);

        assertThat(result.outcome()).isEqualTo(ReceiptPrintResult.Outcome.SAVED_NO_PRINTER);
        assertThat(result.savedToFile()).isTrue();
        Path file = result.file().orElseThrow();
        assertThat(file).exists().hasParent(receipts).hasFileName("customer-receipt-20261125-120000-000.png");
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(Paper.WIDTH_PX);
        assertThat(result.describe(Messages.french())).isEqualTo("Pas d’imprimante : reçu enregistré dans " + file);
        assertThat(result.describe(Messages.forLocale(Locale.ENGLISH))).isEqualTo("No printer: receipt saved in " + file);
    }

    @Test
    void aPrinterNamedInTheSettingsThatDoesNotExistSavesAPngAndSaysPrintingFailed() throws Exception {
        ReceiptPrinter printer = new ReceiptPrinter(folder, Optional.of("EPSON_TM-T20III"), NOON);

        ReceiptPrintResult result = printer.print(receipt);

        assertThat(result.outcome()).isEqualTo(ReceiptPrintResult.Outcome.SAVED_PRINT_FAILED);
        assertThat(result.printerName()).contains("EPSON_TM-T20III");
        assertThat(result.file().orElseThrow()).exists().hasParent(folder);
    }

    @Test
    void askingForThePrintDialogWithoutAPrinterSavesTooAndNeverOverwrites() throws Exception {
        ReceiptPrinter printer = new ReceiptPrinter(folder, NOON);

        Path first = printer.print(receipt).file().orElseThrow();
        ReceiptPrintResult second = printer.printWithDialog(receipt, null);

        assertThat(second.outcome()).isEqualTo(ReceiptPrintResult.Outcome.SAVED_NO_PRINTER);
        assertThat(second.file()).isPresent();
        assertThat(second.file().orElseThrow()).exists().isNotEqualTo(first).hasFileName("customer-receipt-20261125-120000-000-2.png");
        assertThat(first).exists();
    }

    @Test
    void printingFromTheJavaFxThreadIsRefused() throws Exception {
        ReceiptPrinter printer = new ReceiptPrinter(folder, NOON);

        Throwable refused = WaitForAsyncUtils.asyncFx(() -> {
            try {
                printer.print(receipt);
                return null;
            } catch (IllegalStateException expected) {
                return expected;
            }
        }).get(10, TimeUnit.SECONDS);

        assertThat(refused).isInstanceOf(IllegalStateException.class).hasMessageContaining("background task");
        assertThatThrownBy(() -> printer.print(null)).isInstanceOf(NullPointerException.class);
    }
}
