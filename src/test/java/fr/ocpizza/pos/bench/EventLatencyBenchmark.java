package fr.ocpizza.pos.bench;

import fr.ocpizza.pos.app.AppContext;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.PaymentRequest;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.events.OutboxRelay;
import fr.ocpizza.pos.events.RedisEventBus;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/**
 * Latency of a live event, from the commit of an order to its receipt by <em>another process</em>
 * subscribed through Redis, the way a kitchen screen of the same pizzeria learns of a new ticket.
 *
 * <p>The benchmark process is a terminal ({@link AppContext} on a fresh database, Redis, the real
 * {@link OutboxRelay}); it places orders through {@link OrderService#place} and stamps each one
 * with the wall clock right after {@code place} returns (the transaction has committed). A second
 * JVM ({@link LatencySubscriber}, same java and classpath) subscribes to store 1 through the real
 * {@code StoreEventFeed}/{@code RedisEventBus} and stamps each {@code ORDER_PLACED} on receipt with
 * the same machine clock. Latency = receipt − commit, matched by event id (read back from
 * {@code outbox_event}), so lost, doubled and foreign messages are counted, not guessed.
 *
 * <p>Per relay poll interval ({@code bench.polls}, "10,200" ms: 10 ms is the smallest
 * {@code events.outbox.poll.millis} the configuration accepts, 200 ms the default): a warm-up, then
 * {@code bench.orders} orders at a steady {@code bench.rate} per second, then as many in a burst
 * on {@code bench.burstThreads} threads. In the same run, the raw baselines of the machine:
 * PostgreSQL commit and SELECT round trips, Redis PUBLISH round trip, Redis pub→sub in-process and
 * to the subscriber process, and the cost of one relay cycle ({@link OutboxRelay#relayOnce()}),
 * idle and with one order's events, then again over an outbox grown by {@code bench.outboxRows}
 * published rows. Prints Markdown tables; docs/benchmarks.md records them.
 *
 * <p>Run: {@code mvn -B -Pbench verify -DskipTests -Dbench.main=fr.ocpizza.pos.bench.EventLatencyBenchmark}.
 * Server: OCPIZZA_BENCH_DB_URL (else 127.0.0.1:5432 as postgres), OCPIZZA_BENCH_REDIS_URL (else
 * redis://127.0.0.1:6379).
 */
public final class EventLatencyBenchmark {

    private static final int STORE = LatencySubscriber.STORE;
    private static final Money TENDERED = Money.parse("20");
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private static final int ORDERS = Integer.getInteger("bench.orders", 1000);
    private static final int RATE = Integer.getInteger("bench.rate", 20);
    private static final int BURST_THREADS = Integer.getInteger("bench.burstThreads", 4);
    private static final int WARMUP = Integer.getInteger("bench.warmupOrders", 150);
    private static final int BASELINE = Integer.getInteger("bench.baseline", 2000);
    private static final int OUTBOX_ROWS = Integer.getInteger("bench.outboxRows", 100_000);
    private static final List<Integer> POLLS = Arrays.stream(System.getProperty("bench.polls", "10,200").split(","))
            .map(String::trim).map(Integer::valueOf).toList();

    private EventLatencyBenchmark() {
    }

    /** Wall clock in microseconds since the epoch: the clock both processes share. */
    static long micros() {
        return LatencySubscriber.micros();
    }

    // ------------------------------------------------------------------ the subscriber process

    /** The second JVM and what it printed, indexed as it comes. */
    static final class Subscriber implements AutoCloseable {
        final Process process;
        final Map<UUID, List<Long>> feed = new ConcurrentHashMap<>();
        final Map<UUID, List<Long>> raw = new ConcurrentHashMap<>();
        final Map<UUID, Long> feedSeq = new ConcurrentHashMap<>();
        final Map<Integer, Long> pings = new ConcurrentHashMap<>();
        final List<Long> resyncs = new CopyOnWriteArrayList<>();
        final CountDownLatch ready = new CountDownLatch(1);
        final Thread reader;

