package fr.ocpizza.pos.persistence;

import fr.ocpizza.pos.config.ConfigException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a real PostgreSQL run from the user's data folder, so a single-terminal
 * shop (or a demo) needs no server. Its data survives restarts; the server stops with the app.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "ocpizza";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            requireFreePort(port);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // The library tunes for throwaway test servers; this one keeps real orders.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDir);
            server.createDatabaseIfMissing();
            LOG.info("Embedded PostgreSQL ready on 127.0.0.1:{} with data in {} ({} ms)",
                    port, dataDir, (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IllegalStateException e) {
            // The library locks the data folder: another terminal on this machine holds it.
            throw new ConfigException("The embedded database in " + dataDir + " is in use by another OC Pizza Terminal"
                    + " on this machine: close that one first, or give this one its own db.embedded.dir.", e);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("The embedded database could not start from " + dataDir + " on port " + port
                    + " (" + rootMessage(e) + "). If the port is taken, set db.embedded.port to a free one;"
                    + " or point the terminal at a PostgreSQL server with db.url"
                    + " (OCPIZZA_DB_URL=jdbc:postgresql://HOST:5432/ocpizza).", e);
        }
    }

    /**
     * Fails fast when something already listens on the port: the library would otherwise wait
     * for that other program to answer as PostgreSQL.
     */
    private static void requireFreePort(int port) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IOException("port " + port + " on 127.0.0.1 is already in use", e);
        }
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
