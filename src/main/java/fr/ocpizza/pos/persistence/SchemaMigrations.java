package fr.ocpizza.pos.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The shared schema's Flyway migrations ({@code db/migration}). Versions carry the schema's major
 * ({@link SchemaVersion}): within a major, migrations only add, so a terminal of an older build
 * keeps working on a schema that a newer one migrated.
 */
public final class SchemaMigrations {

    private static final String LOCATION = "db/migration";

    private final Flyway flyway;

    public SchemaMigrations(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + LOCATION)
                .baselineOnMigrate(false)
                // Out-of-order or missing migrations on a shared database are an operator error, not ours to hide.
                .validateMigrationNaming(true)
                // An older terminal on a schema a newer build migrated (additive, same major) must not fail
                // validation on the migrations it does not know: SchemaVersion decides whether it may run.
                .ignoreMigrationPatterns("*:future")
                .load();
    }

    /** Applies pending migrations; returns how many ran. */
    public int migrate() {
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    /** The schema version of the database (its newest applied migration), empty when no migration ran yet. */
    public Optional<String> databaseVersion() {
        return Arrays.stream(flyway.info().applied())
                .filter(MigrationInfo::isVersioned)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion);
    }

    /** The newest schema version this build knows. */
    public String buildVersion() {
        return Arrays.stream(flyway.info().all())
                .filter(info -> info.getState().isResolved() && info.isVersioned())
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("none");
    }

    public int pendingCount() {
        return flyway.info().pending().length;
    }

    /** Where this build stands against the database's schema: read only, nothing is migrated. */
    public SchemaVersion version() {
        String build = buildVersion();
        return new SchemaVersion(databaseVersion(), build.equals("none") ? "0" : build, pendingCount());
    }

    /** The migrations {@link #migrate()} would run, in order, with their SQL: read only. */
    public List<PendingMigration> pending() {
        return Arrays.stream(flyway.info().pending())
                .map(info -> new PendingMigration(info.getVersion().getVersion(), info.getDescription(), info.getScript(),
                        sqlOf(info.getScript())))
                .toList();
    }

    private static String sqlOf(String script) {
        String resource = LOCATION + "/" + script;
        try (InputStream in = SchemaMigrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migration " + resource, e);
        }
    }

    /** A migration not applied yet: its version, description, file and SQL text. */
    public record PendingMigration(String version, String description, String script, String sql) {
    }
}
