package fr.ocpizza.pos.simulation;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The online shop, played: places orders for one store as the web site would, through the shared
 * schema only (docs/schema.md section 5), so that it feeds the kitchen screens in a demo, loads
 * the database in a test, and proves the contract on the way.
 * <p>
 * It uses nothing of the terminal but a {@link DataSource}: plain JDBC, its own pricing, the
 * documented statements. It writes outbox rows and publishes nothing: a terminal's outbox relay
 * sends them to Redis, as it does for the real shop's orders.
 */
public final class OnlineShopSimulator {

    private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    private final DataSource dataSource;
    private final int storeId;
    private final String storeName;
    private final String storePostalCode;
    private final ShopMenu menu;

    private OnlineShopSimulator(DataSource dataSource, int storeId, String storeName, String storePostalCode, ShopMenu menu) {
        this.dataSource = dataSource;
        this.storeId = storeId;
        this.storeName = storeName;
        this.storePostalCode = storePostalCode;
        this.menu = menu;
    }

    /**
     * Reads the store and the menu once. Throws {@link SimulationSetupException} if the store does
     * not exist, is not active (the shop must not take orders for it, section 3.1) or has no pizza to sell.
     */
    public static OnlineShopSimulator forStore(DataSource dataSource, int storeId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("SELECT name, postal_code, active FROM store WHERE id = ?")) {
            ps.setInt(1, storeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SimulationSetupException("Store " + storeId + " does not exist");
                }
                if (!rs.getBoolean(3)) {
                    throw new SimulationSetupException("Store " + storeId + " " + rs.getString(1)
                            + " is not active: the online shop takes no orders for it");
                }
                ShopMenu menu = ShopMenu.read(connection);
                if (menu.pizzaCodes().isEmpty()) {
                    throw new SimulationSetupException("No pizza is available on the menu: there is nothing to order");
                }
                return new OnlineShopSimulator(dataSource, storeId, rs.getString(1), rs.getString(2), menu);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read store " + storeId + " and the menu: " + e.getMessage(), e);
        }
    }

    public int storeId() {
        return storeId;
    }

    public String storeName() {
        return storeName;
    }

    /** The codes of the pizzas on sale, in menu order (what {@code favouritePizza} may name). */
    public List<String> pizzaCodes() {
        return menu.pizzaCodes();
    }

    /**
     * Places the run's orders and reports. {@code progress} receives a line at most once a second
     * while orders finish. Returns early, with what was done, if the calling thread is interrupted.
     */
    public SimulationReport run(SimulationSettings settings, Consumer<String> progress) {
        String favourite = settings.favouritePizza();
        if (favourite != null && !menu.pizzaCodes().contains(favourite)) {
            throw new SimulationSetupException("No pizza '" + favourite + "' on sale: choose one of "
                    + String.join(", ", menu.pizzaCodes()));
        }
        OrderPlanGenerator plans = new OrderPlanGenerator(settings.seed(), menu, storePostalCode, favourite);
        ShopOrderWriter writer = new ShopOrderWriter(dataSource, storeId, menu);
        ExecutorService writers = Executors.newFixedThreadPool(settings.concurrency(), DaemonThreads.named("shop-writer-"));
        long start = System.nanoTime();
        Tally tally = new Tally(settings.orders(), progress, start);
        Schedule schedule = new Schedule(plans, settings, start);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < settings.concurrency(); i++) {
            running.add(writers.submit(() -> {
                for (OrderPlan plan = schedule.next(); plan != null; plan = schedule.next()) {
                    tally.record(writer.place(plan));
                }
                return null;
            }));
        }
        try {
            for (Future<?> writerDone : running) {
                writerDone.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A simulated writer stopped: " + e.getCause(), e.getCause());
        } finally {
            writers.shutdownNow();
        }
        return tally.report(Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Hands out the orders in sequence, each at its time: with a rate R the n-th order starts
     * n / R seconds after the first, whoever writes it, so the pace holds for any number of writers.
     */
    private static final class Schedule {
        private final OrderPlanGenerator plans;
        private final int orders;
        private final double nanosBetween;
        private final long start;
        private int handedOut;

        Schedule(OrderPlanGenerator plans, SimulationSettings settings, long start) {
            this.plans = plans;
            this.orders = settings.orders();
            this.nanosBetween = settings.ratePerSecond().isPresent() ? 1e9 / settings.ratePerSecond().getAsDouble() : 0;
            this.start = start;
        }

        /** The next order once its time has come, or null when all are handed out or the writer is interrupted. */
        OrderPlan next() {
            OrderPlan plan;
            synchronized (this) {
                // The plan is drawn with its sequence number under the lock: same seed, same n-th order.
                if (handedOut == orders) {
                    return null;
                }
                handedOut++;
                plan = plans.next();
            }
            long wait = start + (long) (plan.sequence() * nanosBetween) - System.nanoTime();
            try {
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                return plan;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** The outcomes so far, shared by the writers; prints a progress line at most once a second. */
    private final class Tally {
        private final int orders;
        private final Consumer<String> progress;
        private final long start;
        private final List<Long> placedIds = new ArrayList<>();
        private final long[] latencies;
        private final Map<String, Integer> refused = new HashMap<>();
        private final Map<String, Integer> failed = new HashMap<>();
        private int deliveries;
        private int payPal;
        private long totalCents;
        private int refusedCount;
        private int failedCount;
        private long lastPrint;

        Tally(int orders, Consumer<String> progress, long start) {
            this.orders = orders;
            this.progress = progress;
            this.start = start;
            this.latencies = new long[orders];
        }

        synchronized void record(OrderOutcome outcome) {
            String last;
            if (outcome instanceof OrderOutcome.Placed placed) {
                latencies[placedIds.size()] = placed.latencyNanos();
                placedIds.add(placed.orderId());
                OrderPlan plan = placed.plan();
                deliveries += plan.fulfilment() == OrderPlan.Fulfilment.DELIVERY ? 1 : 0;
                payPal += plan.payment() == OrderPlan.Payment.PAYPAL ? 1 : 0;
                totalCents += plan.basket().totalCents();
                last = "ticket " + placed.ticketNumber() + ", " + plan.fulfilment() + ", " + plan.payment() + ", "
                        + SimulationReport.euros(plan.basket().totalCents()) + ": " + plan.basket().describe(menu);
            } else if (outcome instanceof OrderOutcome.Refused refusal) {
                refused.merge(refusal.ingredientName(), 1, Integer::sum);
                refusedCount++;
                last = "refused, out of " + refusal.ingredientName() + ": " + refusal.plan().basket().describe(menu);
            } else {
                String reason = ((OrderOutcome.Failed) outcome).reason();
                failed.merge(reason, 1, Integer::sum);
                failedCount++;
                last = "failed: " + reason;
            }
            int done = placedIds.size() + refusedCount + failedCount;
            long now = System.nanoTime();
            if (done == 1 || now - lastPrint >= PROGRESS_EVERY_NANOS) {
                progress.accept(String.format(Locale.ROOT, "[%6.1f s] %d/%d: %d placed, %d refused, %d failed; last: %s",
                        (now - start) / 1e9, done, orders, placedIds.size(), refusedCount, failedCount, last));
                lastPrint = now;
            }
        }

        synchronized SimulationReport report(Duration elapsed) {
            long[] sorted = Arrays.copyOf(latencies, placedIds.size());
            Arrays.sort(sorted);
            return new SimulationReport(orders, placedIds, deliveries, payPal, totalCents, refused, failed, elapsed,
                    percentile(sorted, 0.50), percentile(sorted, 0.99));
        }
    }

    /** Nearest rank: the smallest latency that the given share of the orders do not exceed. */
    private static Optional<Duration> percentile(long[] sorted, double share) {
        if (sorted.length == 0) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(share * sorted.length);
        return Optional.of(Duration.ofNanos(sorted[Math.max(0, rank - 1)]));
    }
}
