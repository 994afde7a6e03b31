package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.Migrations;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** doctor during a rollout: a newer schema of the same major passes, a newer major fails with what to do. */
class DoctorSchemaVersionTest {

    private TestDatabase database;
    private CliRunner cli;

    @BeforeEach
    void seededDatabase() {
        database = TestPostgres.newDatabase();
        cli = CliRunner.against(database, TestRedis.url());
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aNewerSchemaOfTheSameMajorIsCompatible() throws Exception {
        applyMigrationOfANewerBuild("150");

        CliRunner.Result result = cli.run("doctor");

        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains("[ OK ] schema: version 150 is newer than this build's " + Migrations.latest()
                + ", same major 1: compatible (update this terminal at the next rollout)");
    }

    @Test
    void aSchemaOfANewerMajorFailsWithTheRefusalOfTheTerminal() throws Exception {
        applyMigrationOfANewerBuild("200");

        CliRunner.Result result = cli.run("doctor");
        CliRunner.Result status = cli.run("db", "status");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[FAIL] schema: La base est au schéma 2.x (migration V200), cette version du terminal"
                + " connaît 1.x (jusqu’à V" + Migrations.latest() + ") : mettez le terminal à jour")
                .contains("[SKIP] store: needs the schema");
        assertThat(status.out()).contains("Major: database 2, this build 1 (newer major)");
    }

    private void applyMigrationOfANewerBuild(String version) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO flyway_schema_history"
                     + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                     + " SELECT max(installed_rank) + 1, ?, 'newer build', 'SQL', ?, 0, 'newer-build', 1, true"
                     + " FROM flyway_schema_history")) {
            insert.setString(1, version);
            insert.setString(2, "V" + version + "__newer_build.sql");
            insert.executeUpdate();
        }
    }
}
