package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: help, version, usage errors and failures on one line, --debug, --config. */
class CliTest {

    private static final String CLOSED_DB = "jdbc:postgresql://127.0.0.1:1/ocpizza";

    @RegisterExtension
    static final SeededCli cli = new SeededCli();

    @ParameterizedTest
    @ValueSource(strings = {"", "db", "db migrate", "db seed", "db status", "doctor", "stock", "stock export", "orders",
            "orders export", "menu", "menu availability", "simulate", "simulate online"})
    void helpOfEveryCommandExitsZero(String command) {
        String[] args = (command + " --help").strip().split(" ");

        CliRunner.Result result = cli.run(args);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith(("Usage: ocpizza " + command).strip() + " ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void versionNamesTheProgram() {
        CliRunner.Result result = cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("ocpizza ");
    }

    @Test
    void anUnknownCommandIsOneLineAndExitTwo() {
        CliRunner.Result result = cli.run("stok");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString().isEqualTo("ocpizza: error: Unknown command 'stok': "
                + "commands are db, doctor, stock, orders, menu, simulate, terminals. Did you mean stock or doctor? See 'ocpizza --help'.");
    }

    @Test
    void aGroupWithoutItsCommandSaysWhichToChoose() {
        CliRunner.Result result = cli.run("db");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("ocpizza: error: Missing command: choose one of migrate, seed, status, backup, restore, backups. See 'ocpizza db --help'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-3"})
    void aBadStoreValueIsOneLineAndExitTwo(String store) {
        CliRunner.Result result = cli.run("stock", "export", "--store", store);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("ocpizza: error: Invalid value for option '--store': ")
                .endsWith("See 'ocpizza stock export --help'.");
    }

    @Test
    void aMissingStoreIsOneLineAndExitTwo() {
        CliRunner.Result result = cli.run("menu", "availability");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("Missing required option: '--store=N'");
    }

    @Test
    void anUnreachableDatabaseIsOneLineWithWhatToDoAndNoStackTrace() {
        CliRunner.Result result = cli.with("OCPIZZA_DB_URL", CLOSED_DB).run("stock", "export", "--store", "1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("ocpizza: error: Cannot connect to the database at " + CLOSED_DB + " as postgres"
                        + " (Connection refused). Check that the server runs and that db.url, db.user and"
                        + " OCPIZZA_DB_PASSWORD are right.");
    }

    @Test
    void debugAddsTheStackTraceWhereverItIsGiven() {
        CliRunner.Result before = cli.with("OCPIZZA_DB_URL", CLOSED_DB).run("--debug", "stock", "export", "--store", "1");
        CliRunner.Result after = cli.with("OCPIZZA_DB_URL", CLOSED_DB).run("stock", "export", "--store", "1", "--debug");

        for (CliRunner.Result result : new CliRunner.Result[] {before, after}) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.errLines().get(0)).startsWith("ocpizza: error: Cannot connect to the database");
            assertThat(result.err()).contains("fr.ocpizza.pos.config.ConfigException").contains("\tat fr.ocpizza.pos.cli.");
        }
    }

    @Test
    void aMalformedSettingIsOneLine() {
        CliRunner.Result result = cli.with("OCPIZZA_DB_POOL_SIZE", "lots").run("stock", "export", "--store", "1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("ocpizza: error: Setting db.pool.size=lots is not a whole number (set it in the config file"
                        + " or OCPIZZA_DB_POOL_SIZE).");
    }

    @Test
    void aMissingConfigFileIsOneLine(@TempDir Path folder) {
        Path missing = folder.resolve("missing.properties");

        CliRunner.Result result = cli.run("--config", missing.toString(), "db", "status");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .isEqualTo("ocpizza: error: Configuration file " + missing
                        + " does not exist: check the path given to --config.");
    }

    @Test
    void aConfigFileIsReadUnderTheEnvironment(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("terminal.properties");
        Files.writeString(file, "store.id=4\nredis.url=\n");

        CliRunner.Result result = cli.without("OCPIZZA_REDIS_URL").run("doctor", "--config", file.toString());

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains("sources defaults, " + file)
                .contains("[ OK ] store: 4 OC Pizza Butte-aux-Cailles")
                .contains("[ OK ] live updates: in-process (no Redis configured)");
    }

    @Test
    void theUserConfigFileComesFromXdgConfigHome(@TempDir Path home) throws IOException {
        Path file = home.resolve("ocpizza").resolve("ocpizza.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "store.id=2\n");

        CliRunner.Result result = cli.with("XDG_CONFIG_HOME", home.toString()).run("doctor");

        assertThat(result.out()).contains("sources defaults, " + file).contains("[ OK ] store: 2 OC Pizza Montmartre");
    }
}
