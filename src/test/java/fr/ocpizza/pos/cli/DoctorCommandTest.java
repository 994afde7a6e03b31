package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.Migrations;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DoctorCommandTest {

    /** Nothing listens on port 1 of the loopback: connections are refused at once. */
    private static final String CLOSED_REDIS = "redis://127.0.0.1:1";
    private static final String CLOSED_DB = "jdbc:postgresql://127.0.0.1:1/ocpizza";

    @RegisterExtension
    static final SeededCli cli = new SeededCli();

    @Test
    void everyCheckPassesAgainstTheTestDatabaseAndRedis() {
        CliRunner.Result result = cli.run("doctor");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.outLines()).hasSize(5).allMatch(line -> line.startsWith("[ OK ] "));
        assertThat(result.out())
                .contains("[ OK ] configuration: sources defaults")
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
}
