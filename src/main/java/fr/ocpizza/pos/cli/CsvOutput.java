package fr.ocpizza.pos.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an export as CSV (RFC 4180 quoting, UTF-8, one header row) to standard output or to a
 * file. A file is written beside its target and then moved into place, so a failed export never
 * leaves half a file where a spreadsheet expects a whole one.
 */
final class CsvOutput {

    // LF rather than RFC 4180's CRLF: the output is mostly piped to grep, wc or a script; spreadsheets read both.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CsvOutput() {
    }

    /**
     * Writes the header and the rows to {@code file}, or to {@code out} when {@code file} is null;
     * for a file, tells on {@code out} how many rows of {@code what} went where.
     */
    static void write(PrintWriter out, Path file, List<String> header, List<List<?>> rows, String what) {
        if (file == null) {
            print(out, header, rows);
            out.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            // A plain sibling file (not createTempFile): it keeps the permissions a file written by hand would get.
            temporary = target.resolveSibling("." + target.getFileName() + ".part");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                print(writer, header, rows);
            }
            moveIntoPlace(temporary, target);
            temporary = null;
        } catch (NoSuchFileException e) {
            throw new CliFailure("Cannot write " + file + ": the folder " + target.getParent()
                    + " does not exist. Create it or choose another --output.", e);
        } catch (AccessDeniedException e) {
            throw new CliFailure("Cannot write " + file + ": permission denied. Choose another --output.", e);
        } catch (IOException | UncheckedIOException e) {
            throw new CliFailure("Cannot write " + file + " (" + CliErrors.rootMessage(e) + "). Choose another --output.",
                    e);
        } finally {
            deleteQuietly(temporary);
        }
        out.println("Wrote " + rows.size() + " " + what + " to " + target);
    }

    private static void print(Appendable target, List<String> header, List<List<?>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(target, FORMAT);
            printer.printRecord(header);
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
            // Not closed: closing would close standard output with it.
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Only a leftover hidden .part file: the error that matters is already on its way.
        }
    }
}
