package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.stock.StockService;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeats;
import fr.ocpizza.pos.application.supervision.TerminalSupervision;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigException;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.persistence.SchemaMigrations;
import fr.ocpizza.pos.persistence.SchemaMismatchException;
import fr.ocpizza.pos.persistence.SchemaVersion;
import java.time.Clock;

/**
 * What one command works with: its configuration and an open database (the embedded server
 * started if no db.url is set). Commands open it in try-with-resources, so the pool and the
 * embedded server are closed whatever happens.
 */
final class CliSession implements AutoCloseable {

    private final AppConfig config;
    private final Database database;

    private CliSession(AppConfig config, Database database) {
        this.config = config;
        this.database = database;
    }

    /** Connects without looking at the schema: for {@code db migrate} and {@code db status}. */
    static CliSession open(OcpizzaCommand root) {
        AppConfig config = root.loadConfig();
        config.dbUrl().ifPresent(url -> DatabaseProbe.require(url, config.dbUser(), config.dbPassword()));
        return new CliSession(config, Database.open(config));
    }

    /**
     * Connects and requires the schema this build was made for: reading a schema of another
     * version would fail later with an obscure SQL error.
     */
    static CliSession openCurrent(OcpizzaCommand root) {
        CliSession session = open(root);
        try {
            SchemaMigrations migrations = session.database.migrations();
            SchemaVersion schema = migrations.version();
            if (schema.fit() == SchemaVersion.Fit.NEWER_MAJOR) {
                throw new SchemaMismatchException(SchemaVersion.Fit.NEWER_MAJOR, schema.newerMajorMessage());
            }
            if (schema.pending() > 0) {
                throw new ConfigException("The database schema at " + DatabaseProbe.safeUrl(session.database.url())
                        + " is at version " + migrations.databaseVersion().orElse("none") + " but this build needs version "
                        + migrations.buildVersion() + ": run `ocpizza db migrate` first.");
            }
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    AppConfig config() {
        return config;
    }

    Database database() {
        return database;
    }

    StoreDirectory stores() {
        return new StoreDirectory(database.sessionFactory());
    }

    StockService stock() {
        return new StockService(database.sessionFactory());
    }

    OrderService orders() {
        return new OrderService(database.sessionFactory(), Clock.systemUTC());
    }

    TerminalSupervision terminals() {
        return TerminalSupervision.readOnly(new TerminalHeartbeats(database.sessionFactory()));
    }

    @Override
    public void close() {
        database.close();
    }
}
