package fr.ocpizza.pos.config;

/** A setting is missing, malformed or points at something that cannot be used. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
