package fr.ocpizza.pos.application.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export file as UTF-8 beside its target and then moves it into place, so that a failed
 * export (a full disk, a refused read, a lost database) never leaves half a file where a
 * spreadsheet expects a whole one, nor spoils the previous export of the same name.
 *
 * <p>No byte-order mark: the files are read by scripts and by LibreOffice, which both take UTF-8
 * as it is; a mark would only help Excel's double-click, which splits on semicolons in France
 * anyway (its "Données › À partir d'un fichier texte/CSV" reads these files right).
 */
public final class CsvFiles {

    /** What writes the file's content; the writer is closed by {@link CsvFiles}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private CsvFiles() {
    }

    /**
     * Writes {@code file} with the content; on any failure the file is left as it was and the
     * failure is thrown ({@link UncheckedIOException}s unwrapped to their {@link IOException}).
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        // A plain sibling file (not createTempFile): it keeps the permissions a file written by hand would get.
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        boolean moved = false;
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            moveIntoPlace(temporary, target);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Only a leftover hidden .part file: the error that matters is already on its way.
        }
    }
}
