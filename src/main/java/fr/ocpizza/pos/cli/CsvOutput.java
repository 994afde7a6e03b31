package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.application.export.CsvFiles;
import fr.ocpizza.pos.application.export.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an export as CSV ({@link CsvWriter}: RFC 4180 quoting, one header row) to standard output
 * or to a file ({@link CsvFiles}: UTF-8, moved into place whole), and turns a file that cannot be
 * written into a sentence that says which {@code --output} to choose.
 */
final class CsvOutput {

    private CsvOutput() {
    }

    /**
     * Writes the header and the rows to {@code file}, or to {@code out} when {@code file} is null;
     * for a file, tells on {@code out} how many rows of {@code what} went where.
     */
    static void write(PrintWriter out, Path file, List<String> header, List<List<?>> rows, String what) {
        if (file == null) {
            CsvWriter.write(out, header, rows);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        try {
            CsvFiles.write(target, writer -> CsvWriter.write(writer, header, rows));
        } catch (NoSuchFileException e) {
            throw new CliFailure("Cannot write " + file + ": the folder " + target.getParent()
                    + " does not exist. Create it or choose another --output.", e);
        } catch (AccessDeniedException e) {
            throw new CliFailure("Cannot write " + file + ": permission denied. Choose another --output.", e);
        } catch (IOException | UncheckedIOException e) {
            throw new CliFailure("Cannot write " + file + " (" + CliErrors.rootMessage(e) + "). Choose another --output.",
                    e);
        }
        out.println("Wrote " + rows.size() + " " + what + " to " + target);
    }
}
