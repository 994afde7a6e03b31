package fr.ocpizza.pos.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A PostgreSQL server that tests and benchmarks create their databases on, reached through an
 * admin database ({@code postgres} by default).
 */
public record PostgresServer(String host, int port, String user, String password, String adminDatabase) {

    /** Reads a server URL such as {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=u&password=p}. */
    public static PostgresServer parse(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String user = "postgres";
        String password = "";
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String key = kv[0].toLowerCase(Locale.ROOT);
                if (key.equals("user")) {
                    user = kv[1];
                } else if (key.equals("password")) {
                    password = kv[1];
                }
            }
        }
        String admin = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, admin);
    }

    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Runs one statement (CREATE or DROP DATABASE) on the admin database. */
    public void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(url(adminDatabase), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("`" + sql + "` failed on " + url(adminDatabase) + ": " + e.getMessage(), e);
        }
    }
}
