package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.config.ConfigException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One plain JDBC connection with short timeouts, before the pool is built: the pool retries for
 * seconds before giving up, and an operator waiting on a wrong db.url deserves an answer at once.
 */
final class DatabaseProbe {

    private static final int CONNECT_TIMEOUT_SECONDS = 3;

    private DatabaseProbe() {
    }

    /** "PostgreSQL 15.19" if the server answers, else the driver's reason. */
    static String serverVersion(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", String.valueOf(2 * CONNECT_TIMEOUT_SECONDS));
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return version(connection);
        }
    }

    /** Fails with the same advice the pool would give, minus the wait. */
    static void require(String url, String user, String password) {
        try {
            serverVersion(url, user, password);
        } catch (SQLException e) {
            throw new ConfigException("Cannot connect to the database at " + safeUrl(url) + " as " + user + " ("
                    + CliErrors.oneLine(CliErrors.rootMessage(e)) + "). Check that the server runs and that db.url, db.user"
                    + " and OCPIZZA_DB_PASSWORD are right.", e);
        }
    }

    /** The product and its version number, without the distribution's suffix. */
    static String version(Connection connection) throws SQLException {
        String version = connection.getMetaData().getDatabaseProductVersion().strip().split("\\s+")[0];
        return connection.getMetaData().getDatabaseProductName() + " " + version;
    }

    /** The URL without a password given in its query string. */
    static String safeUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
