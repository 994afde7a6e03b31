package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.persistence.Database;
import java.util.Map;

/** One test class's own database; closing it drops it. */
public record TestDatabase(String url, String user, String password, Runnable dropper) implements AutoCloseable {

    /** A pool and session factory on this database. */
    public Database connect() {
        return Database.connect(url, user, password, 16);
    }

    /** The configuration values that point the application at this database. */
    public Map<String, String> configValues() {
        return Map.of("db.url", url, "db.user", user, "db.password", password);
    }

    @Override
    public void close() {
        dropper.run();
    }
}
