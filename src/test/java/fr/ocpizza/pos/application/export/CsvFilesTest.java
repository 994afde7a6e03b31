package fr.ocpizza.pos.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export files: UTF-8 without a byte-order mark, whole or not at all. */
class CsvFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesUtf8WithoutAByteOrderMark() throws IOException {
        Path file = folder.resolve("ledger.csv");

        CsvFiles.write(file, out -> CsvWriter.write(out, List.of("ingredient"), List.of(List.of("Pâte à pizza"))));

        assertThat(Files.readAllBytes(file)).isEqualTo("ingredient\nPâte à pizza\n".getBytes(StandardCharsets.UTF_8));
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    void aFailedExportLeavesThePreviousFileAndNoPartialOne() throws IOException {
        Path file = folder.resolve("summary.csv");
        Files.writeString(file, "previous\n");

        assertThatThrownBy(() -> CsvFiles.write(file, out -> {
            out.write("half a");
            throw new UncheckedIOException(new IOException("disk full"));
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("previous\n");
        assertThat(filesIn(folder)).containsExactly(file);
    }

    @Test
    void aMissingFolderIsReportedAsSuch() {
        Path file = folder.resolve("missing").resolve("stock.csv");

        assertThatThrownBy(() -> CsvFiles.write(file, out -> out.write("x"))).isInstanceOf(NoSuchFileException.class);
    }

    private static java.util.List<Path> filesIn(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
