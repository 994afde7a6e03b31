package fr.ocpizza.pos.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.JavaProcess;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal killed outright leaves its embedded PostgreSQL running; the next start stops that
 * leftover and starts on the same data, instead of refusing with "port already in use".
 */
class EmbeddedLeftOverServerTest {

    @TempDir
    Path folder;

    @Test
    void theNextStartStopsThePostgresqlAKilledTerminalLeftRunning() throws Exception {
        Path data = folder.resolve("pgdata");
        int port = freePort();
        Process terminal = JavaProcess.start(folder, "terminal", List.of(), Map.of(),
                LeftOverServerHolder.class.getName(), data.toString(), String.valueOf(port));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Path out = folder.resolve("terminal.out");
            while (!(Files.exists(out) && Files.readString(out).contains("READY"))) {
                assertThat(System.nanoTime()).as("the other process's PostgreSQL started").isLessThan(deadline);
                assertThat(terminal.isAlive()).as("the other process runs").isTrue();
                Thread.sleep(100);
            }
        } finally {
            terminal.destroyForcibly(); // kill -9: no shutdown hook stops its PostgreSQL
            terminal.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(listening(port)).as("its PostgreSQL outlived it").isTrue();

        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
             ResultSet rs = connection.createStatement().executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
        } finally {
            server.close();
        }
        assertThat(listening(port)).as("nothing left running").isFalse();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
