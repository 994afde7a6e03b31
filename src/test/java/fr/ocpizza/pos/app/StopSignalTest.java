package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.JavaProcess;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/**
 * The kitchen terminal as systemd stops it: the real application ({@code --workspace kitchen
 * --kiosk}, headless) on its embedded PostgreSQL, sent SIGTERM with events waiting in the outbox.
 * They reach Redis before the embedded server stops (the library's own exit hook would stop it
 * first), and the log says how many.
 */
class StopSignalTest {

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @TempDir
    Path folder;

    @Test
    void sigtermPublishesTheOutboxBeforeTheEmbeddedDatabaseStops() throws Exception {
        int port = freePort();
        Path config = folder.resolve("kitchen.properties");
        Files.writeString(config, String.join("\n",
                "db.embedded.dir=" + folder.resolve("pgdata"),
                "db.embedded.port=" + port,
                "redis.url=" + TestRedis.url(),
                "events.outbox.poll.millis=60000"), StandardCharsets.UTF_8);
        // On the test classpath the log goes to the console (logback-test.xml): the process's output file.
        Path log = folder.resolve("terminal.out");
        List<String> received = new CopyOnWriteArrayList<>();
        JedisPubSub pubSub = subscribe(received);

        Process terminal = JavaProcess.start(folder, "terminal",
                concat(HEADLESS, "-Docpizza.data.dir=" + folder),
                Map.of("OCPIZZA_LOG_DIR", folder.resolve("logs").toString(), "XDG_CONFIG_HOME", folder.toString()),
                Main.class.getName(), "--config", config.toString(), "--workspace", "kitchen", "--kiosk");
        try {
            awaitInLog(terminal, log, "Terminal started");
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/ocpizza";
            awaitFirstRelayCycle(url);
            for (int i = 0; i < 3; i++) {
                execute(url, "INSERT INTO outbox_event (event_id, store_id, topic, type, payload) VALUES (gen_random_uuid(), 1,"
                        + " 'orders', 'STOP_SIGNAL_TEST', '{\"type\": \"STOP_SIGNAL_TEST\", \"storeId\": 1}')");
            }

            terminal.destroy(); // SIGTERM

            assertThat(terminal.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            terminal.destroyForcibly();
            pubSub.unsubscribe();
        }
        String logText = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(logText).contains("Stop signal received: closing the terminal")
                .containsPattern("Terminal closed in \\d+ ms: 3 event\\(s\\) published while closing, 0 left in the outbox");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (received.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).hasSize(3);
        assertThat(listening(port)).as("embedded PostgreSQL stopped").isFalse();
    }

    private static JedisPubSub subscribe(List<String> received) throws InterruptedException {
        CountDownLatch subscribed = new CountDownLatch(1);
        JedisPubSub pubSub = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String message) {
                if (message.contains("STOP_SIGNAL_TEST")) {
                    received.add(message);
                }
            }

            @Override
            public void onSubscribe(String channel, int count) {
                subscribed.countDown();
            }
        };
        Thread thread = new Thread(() -> {
            try (Jedis jedis = new Jedis(URI.create(TestRedis.url()))) {
                jedis.subscribe(pubSub, "ocpizza:store:1:orders");
            }
        }, "test-subscriber");
        thread.setDaemon(true);
        thread.start();
        assertThat(subscribed.await(5, TimeUnit.SECONDS)).isTrue();
        return pubSub;
    }

    private static void awaitInLog(Process process, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text))) {
            assertThat(process.isAlive()).as("terminal running (see its log " + log + ")").isTrue();
            assertThat(System.nanoTime()).as("waiting for '" + text + "' in " + log).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The relay's first cycle has taken the leader lock; what it found is marked sent, the rest waits for closing. */
    private static void awaitFirstRelayCycle(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count(url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'") == 0) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(300);
        execute(url, "UPDATE outbox_event SET published_at = now() WHERE published_at IS NULL");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> concat(List<String> options, String more) {
        return java.util.stream.Stream.concat(options.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
