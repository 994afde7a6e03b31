package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.Migrations;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DbCommandTest {

    private static final int MIGRATIONS = Migrations.count();
    private static final int LATEST = Migrations.latest();


    private TestDatabase testDb;
    private CliRunner cli;

    @BeforeEach
    void emptyDatabase() {
        testDb = TestPostgres.newEmptyDatabase();
        cli = CliRunner.against(testDb, TestRedis.url());
    }

    @AfterEach
    void dropDatabase() {
        testDb.close();
    }

    @Test
    void migrateAppliesTheSchemaOnceThenHasNothingLeftToApply() {
        CliRunner.Result first = cli.run("db", "migrate");
        CliRunner.Result second = cli.run("db", "migrate");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo("Schema at version " + LATEST + " (" + MIGRATIONS + " migration(s) applied)\n");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo("Schema at version " + LATEST + " (0 migration(s) applied)\n");
        assertThat(first.err() + second.err()).isEmpty();
    }

    @Test
    void statusShowsThePendingMigrationsBeforeMigrateAndNoneAfter() {
        CliRunner.Result before = cli.run("db", "status");
        cli.run("db", "migrate");
        CliRunner.Result after = cli.run("db", "status");

        assertThat(before.exitCode()).isZero();
        assertThat(before.out()).contains("Database: " + testDb.url())
                .contains("Schema at version none, this build: " + LATEST + ", pending: " + MIGRATIONS);
        assertThat(after.out()).contains("Schema at version " + LATEST + ", this build: " + LATEST + ", pending: 0");
    }

    @Test
    void seedDemoLoadsTheChainOnceAndAddsNothingTheSecondTime() {
        cli.run("db", "migrate");

        CliRunner.Result first = cli.run("db", "seed", "--demo");
        CliRunner.Result second = cli.run("db", "seed", "--demo");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).startsWith("Demo data added: 5 store(s), ").contains("21 staff member(s)");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo("Demo data already present: nothing added\n");
    }

    @Test
    void seedWithoutDemoIsRefusedAsAUsageError() {
        cli.run("db", "migrate");

        CliRunner.Result result = cli.run("db", "seed");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("ocpizza: error: `db seed` only loads the demo data and needs --demo");
    }

    @Test
    void seedBeforeMigrateSaysToMigrateFirst() {
        CliRunner.Result result = cli.run("db", "seed", "--demo");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .contains("is at version none but this build needs version " + LATEST + ": run `ocpizza db migrate` first");
    }

}
