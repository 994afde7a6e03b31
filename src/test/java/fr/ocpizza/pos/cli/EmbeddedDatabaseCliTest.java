package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import fr.ocpizza.pos.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With db.url empty the commands run on the embedded server, and stop it when they are done. */
class EmbeddedDatabaseCliTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path configHome;

    @Test
    void commandsStartTheEmbeddedServerAndStopItWhenDone() throws IOException {
        int port = freePort();
        CliRunner cli = CliRunner.withEnvironment(Map.of(
                "OCPIZZA_DB_URL", "",
                "OCPIZZA_DB_EMBEDDED_DIR", dataDir.toString(),
                "OCPIZZA_DB_EMBEDDED_PORT", String.valueOf(port),
                "OCPIZZA_REDIS_URL", "",
                "XDG_CONFIG_HOME", configHome.toString()));

        CliRunner.Result migrate = cli.run("db", "migrate");
        assertThat(portIsFree(port)).as("embedded server stopped after db migrate").isTrue();
        // The bare chain: the order history is DbCommandTest's, and would only slow this one down.
        CliRunner.Result seed = cli.run("db", "seed", "--demo", "--no-history");
        CliRunner.Result doctor = cli.run("doctor");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).isEqualTo("Schema at version " + Migrations.latest() + " (" + Migrations.count() + " migration(s) applied)\n");
        assertThat(seed.out()).startsWith("Demo data added: 5 store(s)");
        assertThat(doctor.exitCode()).as(doctor.out()).isZero();
        assertThat(doctor.out())
                .contains("[ OK ] database: embedded jdbc:postgresql://127.0.0.1:" + port + "/ocpizza in " + dataDir);
        assertThat(portIsFree(port)).as("embedded server stopped after doctor").isTrue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
