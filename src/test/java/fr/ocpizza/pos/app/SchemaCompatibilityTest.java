package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.persistence.SchemaMismatchException;
import fr.ocpizza.pos.persistence.SchemaVersion;
import fr.ocpizza.pos.testsupport.Migrations;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A terminal against a schema that a newer build migrated: same major (additive) it starts, a
 * newer major it refuses with the French message. The newer build is simulated by the row its
 * migration would have left in Flyway's history.
 */
class SchemaCompatibilityTest {

    private TestDatabase database;

    @BeforeEach
    void seededDatabase() {
        database = TestPostgres.newDatabase();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aSchemaOfANewerMajorIsRefusedWithWhatToDo() throws SQLException {
        applyMigrationOfANewerBuild("200", "next major");

        assertThatThrownBy(() -> AppContext.start(config()))
                .isInstanceOfSatisfying(SchemaMismatchException.class,
                        e -> assertThat(e.fit()).isEqualTo(SchemaVersion.Fit.NEWER_MAJOR))
                .hasMessageStartingWith("La base est au schéma 2.x (migration V200), cette version du terminal connaît 1.x (jusqu’à V"
                        + Migrations.latest() + ") : mettez le terminal à jour");
    }

    @Test
    void aNewerSchemaOfTheSameMajorStartsAndIsReportedCompatible() throws SQLException {
        applyMigrationOfANewerBuild("150", "additive change");

        try (AppContext context = AppContext.start(config())) {
            assertThat(context.storeName()).isPresent();
            SchemaVersion schema = context.database().migrations().version();
            assertThat(schema.fit()).isEqualTo(SchemaVersion.Fit.NEWER_COMPATIBLE);
            assertThat(schema.database()).contains("150");
        }
    }

    @Test
    void migrateIgnoresTheNewerMigrationsItDoesNotKnow() throws SQLException {
        applyMigrationOfANewerBuild("150", "additive change");

        try (Database db = database.connect()) {
            // Flyway's validation would otherwise fail on "applied migration not resolved locally".
            assertThat(db.migrations().migrate()).isZero();
        }
    }

    @Test
    void majorsAreHundredsOfMigrationNumbersStartingAtOne() {
        assertThat(SchemaVersion.majorOf("1")).isEqualTo(1);
        assertThat(SchemaVersion.majorOf("5")).isEqualTo(1);
        assertThat(SchemaVersion.majorOf("199")).isEqualTo(1);
        assertThat(SchemaVersion.majorOf("200")).isEqualTo(2);
        assertThat(SchemaVersion.majorOf("310.1")).isEqualTo(3);
    }

    private AppConfig config() {
        Map<String, String> values = new HashMap<>(database.configValues());
        values.put(AppConfig.REDIS_URL, "");
        return AppConfig.of(values);
    }

    /** The history row a newer build's {@code db migrate} leaves behind. */
    private void applyMigrationOfANewerBuild(String version, String description) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO flyway_schema_history"
                     + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                     + " SELECT max(installed_rank) + 1, ?, ?, 'SQL', ?, 0, 'newer-build', 1, true FROM flyway_schema_history")) {
            insert.setString(1, version);
            insert.setString(2, description);
            insert.setString(3, "V" + version + "__" + description.replace(' ', '_') + ".sql");
            insert.executeUpdate();
        }
    }
}
