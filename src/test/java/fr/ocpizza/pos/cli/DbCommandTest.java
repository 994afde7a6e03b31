package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.Migrations;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
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
    void seedDemoWithoutHistoryLoadsTheBareChainOnceAndAddsNothingTheSecondTime() throws Exception {
        cli.run("db", "migrate");

        CliRunner.Result first = cli.run("db", "seed", "--demo", "--no-history");
        CliRunner.Result second = cli.run("db", "seed", "--demo", "--no-history");

        assertThat(first.exitCode()).isZero();
        assertThat(first.outLines()).singleElement().asString()
                .startsWith("Demo data added: 5 store(s), ").contains("21 staff member(s)");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo("Demo data already present: nothing added\n");
        assertThat(count("SELECT count(*) FROM customer_order")).isZero();
        assertThat(count("SELECT count(*) FROM stock_movement WHERE kind <> 'INITIAL'")).isZero();
    }

    @Test
    void seedDemoLoadsTheChainAndItsOrderHistoryOnceWithTheOpeningStockBeforeIt() throws Exception {
        cli.run("db", "migrate");

        CliRunner.Result first = cli.run("db", "seed", "--demo");
        CliRunner.Result second = cli.run("db", "seed", "--demo");

        assertThat(first.exitCode()).isZero();
        assertThat(first.outLines()).hasSize(2);
        assertThat(first.outLines().get(0)).startsWith("Demo data added: 5 store(s), ");
        assertThat(first.outLines().get(1)).matches("Order history added: [0-9,]+ orders \\([0-9,]+ cancelled\\) over the 56 days"
                + " before today at 5 pizzerias, [0-9,]+ stock movements, in [0-9.]+ s");
        assertThat(second.out()).isEqualTo("Demo data already present: nothing added\n"
                + "Order history not added: the database already holds orders\n");
        assertThat(count("SELECT count(DISTINCT business_date) FROM customer_order")).isEqualTo(56);
        // The opening stock comes first in the ledger's time order too.
        assertThat(count("SELECT count(*) FROM stock_movement WHERE kind <> 'INITIAL'"
                + " AND created_at <= (SELECT max(created_at) FROM stock_movement WHERE kind = 'INITIAL')")).isZero();
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(testDb.url(), testDb.user(), testDb.password());
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
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

    @Test
    void migrateDryRunListsEveryPendingMigrationAndCreatesNothing() throws Exception {
        CliRunner.Result result = cli.run("db", "migrate", "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).isEqualTo("Dry run, nothing changed: schema at version none, this build: " + LATEST
                + " (major 1)");
        assertThat(result.out()).contains(MIGRATIONS + " migration(s) would be applied, in this order:")
                .contains("V1 shared schema (V1__shared_schema.sql)")
                .contains("V5 report indexes (V5__report_indexes.sql)")
                .contains("    CREATE INDEX customer_order_report_idx ON customer_order (store_id, business_date)");
        assertThat(tablesIn(testDb)).isZero();
    }

    @Test
    void migrateDryRunOnAnOlderSchemaListsOnlyWhatIsMissingAndLeavesItAsItWas() throws Exception {
        Flyway.configure().dataSource(testDb.url(), testDb.user(), testDb.password())
                .locations("classpath:db/migration").target("3").load().migrate();

        CliRunner.Result result = cli.run("db", "migrate", "--dry-run");
        CliRunner.Result status = cli.run("db", "status");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("schema at version 3, this build: " + LATEST)
                .contains("V5 report indexes (V5__report_indexes.sql)")
                .doesNotContain("V1 shared schema", "V3 half and half");
        assertThat(status.out()).contains("Schema at version 3, this build: " + LATEST);
    }

    @Test
    void migrateIsRefusedOnASchemaOfANewerMajor() throws Exception {
        cli.run("db", "migrate");
        try (Connection connection = DriverManager.getConnection(testDb.url(), testDb.user(), testDb.password());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) SELECT max(installed_rank) + 1, '200', 'next major',"
                    + " 'SQL', 'V200__next_major.sql', 0, 'newer-build', 1, true FROM flyway_schema_history");
        }

        CliRunner.Result result = cli.run("db", "migrate", "--dry-run");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("La base est au schéma 2.x (migration V200), cette version du terminal connaît 1.x");
    }

    private static int tablesIn(TestDatabase database) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

}
