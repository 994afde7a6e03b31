package fr.ocpizza.pos.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The terminal's one CSV writer, byte for byte, and read back by a strict RFC 4180 reader. */
class CsvWriterTest {

    @Test
    void writesTheHeaderThenOneLineFeedTerminatedRecordPerRow() {
        StringWriter out = new StringWriter();

        CsvWriter.write(out, List.of("store_id", "revenue_eur"), List.of(List.of(1, "32.00"), List.of(2, "0.50")));

        assertThat(out).hasToString("store_id,revenue_eur\n1,32.00\n2,0.50\n");
    }

    @Test
    void quotesACellWithTheSeparatorAndDoublesItsQuotes() {
        StringWriter out = new StringWriter();

        CsvWriter.write(out, List.of("reason", "reference"),
                List.of(List.of("Date dépassée, \"lot 12\"", "METRO-7781")));

        assertThat(out).hasToString("reason,reference\n\"Date dépassée, \"\"lot 12\"\"\",METRO-7781\n");
    }

    @Test
    void keepsALineBreakInsideItsQuotedCell() {
        StringWriter out = new StringWriter();

        CsvWriter.write(out, List.of("note", "n"), List.of(List.of("2e étage\r\ncode 1234", 1), List.of("x\ny", 2)));

        assertThat(out).hasToString("note,n\n\"2e étage\r\ncode 1234\",1\n\"x\ny\",2\n");
        assertThat(readBack(out)).extracting(r -> r.get(0)).containsExactly("note", "2e étage\r\ncode 1234", "x\ny");
    }

    @Test
    void writesANullCellEmptyAndUnquoted() {
        StringWriter out = new StringWriter();

        CsvWriter.write(out, List.of("staff", "reason", "order_id"), List.of(Arrays.asList("Léa", null, null),
                Arrays.asList(null, "Casse", 42L)));

        assertThat(out).hasToString("staff,reason,order_id\nLéa,,\n,Casse,42\n");
    }

    @Test
    void leavesPlainCellsAndASemicolonUnquoted() {
        StringWriter out = new StringWriter();

        CsvWriter.write(out, List.of("product", "can_be_made"), List.of(List.of("½ Reine + ½ 4 fromages; sans olives", true)));

        assertThat(out).hasToString("product,can_be_made\n½ Reine + ½ 4 fromages; sans olives,true\n");
    }

    @Test
    void leavesTheTargetOpenForWhatFollows() {
        StringWriter out = new StringWriter();

        CsvWriter.write(out, List.of("a"), List.of(List.of("1")));
        out.write("still open\n");

        assertThat(out).hasToString("a\n1\nstill open\n");
    }

    private static List<CSVRecord> readBack(StringWriter out) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
