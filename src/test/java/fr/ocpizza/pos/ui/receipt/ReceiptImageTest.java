package fr.ocpizza.pos.ui.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The PNG fallback, drawn headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class ReceiptImageTest {

    @Start
    void start(Stage stage) {
        // Only JavaFX is needed, not a window.
    }

    @Test
    void customerReceiptIsWrittenAsAPngOfThePapersWidth(@TempDir Path folder) throws Exception {
        ReceiptLayout receipt = ReceiptLayout.customerReceipt(ReceiptOrders.reineAndPeroniPaidCash(),
                ReceiptOrders.STORE, Locale.FRENCH);

        Path file = ReceiptImage.writePng(receipt, folder.resolve("receipt-42.png"));

        assertThat(file).exists();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(Paper.WIDTH_PX);
        assertThat(image.getHeight()).isGreaterThan(400);
        assertThat(darkPixels(image)).as("dark pixels: the text was drawn").isGreaterThan(2_000);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
    }

    @Test
    void kitchenTicketIsWrittenToo(@TempDir Path folder) throws Exception {
        ReceiptLayout ticket = ReceiptLayout.kitchenTicket(ReceiptOrders.reineAndPeroniPaidCash(),
                ReceiptOrders.STORE, Locale.FRENCH);

        BufferedImage image = ImageIO.read(ReceiptImage.writePng(ticket, folder.resolve("kitchen-42.png")).toFile());

        assertThat(image.getWidth()).isEqualTo(Paper.WIDTH_PX);
        assertThat(darkPixels(image)).isGreaterThan(1_000);
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (luminance < 96) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
