package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class StockCommandTest {

    @RegisterExtension
    static final SeededCli cli = new SeededCli();

    @Test
    void exportWritesEveryIngredientOfTheStoreWithItsStatus() {
        CliRunner.Result result = cli.run("stock", "export", "--store", "5");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).isEqualTo("ingredient_code,ingredient,unit,quantity,low_threshold,status");
        // The demo's store 5 has no burrata left (demo-data.sql).
        assertThat(result.outLines()).anyMatch(line -> line.matches("burrata,Burrata des Pouilles,g,0,\\d+,OUT"));
        assertThat(result.outLines()).hasSize(1 + 52);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void exportShowsALowStockAsLow() {
        CliRunner.Result result = cli.run("stock", "export", "--store", "3");

        assertThat(result.outLines()).contains("ham,Jambon blanc,g,800,1000,LOW");
    }

    @Test
    void exportToAFileWritesItAndSaysWhere(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("stock-5.csv");

        CliRunner.Result result = cli.run("stock", "export", "--store", "5", "--output", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Wrote 52 ingredient(s) to " + file.toAbsolutePath() + "\n");
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(53)
                .first().isEqualTo("ingredient_code,ingredient,unit,quantity,low_threshold,status");
        assertThat(folder.toFile().list()).containsExactly("stock-5.csv");
    }

    @Test
    void exportIntoAMissingFolderIsOneLineAndNoFile(@TempDir Path folder) {
        Path file = folder.resolve("nowhere").resolve("stock.csv");

        CliRunner.Result result = cli.run("stock", "export", "--store", "5", "--output", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("ocpizza: error: Cannot write " + file + ": the folder " + file.getParent()
                        + " does not exist. Create it or choose another --output.");
    }

    @Test
    void anUnknownStoreIsAUsageErrorNamingTheStores() {
        CliRunner.Result result = cli.run("stock", "export", "--store", "99");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("ocpizza: error: Store 99 does not exist: stores are 1..5.");
    }
}
