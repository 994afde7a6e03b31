package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.application.live.EventTopic;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import fr.ocpizza.pos.events.EventBus;
import fr.ocpizza.pos.events.RedisEventBus;
import fr.ocpizza.pos.events.StoreEventFeed;
import fr.ocpizza.pos.persistence.Database;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second process of {@link EventLatencyBenchmark}: a screen of store 1 in its own JVM,
 * subscribed through the real {@link StoreEventFeed} on a {@link RedisEventBus}. It prints one
 * line per event it receives, stamped with the machine's wall clock in microseconds
 * ({@link Instant#now()}, the clock the benchmark process stamps its commits with):
 *
 * <ul>
 *   <li>{@code FEED eventId orderId seq micros}: an {@code ORDER_PLACED} handed to the feed's
 *       listener (after its JSON parsing, dedup/gap check and hop to the delivery thread), i.e. what
 *       a kitchen screen gets;</li>
 *   <li>{@code RAW eventId micros}: the same message as it came off a plain subscription of the
 *       same bus to the orders channel (no parsing, no hop), to split the latency;</li>
 *   <li>{@code PING n micros}: a message of the benchmark's ping channel (the raw pub→sub baseline
 *       between the two processes);</li>
 *   <li>{@code RESYNC micros}: the feed asked its listener to reload (subscription, gap, watchdog);</li>
 *   <li>{@code READY}: both subscriptions are up.</li>
 * </ul>
 *
 * Arguments: redis URL, JDBC URL and user of the benchmark database (password in the environment
 * variable OCPIZZA_BENCH_DB_PASSWORD). Stops when its standard input closes. Lines are stamped on
 * the receiving thread and printed by another one, so printing never delays a receipt.
 */
public final class LatencySubscriber {

    static final int STORE = 1;
    static final String PING_CHANNEL = "ocpizza:bench:latency-ping";
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final Pattern ORDER_PLACED = Pattern.compile("\"type\"\\s*:\\s*\"ORDER_PLACED\"");

    private LatencySubscriber() {
    }

    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    public static void main(String[] args) throws Exception {
        String redisUrl = args[0];
        String dbUrl = args[1];
        String user = args[2];
        String password = System.getenv().getOrDefault("OCPIZZA_BENCH_DB_PASSWORD", "");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread printer = new Thread(() -> {
            try {
                while (true) {
                    String line = lines.take();
                    out.println(line);
                    if (lines.isEmpty()) {
                        out.flush();
                    }
                }
            } catch (InterruptedException e) {
                // stopping
            }
        }, "latency-printer");
        printer.setDaemon(true);
        printer.start();

        boolean[] ready = new boolean[3]; // raw subscribed, feed subscribed, READY printed
        Runnable readyCheck = () -> {
            synchronized (ready) {
                if (ready[0] && ready[1] && !ready[2]) {
                    ready[2] = true;
                    lines.add("READY");
                }
            }
        };
        try (Database database = Database.connect(dbUrl, user, password, 2);
             RedisEventBus bus = new RedisEventBus(redisUrl)) {
            StoreEventFeed feed = new StoreEventFeed(bus, database.sessionFactory(), Duration.ofSeconds(3));
            AutoCloseable raw = bus.subscribe(List.of(EventTopic.ORDERS.channel(STORE), PING_CHANNEL), (channel, message) -> {
                long at = micros();
                if (PING_CHANNEL.equals(channel)) {
                    lines.add("PING " + message + " " + at);
                } else if (ORDER_PLACED.matcher(message).find()) {
                    Matcher id = EVENT_ID.matcher(message);
                    lines.add("RAW " + (id.find() ? id.group(1) : "?") + " " + at);
                }
            }, () -> {
                synchronized (ready) {
                    ready[0] = true;
                }
                readyCheck.run();
            });
            AutoCloseable live = feed.subscribe(STORE, new StoreEventListener() {
                @Override
                public void onEvent(StoreEvent event) {
                    long at = micros();
                    if (event.type() == EventType.ORDER_PLACED) {
                        lines.add("FEED " + event.eventId() + " " + event.orderId() + " " + event.seq() + " " + at);
                    }
                }

                @Override
                public void onResync() {
                    lines.add("RESYNC " + micros());
                    synchronized (ready) {
                        ready[1] = true;
                    }
                    readyCheck.run();
                }
            });
            while (System.in.read() != -1) {
                // runs until the benchmark closes our standard input
            }
            live.close();
            raw.close();
            feed.close();
        }
        while (!lines.isEmpty()) {
            Thread.sleep(10);
        }
        out.flush();
        System.exit(0);
    }
}
