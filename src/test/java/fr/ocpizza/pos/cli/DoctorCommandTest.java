package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ocpizza.pos.testsupport.Migrations;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

    /** Nothing listens on port 1 of the loopback: connections are refused at once. */
    private static final String CLOSED_REDIS = "redis://127.0.0.1:1";
    private static final String CLOSED_DB = "jdbc:postgresql://127.0.0.1:1/ocpizza";
    /** Trust authentication on the test server: any password connects, and none may be printed. */
    private static final String PASSWORD = "Pizz@-Secr3t";

    @RegisterExtension
    static final SeededCli cli = new SeededCli();

    @Test
    void everyCheckPassesAgainstTheTestDatabaseAndRedis() {
        CliRunner.Result result = cli.run("doctor");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.outLines()).hasSize(7).allMatch(line -> line.startsWith("[ OK ] "));
        assertThat(result.out())
                .contains("[ OK ] configuration: sources defaults")
                .contains("[ OK ] secrets: ")
                .containsPattern("\\[ OK ] logs: \\S+/ocpizza.log, level INFO, a file a day, 14 days kept")
                .containsPattern("\\[ OK ] database: " + cli.database().url() + " reachable \\(PostgreSQL \\d+")
                .contains("[ OK ] schema: version " + Migrations.latest() + " matches this build")
                .contains("[ OK ] store: 1 OC Pizza Bastille")
                .contains("[ OK ] redis: " + TestRedis.url() + " reachable");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void redisOnAClosedPortFailsWithWhatToDo() {
        CliRunner.Result result = cli.with("OCPIZZA_REDIS_URL", CLOSED_REDIS).run("doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[ OK ] database: ")
                .contains("[FAIL] redis: redis://127.0.0.1:1 unreachable: Connection refused"
                        + " — start Redis or empty redis.url");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void databaseOnAClosedPortIsAFailLineNotAnExceptionAndDoesNotHang() {
        Instant start = Instant.now();

        CliRunner.Result result = cli.with("OCPIZZA_DB_URL", CLOSED_DB).run("doctor");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("[FAIL] database: " + CLOSED_DB + " unreachable: Connection refused — start PostgreSQL")
                .contains("[SKIP] schema: needs the database")
                .contains("[ OK ] redis: ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void withoutRedisLiveUpdatesStayInProcess() {
        CliRunner.Result result = cli.with("OCPIZZA_REDIS_URL", "").run("doctor");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("[ OK ] live updates: in-process (no Redis configured)");
    }

    @Test
    void aStoreIdUnknownToTheDatabaseFailsNamingTheStores() {
        CliRunner.Result result = cli.with("OCPIZZA_STORE_ID", "9").run("doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[FAIL] store: store.id=9 does not exist: stores are 1..5");
    }

    @Test
    void aMalformedSettingFailsTheConfigurationCheck() {
        CliRunner.Result result = cli.with("OCPIZZA_STORE_ID", "abc").run("doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[FAIL] configuration: Setting store.id=abc is not a whole number");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anEmptyDatabaseFailsTheSchemaCheckAndSaysToMigrate() {
        try (TestDatabase empty = TestPostgres.newEmptyDatabase()) {
            CliRunner.Result result = CliRunner.against(empty, TestRedis.url()).run("doctor");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out())
                    .contains("[FAIL] schema: empty database, this build needs version " + Migrations.latest() + " — run `ocpizza db migrate`")
                    .contains("[SKIP] store: needs the schema");
        }
    }

    @Test
    void aSecretsFileOpenToOthersWarnsWithTheChmodThatFixesItAndDoctorStillPasses(@TempDir Path configHome) throws IOException {
        Path secrets = secretsFile(configHome, "rw-r--r--");

        CliRunner.Result result = cli.without("OCPIZZA_DB_PASSWORD").with("XDG_CONFIG_HOME", configHome.toString()).run("doctor");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out())
                .contains("[WARN] secrets: Secrets file " + secrets + " is open to its group and to other users (rw-r--r--):"
                        + " run `chmod 600 " + secrets + "`.")
                .contains("[ OK ] database: ")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aSecretsFileReadableByItsOwnerOnlyIsNamedAsTheSecretsSource(@TempDir Path configHome) throws IOException {
        Path secrets = secretsFile(configHome, "rw-------");

        CliRunner.Result result = cli.without("OCPIZZA_DB_PASSWORD").with("XDG_CONFIG_HOME", configHome.toString()).run("doctor");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains("[ OK ] secrets: db.password from " + secrets).doesNotContain("[WARN]");
    }

    @Test
    void aSecretInTheSystemConfigurationFileWarnsNamingTheFileAndTheKeyNotTheValue(@TempDir Path systemDir) throws IOException {
        Path file = Files.writeString(systemDir.resolve("ocpizza.properties"), "db.password=" + PASSWORD + "\n");

        CliRunner.Result result = cli.without("OCPIZZA_DB_PASSWORD").with("OCPIZZA_SYSTEM_CONFIG_DIR", systemDir.toString()).run("doctor");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out())
                .contains("[ OK ] configuration: sources defaults, " + file)
                .contains("[WARN] secrets: db.password is set in " + file + ", a configuration file: move it to"
                        + " OCPIZZA_DB_PASSWORD or to a secrets file readable only by its owner (secrets.properties).")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aBadWorkspaceFailsTheConfigurationCheckWithTheWorkspacesToChooseFrom() {
        CliRunner.Result result = cli.with("OCPIZZA_UI_WORKSPACE", "cuisine").run("doctor");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[FAIL] configuration: Setting ui.workspace=cuisine is not a workspace:"
                + " use counter, kitchen, backoffice, or leave it empty");
    }

    @Test
    void jsonGivesEveryCheckWithItsNameStatusAndMessageAndTheOverallStatus() throws IOException {
        CliRunner.Result result = cli.run("doctor", "--json");

        assertThat(result.exitCode()).as(result.out()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(fieldNames(report)).containsExactly("status", "checks");
        assertThat(report.get("status").asText()).isEqualTo("ok");
        assertThat(report.get("checks")).hasSize(7).allSatisfy(check -> {
            assertThat(fieldNames(check)).containsExactly("name", "status", "message");
            assertThat(check.get("status").asText()).isEqualTo("ok");
            assertThat(check.get("message").asText()).isNotBlank();
        });
        assertThat(report.get("checks")).extracting(check -> check.get("name").asText())
                .containsExactly("configuration", "secrets", "logs", "database", "schema", "store", "redis");
    }

    @Test
    void jsonSaysWarnWithExitZeroThenFailWithExitOne(@TempDir Path configHome) throws IOException {
        secretsFile(configHome, "rw-r-----");
        CliRunner warned = cli.without("OCPIZZA_DB_PASSWORD").with("XDG_CONFIG_HOME", configHome.toString());

        CliRunner.Result warn = warned.run("doctor", "--json");
        CliRunner.Result fail = warned.with("OCPIZZA_REDIS_URL", CLOSED_REDIS).run("doctor", "--json");

        assertThat(warn.exitCode()).isZero();
        JsonNode warnReport = new ObjectMapper().readTree(warn.out());
        assertThat(warnReport.get("status").asText()).isEqualTo("warn");
        assertThat(warnReport.get("checks")).anySatisfy(check -> {
            assertThat(check.get("name").asText()).isEqualTo("secrets");
            assertThat(check.get("status").asText()).isEqualTo("warn");
            assertThat(check.get("message").asText()).contains("chmod 600");
        });
        assertThat(fail.exitCode()).isEqualTo(1);
        JsonNode failReport = new ObjectMapper().readTree(fail.out());
        assertThat(failReport.get("status").asText()).isEqualTo("fail");
        assertThat(failReport.get("checks")).anySatisfy(check -> {
            assertThat(check.get("name").asText()).isEqualTo("redis");
            assertThat(check.get("status").asText()).isEqualTo("fail");
        });
        assertThat(warn.out() + fail.out()).doesNotContain(PASSWORD);
    }

    @Test
    void jsonOfABadConfigurationFailsItAndSkipsTheDatabase() throws IOException {
        CliRunner.Result result = cli.with("OCPIZZA_STORE_ID", "abc").run("doctor", "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.get("status").asText()).isEqualTo("fail");
        assertThat(report.get("checks")).extracting(check -> check.get("name").asText() + " " + check.get("status").asText())
                .containsExactly("configuration fail", "database skip");
    }

    /** secrets.properties in the user config folder under {@code configHome}, with the given permissions. */
    private static Path secretsFile(Path configHome, String permissions) throws IOException {
        Path secrets = Files.createDirectories(configHome.resolve("ocpizza")).resolve("secrets.properties");
        Files.writeString(secrets, "db.password=" + PASSWORD + "\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString(permissions));
        return secrets;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
