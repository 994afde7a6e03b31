package fr.ocpizza.pos.ui.receipt;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;

/**
 * A receipt as a PNG file, one pixel per printer dot: the fallback when no printer is set. The
 * node is laid out and drawn on the JavaFX thread; the pixels are copied and the file written on
 * the caller's thread, which must not be the JavaFX thread (no file I/O there).
 */
public final class ReceiptImage {

    private static final long RENDER_TIMEOUT_SECONDS = 10;

    private ReceiptImage() {
    }

    /** Draws the receipt; on the JavaFX thread only. */
    public static WritableImage render(ReceiptLayout layout) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("A receipt is drawn on the JavaFX Application Thread");
        }
        ReceiptNode node = new ReceiptNode(layout);
        // A scene of its own applies the receipt's CSS and lays it out before the snapshot.
        new Scene(new Group(node), Color.WHITE);
        node.applyCss();
        node.autosize();
        // Exactly the paper's width, even if a font draws a hair wider than it measures.
        node.setClip(new Rectangle(node.getWidth(), node.getHeight()));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return node.snapshot(parameters, null);
    }

    /**
     * Draws the receipt on the JavaFX thread and writes it to {@code file} as a PNG; from a
     * background thread. Returns the file.
     */
    public static Path writePng(ReceiptLayout layout, Path file) throws IOException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Write receipts from a background task, not the JavaFX Application Thread");
        }
        CompletableFuture<WritableImage> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                drawn.complete(render(layout));
            } catch (RuntimeException | Error failure) {
                drawn.completeExceptionally(failure);
            }
        });
        WritableImage image;
        try {
            image = drawn.get(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while drawing the receipt", interrupted);
        } catch (ExecutionException | TimeoutException failure) {
            throw new IOException("Could not draw the receipt: " + failure.getMessage(), failure);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(toBufferedImage(image), "png", file.toFile())) {
            throw new IOException("No PNG writer in this Java runtime");
        }
        return file;
    }

    /** The image's pixels, copied one by one: no javafx-swing needed. */
    static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                copy.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return copy;
    }
}
