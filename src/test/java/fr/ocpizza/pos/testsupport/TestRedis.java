package fr.ocpizza.pos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * The Redis the tests use: OCPIZZA_TEST_REDIS_URL if set, else the local server on 6379 when it
 * answers, else an embedded one started once for the run. Tests that stop Redis start their own
 * with {@link #startPrivate()}, never the shared one.
 */
public final class TestRedis {

    private static String url;

    private TestRedis() {
    }

    public static synchronized String url() {
        if (url != null) {
            return url;
        }
        String configured = System.getenv("OCPIZZA_TEST_REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            url = configured;
        } else if (answers("127.0.0.1", 6379)) {
            url = "redis://127.0.0.1:6379";
        } else {
            PrivateRedis embedded = startPrivate();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop));
            url = embedded.url();
        }
        return url;
    }

    /** A Redis of the test's own, on a free port, that it may stop and restart. */
    public static PrivateRedis startPrivate() {
        int port = freePort();
        try {
            RedisServer server = new RedisServer(port);
            server.start();
            return new PrivateRedis(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start an embedded Redis on port " + port, e);
        }
    }

    /** A Redis server owned by one test. */
    public record PrivateRedis(RedisServer server, int port) {
        public String url() {
            return "redis://127.0.0.1:" + port;
        }

        public void stop() {
            try {
                server.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void restart() {
            try {
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean answers(String host, int port) {
        try (Jedis jedis = new Jedis(host, port, 1000)) {
            return "PONG".equals(jedis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
