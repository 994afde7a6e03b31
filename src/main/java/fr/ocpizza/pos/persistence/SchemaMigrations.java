package fr.ocpizza.pos.persistence;

import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** The shared schema's Flyway migrations ({@code db/migration}). */
public final class SchemaMigrations {

    private final Flyway flyway;

    public SchemaMigrations(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(false)
                // Out-of-order or missing migrations on a shared database are an operator error, not ours to hide.
                .validateMigrationNaming(true)
                .load();
    }

    /** Applies pending migrations; returns how many ran. */
    public int migrate() {
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    /** The schema version of the database, empty when no migration ran yet. */
    public Optional<String> databaseVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    /** The newest schema version this build knows. */
    public String buildVersion() {
        MigrationInfo[] all = flyway.info().all();
        return all.length == 0 ? "none" : all[all.length - 1].getVersion().getVersion();
    }

    public int pendingCount() {
        return flyway.info().pending().length;
    }
}
