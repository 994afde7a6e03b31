package fr.ocpizza.pos.persistence;

import fr.ocpizza.pos.config.ConfigException;

/**
 * The database's schema does not fit this build: too new a major (update the terminal) or
 * migrations missing on a server (run {@code db migrate}). The terminal refuses to start with its
 * message and a distinct exit code.
 */
public final class SchemaMismatchException extends ConfigException {

    private final SchemaVersion.Fit fit;

    public SchemaMismatchException(SchemaVersion.Fit fit, String message) {
        super(message);
        this.fit = fit;
    }

    public SchemaVersion.Fit fit() {
        return fit;
    }
}