        Subscriber(BenchDatabase db, String redisUrl) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath(), LatencySubscriber.class.getName(),
                    redisUrl, db.url(), db.user());
            pb.environment().put("OCPIZZA_BENCH_DB_PASSWORD", db.password() == null ? "" : db.password());
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            process = pb.start();
            reader = new Thread(this::read, "subscriber-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    try {
                        parse(line);
                    } catch (RuntimeException e) {
                        System.err.println("[subscriber] unreadable line `" + line + "`: " + e);
                    }
                }
            } catch (IOException e) {
                System.err.println("[subscriber reader] " + e);
            }
        }

        private void parse(String line) {
            String[] f = SPACE.split(line);
            switch (f[0]) {
                case "FEED" -> {
                    UUID id = UUID.fromString(f[1]);
                    feed.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(Long.parseLong(f[4]));
                    feedSeq.put(id, Long.parseLong(f[3]));
                }
                case "RAW" -> {
                    if (!"?".equals(f[1])) {
                        raw.computeIfAbsent(UUID.fromString(f[1]), k -> new CopyOnWriteArrayList<>()).add(Long.parseLong(f[2]));
                    }
                }
                case "PING" -> pings.put(Integer.valueOf(f[1]), Long.parseLong(f[2]));
                case "RESYNC" -> resyncs.add(Long.parseLong(f[1]));
                case "READY" -> ready.countDown();
                default -> System.err.println("[subscriber] " + line);
            }
        }

        void awaitReady() throws InterruptedException {
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The subscriber process did not subscribe within 60 s");
            }
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
            }
            reader.join(2_000);
        }
    }

    /**
     * The classpath of this class: {@code java.class.path} when run by plain {@code java}; under
     * {@code exec:java} (which loads the project in a class loader of its own inside Maven's JVM)
     * the URLs of that loader.
     */
    static String classpath() {
        ClassLoader loader = EventLatencyBenchmark.class.getClassLoader();
        if (loader != ClassLoader.getSystemClassLoader() && loader instanceof URLClassLoader urls) {
            List<String> entries = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String redisUrl = System.getenv().getOrDefault("OCPIZZA_BENCH_REDIS_URL", "redis://127.0.0.1:6379");
        if (redisUrl.isBlank()) {
            redisUrl = "redis://127.0.0.1:6379";
        }
        System.out.println("Creating the benchmark database (schema + demo data)...");
        BenchDatabase db = BenchDatabase.create();
        System.out.printf(Locale.ROOT, "  %s ready in %.1f s%n", db.name(), (System.nanoTime() - started) / 1e9);
        try {
            run(db, redisUrl);
        } finally {
            db.drop();
            System.out.printf(Locale.ROOT, "Dropped %s. Total %.0f s.%n", db.name(), (System.nanoTime() - started) / 1e9);
        }
    }

    /** One measured phase: the orders placed, their commit stamps, and what the subscriber made of them. */
    record Phase(int pollMillis, String kind, int orders, int failures, double placedPerSecond, long startMicros,
                 long endMicros, Map<Long, Long> commitByOrder, Map<UUID, Long> orderByEvent) {
    }

    /** A phase's outcome as the subscriber saw it. */
    record Outcome(Phase phase, long[] feedLatency, long[] rawLatency, long[] feedHop, int received, int missing,
                   int feedDuplicates, int rawDuplicates, int resyncs, boolean seqInOrder) {
    }

    /** A distribution in microseconds, for the baseline table. */
    record Baseline(String what, long[] micros, String note) {
        Baseline {
            micros = micros.clone();
            Arrays.sort(micros);
        }
    }

    private static void run(BenchDatabase db, String redisUrl) throws Exception {
        String loadBefore = loadAverage();
        String startedAt = UTC_TIME.format(Instant.now());
        String environment = environment(db, redisUrl);
        List<Outcome> outcomes = new ArrayList<>();
        List<Baseline> baselines = new ArrayList<>();
        List<String> growth = new ArrayList<>();
        long foreign;
        int ourOrderPlaced;

        System.out.println("Starting the subscriber process...");
        try (Subscriber subscriber = new Subscriber(db, redisUrl)) {
            subscriber.awaitReady();
            System.out.println("  subscribed");

            System.out.println("Baselines: PostgreSQL, Redis...");
            baselines.add(pgCommit(db));
            baselines.add(pgSelect(db));
            baselines.add(redisPublish(redisUrl));
            baselines.add(redisPubSubInProcess(redisUrl));
            baselines.add(redisPubSubToSubscriber(redisUrl, subscriber));

            for (int poll : POLLS) {
                outcomes.addAll(terminalRun(db, redisUrl, poll, subscriber));
            }

            System.out.println("Relay cycle cost (OutboxRelay.relayOnce), then over a grown outbox...");
            relayCost(db, redisUrl, baselines, growth);

            // Which messages came from elsewhere (another process publishing on store 1's channels of
            // the shared Redis): event ids that are not in this run's outbox.
            Thread.sleep(300);
            Map<UUID, Long> all = eventIds(db, null);
            ourOrderPlaced = all.size();
            foreign = subscriber.raw.keySet().stream().filter(id -> !all.containsKey(id)).count();
        }
        environment += "; load average before / after: " + loadBefore + " / " + loadAverage();
        print(startedAt, environment, outcomes, baselines, growth, foreign, ourOrderPlaced);
    }

    // ------------------------------------------------------------------ the terminal runs

    private static List<Outcome> terminalRun(BenchDatabase db, String redisUrl, int poll, Subscriber subscriber) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put(AppConfig.DB_URL, db.url());
        settings.put(AppConfig.DB_USER, db.user());
        settings.put(AppConfig.DB_PASSWORD, db.password() == null ? "" : db.password());
        settings.put(AppConfig.REDIS_URL, redisUrl);
        settings.put(AppConfig.STORE_ID, String.valueOf(STORE));
        settings.put(AppConfig.OUTBOX_POLL_MILLIS, String.valueOf(poll));
        List<Outcome> outcomes = new ArrayList<>();
        System.out.printf(Locale.ROOT, "Terminal with events.outbox.poll.millis=%d...%n", poll);
        try (AppContext app = AppContext.start(AppConfig.of(settings))) {
            Fixtures fx = new Fixtures(app.database());
            StaffPrincipal cashier = fx.staff("caisse" + STORE);
            List<LineRequest> lines = List.of(
                    LineRequest.of(fx.productSizeId("margherita", "M"), 1),
                    LineRequest.of(fx.productSizeId("coca_cola", "U"), 1));
            OrderService orders = app.orders();
            Placer placer = () -> orders.place(cashier, NewOrder.takeaway(STORE, Instant.now().plus(Duration.ofMinutes(30)),
                    lines, PaymentRequest.cash(TENDERED))).id();

            Phase warm = burst(placer, poll, "warm-up", WARMUP, BURST_THREADS);
            outcome(db, subscriber, warm);
            System.out.printf(Locale.ROOT, "  warm-up: %d orders%n", WARMUP);

            Phase steady = steady(placer, poll, ORDERS, RATE);
            Outcome s = outcome(db, subscriber, steady);
            progress(s);
            outcomes.add(s);

            Phase burst = burst(placer, poll, "burst", ORDERS, BURST_THREADS);
            Outcome b = outcome(db, subscriber, burst);
            progress(b);
            outcomes.add(b);
        }
        return outcomes;
    }

    @FunctionalInterface
    interface Placer {
        long place() throws Exception;
    }

    private static Phase steady(Placer placer, int poll, int orders, int rate) {
        Map<Long, Long> commits = new ConcurrentHashMap<>();
        long period = 1_000_000_000L / rate;
        int failures = 0;
        long startMicros = micros();
        long t0 = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            long due = t0 + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            try {
                long id = placer.place();
                commits.put(id, micros());
            } catch (Exception e) {
                failures++;
                System.err.println("  order failed: " + e);
            }
        }
        long wall = System.nanoTime() - t0;
        return new Phase(poll, "steady " + rate + "/s", orders, failures, commits.size() * 1e9 / wall, startMicros, micros(),
                commits, Map.of());
    }

    private static Phase burst(Placer placer, int poll, String kind, int orders, int threads) throws Exception {
        Map<Long, Long> commits = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                go.await();
                while (next.getAndIncrement() < orders) {
                    try {
                        long id = placer.place();
                        commits.put(id, micros());
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println("  order failed: " + e);
                    }
                }
                return null;
            }));
        }
        long startMicros = micros();
        long t0 = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        long wall = System.nanoTime() - t0;
        pool.shutdown();
        return new Phase(poll, kind + " (" + threads + " threads)", orders, failures.get(), commits.size() * 1e9 / wall,
                startMicros, micros(), commits, Map.of());
    }

    /** Waits (up to 15 s) for the subscriber to receive every order of the phase, then computes the latencies. */
    private static Outcome outcome(BenchDatabase db, Subscriber subscriber, Phase phase) throws Exception {
        Map<UUID, Long> orderByEvent = eventIds(db, phase.commitByOrder().keySet());
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline
                && !(subscriber.feed.keySet().containsAll(orderByEvent.keySet()) && subscriber.raw.keySet().containsAll(orderByEvent.keySet()))) {
            Thread.sleep(20);
        }
        Thread.sleep(300); // late duplicates, if any
        Phase measured = new Phase(phase.pollMillis(), phase.kind(), phase.orders(), phase.failures(), phase.placedPerSecond(),
                phase.startMicros(), phase.endMicros(), phase.commitByOrder(), orderByEvent);
        List<Long> feedLat = new ArrayList<>();
        List<Long> rawLat = new ArrayList<>();
        List<Long> hop = new ArrayList<>();
        int feedDup = 0;
        int rawDup = 0;
        int missing = 0;
        List<long[]> seqByCommit = new ArrayList<>();
        for (Map.Entry<UUID, Long> e : orderByEvent.entrySet()) {
            long commit = phase.commitByOrder().get(e.getValue());
            List<Long> f = subscriber.feed.get(e.getKey());
            List<Long> r = subscriber.raw.get(e.getKey());
            if (f == null) {
                missing++;
            } else {
                feedLat.add(f.get(0) - commit);
                feedDup += f.size() - 1;
                seqByCommit.add(new long[] {f.get(0), subscriber.feedSeq.get(e.getKey())});
            }
            if (r != null) {
                rawLat.add(r.get(0) - commit);
                rawDup += r.size() - 1;
                if (f != null) {
                    hop.add(f.get(0) - r.get(0));
                }
            }
        }
        // Within the phase, the feed must hand over seqs in increasing order of receipt.
        seqByCommit.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        boolean inOrder = true;
        for (int i = 1; i < seqByCommit.size(); i++) {
            inOrder &= seqByCommit.get(i)[1] > seqByCommit.get(i - 1)[1];
        }
        long end = micros();
        int resyncs = (int) subscriber.resyncs.stream().filter(t -> t >= phase.startMicros() && t <= end).count();
        return new Outcome(measured, toArray(feedLat), toArray(rawLat), toArray(hop), feedLat.size(), missing + (phase.commitByOrder().size() - orderByEvent.size()),
                feedDup, rawDup, resyncs, inOrder);
    }

    /** ORDER_PLACED event ids of the given orders (all of them if null), event id → order id. */
    private static Map<UUID, Long> eventIds(BenchDatabase db, Collection<Long> orderIds) throws SQLException {
        Map<UUID, Long> map = new HashMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement("SELECT event_id, order_id FROM outbox_event WHERE type = 'ORDER_PLACED'"
                     + (orderIds == null ? "" : " AND order_id = ANY(?)"))) {
            if (orderIds != null) {
                Array array = c.createArrayOf("bigint", orderIds.toArray());
                ps.setArray(1, array);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
        }
        return map;
    }

    private static void progress(Outcome o) {
        System.out.printf(Locale.ROOT, "  poll %d ms, %s: %d orders at %.0f/s, received %d, missing %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                o.phase().pollMillis(), o.phase().kind(), o.phase().commitByOrder().size(), o.phase().placedPerSecond(), o.received(),
                o.missing(), ms(o.feedLatency(), 50), ms(o.feedLatency(), 99), ms(o.feedLatency(), 100));
    }

    // ------------------------------------------------------------------ baselines

    /** INSERT of a tiny row, then COMMIT (synchronous_commit as configured): the cost of a durable commit. */
    private static Baseline pgCommit(BenchDatabase db) throws SQLException {
        long[] lat = new long[BASELINE];
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_commit (id bigserial PRIMARY KEY, v integer NOT NULL)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_commit (v) VALUES (?)")) {
                for (int i = -200; i < BASELINE; i++) {
                    long t = System.nanoTime();
                    ps.setInt(1, i);
                    ps.executeUpdate();
                    c.commit();
                    if (i >= 0) {
                        lat[i] = (System.nanoTime() - t) / 1_000;
                    }
                }
            }
        }
        return new Baseline("PostgreSQL `INSERT` of a tiny row + `COMMIT` (JDBC, 2 round trips)", lat, "");
    }

    private static Baseline pgSelect(BenchDatabase db) throws SQLException {
        long[] lat = new long[BASELINE];
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement("SELECT 1")) {
            for (int i = -200; i < BASELINE; i++) {
                long t = System.nanoTime();
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
                if (i >= 0) {
                    lat[i] = (System.nanoTime() - t) / 1_000;
                }
            }
        }
        return new Baseline("PostgreSQL `SELECT 1` (JDBC, 1 round trip)", lat, "");
    }

    /** A message the size of an ORDER_PLACED payload (about 330 bytes). */
    private static String payload() {
        return "{\"type\":\"ORDER_PLACED\",\"eventId\":\"" + UUID.randomUUID() + "\",\"storeId\":1,\"at\":\"2026-11-25T13:13:02.126+01:00\","
                + "\"seq\":1,\"orderId\":1,\"ticketNumber\":1,\"status\":\"RECEIVED\",\"channel\":\"COUNTER\",\"fulfilment\":\"TAKEAWAY\","
                + "\"promisedAt\":\"2026-11-25T13:43:02.126+01:00\",\"version\":0}";
    }

    private static Baseline redisPublish(String redisUrl) {
        long[] lat = new long[BASELINE];
        String channel = "ocpizza:bench:publish-" + UUID.randomUUID();
        String message = payload();
        try (Jedis jedis = new Jedis(URI.create(redisUrl))) {
            for (int i = -200; i < BASELINE; i++) {
                long t = System.nanoTime();
                jedis.publish(channel, message);
                if (i >= 0) {
                    lat[i] = (System.nanoTime() - t) / 1_000;
                }
            }
        }
        return new Baseline("Redis `PUBLISH` round trip (Jedis, ~330-byte message)", lat, "");
    }

    /** One message at a time between two connections of this process, timed with nanoTime. */
    private static Baseline redisPubSubInProcess(String redisUrl) throws Exception {
        long[] lat = new long[BASELINE];
        String channel = "ocpizza:bench:inproc-" + UUID.randomUUID();
        AtomicLong received = new AtomicLong();
        Semaphore arrived = new Semaphore(0);
        CountDownLatch subscribed = new CountDownLatch(1);
        JedisPubSub pubSub = new JedisPubSub() {
            @Override
            public void onMessage(String ch, String message) {
                received.set(System.nanoTime());
                arrived.release();
            }

            @Override
            public void onSubscribe(String ch, int count) {
                subscribed.countDown();
            }
        };
        Thread thread = new Thread(() -> {
            try (Jedis sub = new Jedis(URI.create(redisUrl))) {
                sub.subscribe(pubSub, channel);
            }
        }, "inproc-sub");
        thread.setDaemon(true);
        thread.start();
        subscribed.await(10, TimeUnit.SECONDS);
        String message = payload();
        try (Jedis pub = new Jedis(URI.create(redisUrl))) {
            for (int i = -200; i < BASELINE; i++) {
                long t = System.nanoTime();
                pub.publish(channel, message);
                if (!arrived.tryAcquire(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("in-process pub/sub message lost");
                }
                if (i >= 0) {
                    lat[i] = (received.get() - t) / 1_000;
                }
            }
        }
        pubSub.unsubscribe();
        thread.join(2_000);
        return new Baseline("Redis pub→sub, two connections of one process (`nanoTime`)", lat, "");
    }

    /** Pings on a channel of its own to the subscriber process, 2 ms apart, timed with the wall clock. */
    private static Baseline redisPubSubToSubscriber(String redisUrl, Subscriber subscriber) throws Exception {
        int n = Math.min(BASELINE, 1000);
        Map<Integer, Long> sent = new HashMap<>();
        try (Jedis pub = new Jedis(URI.create(redisUrl))) {
            for (int i = 0; i < 200 + n; i++) {
                sent.put(i, micros());
                pub.publish(LatencySubscriber.PING_CHANNEL, String.valueOf(i));
                Thread.sleep(2);
            }
        }
        Thread.sleep(500);
        long[] lat = new long[n];
        int got = 0;
        for (int i = 200; i < 200 + n; i++) {
            Long at = subscriber.pings.get(i);
            if (at != null) {
                lat[got++] = at - sent.get(i);
            }
        }
        return new Baseline("Redis pub→sub, this process to the subscriber process (wall clock)", Arrays.copyOf(lat, got),
                got == n ? "" : (n - got) + " of " + n + " lost");
    }

    // ------------------------------------------------------------------ the relay's own cost

    /**
     * Times {@link OutboxRelay#relayOnce()} (a relay of our own, not started, that becomes leader once
     * the terminals are closed): idle, and with the 2 events of one order; then the same over an
     * outbox grown by published rows, with the plans of the numbering query.
     */
    private static void relayCost(BenchDatabase db, String redisUrl, List<Baseline> baselines, List<String> growth) throws Exception {
        try (Database database = Database.connect(db.url(), db.user(), db.password(), 4);
             RedisEventBus bus = new RedisEventBus(redisUrl);
             OutboxRelay relay = new OutboxRelay(database, bus)) {
            Fixtures fx = new Fixtures(database);
            StaffPrincipal cashier = fx.staff("caisse" + STORE);
            List<LineRequest> lines = List.of(
                    LineRequest.of(fx.productSizeId("margherita", "M"), 1),
                    LineRequest.of(fx.productSizeId("coca_cola", "U"), 1));
            OrderService orders = new OrderService(database.sessionFactory(), Clock.systemUTC());
            Placer placer = () -> orders.place(cashier, NewOrder.takeaway(STORE, Instant.now().plus(Duration.ofMinutes(30)),
                    lines, PaymentRequest.cash(TENDERED))).id();
            relay.relayOnce();
            if (!relay.isLeader()) {
                throw new IllegalStateException("The benchmark's relay did not become leader");
            }
            long rows = count(db, "SELECT count(*) FROM outbox_event");
            baselines.add(new Baseline(String.format(Locale.ROOT, "`OutboxRelay.relayOnce()`, nothing to publish (outbox of %,d rows)", rows),
                    relayIdle(relay, 300), ""));
            baselines.add(new Baseline(String.format(Locale.ROOT, "`OutboxRelay.relayOnce()`, one order's 2 events (outbox of %,d rows)", rows),
                    relayOne(relay, placer, 150), ""));
            growth.add(String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %s | %s |", rows, p(baselines.get(baselines.size() - 2).micros(), 50) / 1e3,
                    p(baselines.get(baselines.size() - 1).micros(), 50) / 1e3, explain(db, false), explain(db, true)));

            growth.add(0, watchdog(db));
            System.out.printf(Locale.ROOT, "  adding %,d published events to the outbox...%n", OUTBOX_ROWS);
            db.execute("INSERT INTO outbox_event (event_id, store_id, topic, type, payload, created_at, published_at, seq)"
                    + " SELECT gen_random_uuid(), 2, 'stock', 'STOCK_CHANGED', (SELECT payload FROM outbox_event"
                    + "   WHERE type = 'STOCK_CHANGED' LIMIT 1), now() - interval '2 hours', now() - interval '2 hours', 1000000000 + g"
                    + " FROM generate_series(1, " + OUTBOX_ROWS + ") g");
            db.execute("VACUUM ANALYZE outbox_event");
            rows = count(db, "SELECT count(*) FROM outbox_event");
            long[] idle = relayIdle(relay, 40);
            long[] one = relayOne(relay, placer, 30);
            baselines.add(new Baseline(String.format(Locale.ROOT, "`OutboxRelay.relayOnce()`, nothing to publish (outbox of %,d rows)", rows), idle, ""));
            baselines.add(new Baseline(String.format(Locale.ROOT, "`OutboxRelay.relayOnce()`, one order's 2 events (outbox of %,d rows)", rows), one, ""));
            growth.add(String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %s | %s |", rows, p(sorted(idle), 50) / 1e3, p(sorted(one), 50) / 1e3,
                    explain(db, false), explain(db, true)));
        }
    }

    private static long[] relayIdle(OutboxRelay relay, int n) {
        for (int i = 0; i < 20; i++) {
            relay.relayOnce();
        }
        long[] lat = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            int sent = relay.relayOnce();
            lat[i] = (System.nanoTime() - t) / 1_000;
            if (sent != 0) {
                throw new IllegalStateException("idle relay cycle published " + sent);
            }
        }
        return lat;
    }

    private static long[] relayOne(OutboxRelay relay, Placer placer, int n) throws Exception {
        long[] lat = new long[n];
        for (int i = -10; i < n; i++) {
            placer.place();
            long t = System.nanoTime();
            int sent = relay.relayOnce();
            if (i >= 0) {
                lat[i] = (System.nanoTime() - t) / 1_000;
            }
            if (sent != 2) {
                throw new IllegalStateException("relay cycle published " + sent + " events, expected 2");
            }
        }
        return lat;
    }

    /** Execution time and rows read of the relay's numbering query (as written, or with {@code published_at IS NULL}). */
    private static String explain(BenchDatabase db, boolean withUnpublishedPredicate) throws SQLException {
        String sql = "EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) SELECT id, store_id, topic FROM outbox_event WHERE seq IS NULL"
                + (withUnpublishedPredicate ? " AND published_at IS NULL" : "") + " ORDER BY id LIMIT 500 FOR UPDATE";
        List<String> plan = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 3; i++) { // warm the cache; keep the last
                plan.clear();
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
            c.rollback();
        }
        String node = plan.stream().map(String::trim).filter(l -> l.contains("Scan")).findFirst().orElse("?");
        node = node.replaceAll("^->\\s*", "").replaceAll("\\s*\\(cost=.*", "");
        String removed = plan.stream().map(String::trim).filter(l -> l.startsWith("Rows Removed by Filter")).findFirst()
                .map(l -> l.replace("Rows Removed by Filter: ", "")).orElse("0");
        String time = plan.stream().map(String::trim).filter(l -> l.startsWith("Execution Time")).findFirst()
                .map(l -> l.replace("Execution Time: ", "")).orElse("?");
        return node + ", " + removed + " rows filtered out, " + time;
    }

    /** The feed's watchdog query (every {@code events.watchdog.seconds} per subscribed screen): median execution time. */
    private static String watchdog(BenchDatabase db) throws SQLException {
        String sql = "EXPLAIN (ANALYZE, FORMAT TEXT) SELECT count(*) || '/' || coalesce(max(o.updated_at)::text, '') FROM customer_order o"
                + " WHERE o.store_id = " + STORE + " AND o.updated_at > now() - interval '1 hour'"
                + " AND NOT EXISTS (SELECT 1 FROM outbox_event e WHERE e.order_id = o.id"
                + "   AND e.created_at >= o.updated_at - interval '2 seconds')";
        long orders = count(db, "SELECT count(*) FROM customer_order WHERE store_id = " + STORE
                + " AND updated_at > now() - interval '1 hour'");
        double[] times = new double[7];
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
            for (int i = 0; i < times.length; i++) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        String line = rs.getString(1).trim();
                        if (line.startsWith("Execution Time: ")) {
                            times[i] = Double.parseDouble(line.replace("Execution Time: ", "").replace(" ms", ""));
                        }
                    }
                }
            }
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "The feed's watchdog query (per screen, every 3 s by default), over %,d orders of store %d"
                + " in the last hour: %.2f ms (median of %d, server execution time).", orders, STORE, times[times.length / 2], times.length);
    }

    private static long count(BenchDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------ report

    private static String environment(BenchDatabase db, String redisUrl) throws SQLException {
        String server;
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version'), current_setting('synchronous_commit')")) {
            rs.next();
            server = "PostgreSQL " + rs.getString(1) + " (synchronous_commit=" + rs.getString(2) + ") at "
                    + db.server().host() + ":" + db.server().port();
        }
        String redisVersion;
        try (Jedis jedis = new Jedis(URI.create(redisUrl))) {
            redisVersion = jedis.info("server").lines().filter(l -> l.startsWith("redis_version:")).findFirst()
                    .map(l -> l.substring("redis_version:".length()).trim()).orElse("?");
        }
        URI redis = URI.create(redisUrl);
        return Runtime.getRuntime().availableProcessors() + " CPUs; Java " + System.getProperty("java.version") + "; " + server
                + "; Redis " + redisVersion + " at " + redis.getHost() + ":" + (redis.getPort() < 0 ? 6379 : redis.getPort());
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static void print(String startedAt, String environment, List<Outcome> outcomes, List<Baseline> baselines,
                              List<String> growth, long foreign, int allOrderPlaced) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Event latency benchmark (").append(startedAt).append(" UTC)\n\n").append(environment).append("\n\n");
        out.append("Order commit (`OrderService.place` returned) → `ORDER_PLACED` received by a second JVM through `StoreEventFeed`"
                + " (Redis pub/sub), wall clock of the one machine. \"Relay part\" = commit → the raw Redis message in the subscriber;"
                + " \"feed part\" = raw message → the feed's listener (JSON parse, seq check, hop to the delivery thread).\n\n");
        out.append("| relay poll | orders placed | orders/s | received | lost | dup. | resyncs | seq order | **p50 ms** | **p99 ms** | **max ms** | mean ms"
                + " | relay part p50 / p99 ms | feed part p50 / p99 ms |\n");
        out.append("|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Outcome o : outcomes) {
            Phase ph = o.phase();
            out.append(String.format(Locale.ROOT, "| %d ms | %,d %s | %.0f | %,d | %d | %d | %d | %s | **%.1f** | **%.1f** | **%.1f** | %.1f | %.1f / %.1f | %.2f / %.2f |%n",
                    ph.pollMillis(), ph.commitByOrder().size(), ph.kind(), ph.placedPerSecond(), o.received(), o.missing(),
                    o.feedDuplicates() + o.rawDuplicates(), o.resyncs(), o.seqInOrder() ? "yes" : "**no**",
                    ms(o.feedLatency(), 50), ms(o.feedLatency(), 99), ms(o.feedLatency(), 100), mean(o.feedLatency()) / 1e3,
                    ms(o.rawLatency(), 50), ms(o.rawLatency(), 99), ms(o.feedHop(), 50), ms(o.feedHop(), 99)));
        }
        out.append(String.format(Locale.ROOT, "%nMessages on store %d's orders channel not written by this run (another process on the shared Redis): %d.%n",
                STORE, foreign));
        out.append(String.format(Locale.ROOT, "ORDER_PLACED events written by this run (warm-ups and relay timing included): %,d.%n", allOrderPlaced));

        out.append("\nBaselines, same machine, same run:\n\n| what | n | p50 ms | p99 ms | max ms | note |\n|---|---:|---:|---:|---:|---|\n");
        for (Baseline b : baselines) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.3f | %.3f | %.3f | %s |%n", b.what(), b.micros().length,
                    p(b.micros(), 50) / 1e3, p(b.micros(), 99) / 1e3, p(b.micros(), 100) / 1e3, b.note()));
        }
        out.append("\nOne relay cycle as the outbox grows, and the relay's numbering query (`SELECT … WHERE seq IS NULL ORDER BY id LIMIT 500 FOR UPDATE`, server execution time):\n\n"
                + "| outbox rows | idle `relayOnce` p50 ms | one-order `relayOnce` p50 ms | numbering query as written | with `AND published_at IS NULL` |\n"
                + "|---:|---:|---:|---|---|\n");
        growth.stream().filter(line -> line.startsWith("|")).forEach(line -> out.append(line).append('\n'));
        growth.stream().filter(line -> !line.startsWith("|")).forEach(line -> out.append('\n').append(line).append('\n'));
        if (foreign > 0) {
            out.append("\n**Warning:** another process published on store ").append(STORE)
                    .append("'s channels during the run; rerun with OCPIZZA_BENCH_REDIS_URL on a private Redis.\n");
        }
        System.out.println(out);
    }

    private static long[] toArray(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static long[] sorted(long[] a) {
        long[] b = a.clone();
        Arrays.sort(b);
        return b;
    }

    private static double mean(long[] a) {
        return Arrays.stream(a).average().orElse(Double.NaN);
    }

    /** Percentile of sorted microseconds (100 = max). */
    private static long p(long[] sorted, double pct) {
        return OrderPlacementBenchmark.percentile(sorted, pct);
    }

    private static double ms(long[] sortedMicros, double pct) {
        return sortedMicros.length == 0 ? Double.NaN : p(sortedMicros, pct) / 1e3;
    }
}
