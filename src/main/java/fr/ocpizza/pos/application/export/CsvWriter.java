package fr.ocpizza.pos.application.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the terminal writes CSV (command line, reports, stock ledger): RFC 4180 quoting (a
 * cell with a comma, a quote or a line break is quoted, its quotes doubled), LF line ends, one
 * header row, a null cell written as an empty one. Numbers and dates are formatted by the caller
 * (euros as {@code 32.00}, ISO dates), so every export reads the same.
 *
 * <p>The writer does not own its target and never closes it: standard output must stay open, and
 * a file is opened, encoded (UTF-8) and moved into place by {@link CsvFiles}.
 */
public final class CsvWriter {

    // LF rather than RFC 4180's CRLF: the command line's output is mostly piped to grep, wc or a
    // script, and spreadsheets read both.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;

    private CsvWriter(Appendable out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a whole table, header first, and flushes it. */
    public static void write(Appendable out, List<String> header, Iterable<? extends List<?>> rows) {
        write(out, header, rows.iterator());
    }

    /** Writes a whole table, header first, and flushes it; the rows are read once, as they come. */
    public static void write(Appendable out, List<String> header, Iterator<? extends List<?>> rows) {
        CsvWriter writer = new CsvWriter(out);
        writer.row(header);
        while (rows.hasNext()) {
            writer.row(rows.next());
        }
        writer.flush();
    }

    /** One record; a null cell is written empty, anything else by its {@code toString()}. */
    private void row(List<?> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pushes what is buffered to the target, which stays open. */
    private void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
