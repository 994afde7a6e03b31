package fr.ocpizza.pos.simulation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a run did: orders placed (how fulfilled, how paid, for how much), refused for stock (per
 * ingredient), failed (per reason), how long it took and the commit latency of the placed orders.
 *
 * @param orders              orders asked for
 * @param placedOrderIds      {@code customer_order.id} of the placed orders, in the order they committed
 * @param deliveries          placed orders to deliver (the others are click and collect)
 * @param paidWithPayPal      placed orders paid with PayPal (the others pay on delivery or at pickup)
 * @param placedTotalCents    what the placed orders come to, VAT included
 * @param refusedByIngredient refused orders per ingredient name, most refused first
 * @param failedByReason      failed orders per reason, most frequent first
 * @param elapsed             from the first order started to the last one finished
 * @param latencyP50          median time from an order's first statement to its acknowledged COMMIT
 * @param latencyP99          99th percentile of the same
 */
public record SimulationReport(int orders, List<Long> placedOrderIds, int deliveries, int paidWithPayPal,
                               long placedTotalCents, Map<String, Integer> refusedByIngredient,
                               Map<String, Integer> failedByReason, Duration elapsed,
                               Optional<Duration> latencyP50, Optional<Duration> latencyP99) {

    public SimulationReport {
        placedOrderIds = List.copyOf(placedOrderIds);
        refusedByIngredient = Map.copyOf(refusedByIngredient);
        failedByReason = Map.copyOf(failedByReason);
    }

    public int placed() {
        return placedOrderIds.size();
    }

    public int refused() {
        return refusedByIngredient.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int failed() {
        return failedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Orders finished (placed, refused or failed) per second of the run. */
    public double ordersPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : (placed() + refused() + failed()) / seconds;
    }

    /** The end-of-run summary, one line each. */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Placed:   %d of %d (delivery %d, takeaway %d; PayPal %d, on delivery %d), %s",
                placed(), orders, deliveries, placed() - deliveries, paidWithPayPal, placed() - paidWithPayPal,
                euros(placedTotalCents)));
        lines.add("Refused:  " + refused() + (refused() == 0 ? "" : " for stock: " + describe(refusedByIngredient, " out of ")));
        lines.add("Failed:   " + failed() + (failed() == 0 ? "" : ": " + describe(failedByReason, " × ")));
        lines.add(String.format(Locale.ROOT, "Elapsed:  %.2f s, %.1f orders/s", elapsed.toNanos() / 1e9, ordersPerSecond()));
        lines.add(latencyP50.isEmpty() ? "Latency:  no order placed"
                : "Latency:  p50 " + millis(latencyP50.get()) + ", p99 " + millis(latencyP99.orElseThrow())
                + " (first statement to COMMIT, placed orders)");
        return lines;
    }

    /** "3 out of Burrata des Pouilles, 1 out of Jambon blanc", most frequent first. */
    private static String describe(Map<String, Integer> counts, String between) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getValue() + between + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    static String euros(long cents) {
        return String.format(Locale.ROOT, "%d.%02d €", cents / 100, cents % 100);
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }
}
