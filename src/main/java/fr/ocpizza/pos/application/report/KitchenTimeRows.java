package fr.ocpizza.pos.application.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Turns the kitchen-times query's rows (store, stage, whole minutes, orders) into reports: per store
 * and stage, the count, the median and the 90th percentile, and the histogram with its empty
 * buckets filled.
 */
final class KitchenTimeRows {

    private KitchenTimeRows() {
    }

    private record Key(int storeId, KitchenTimes.Stage stage) {
    }

    static List<KitchenTimes> toReports(List<Object[]> rows) {
        Map<Key, NavigableMap<Integer, Long>> minutes =
                new TreeMap<>(Comparator.comparingInt(Key::storeId).thenComparing(Key::stage));
        for (Object[] row : rows) {
            Key key = new Key(ReportService.integer(row[0]), KitchenTimes.Stage.valueOf((String) row[1]));
            minutes.computeIfAbsent(key, k -> new TreeMap<>())
                    .merge(ReportService.integer(row[2]), ReportService.number(row[3]), Long::sum);
        }
        List<KitchenTimes> reports = new ArrayList<>();
        minutes.forEach((key, counts) -> {
            long orders = counts.values().stream().mapToLong(Long::longValue).sum();
            reports.add(new KitchenTimes(key.storeId(), key.stage(), orders, percentile(counts, orders, 0.5),
                    percentile(counts, orders, 0.9), histogram(counts)));
        });
        return List.copyOf(reports);
    }

    /**
     * PostgreSQL's {@code percentile_cont} over the minutes, each counted as many times as its
     * orders: the value at position {@code fraction × (orders − 1)} of the sorted times,
     * interpolated between its two neighbours, to the second.
     */
    static Duration percentile(NavigableMap<Integer, Long> counts, long orders, double fraction) {
        double position = fraction * (orders - 1);
        long below = (long) Math.floor(position);
        double lower = minuteAt(counts, below);
        double upper = minuteAt(counts, Math.min(below + 1, orders - 1));
        double minutes = lower + (position - below) * (upper - lower);
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    /** The minutes of the {@code index}-th time (from 0) in ascending order. */
    private static int minuteAt(NavigableMap<Integer, Long> counts, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("index " + index + " past " + seen + " times");
    }

    private static List<KitchenTimes.Bucket> histogram(NavigableMap<Integer, Long> counts) {
        int openBucket = KitchenTimes.OPEN_BUCKET_FROM_MINUTES / KitchenTimes.BUCKET_MINUTES;
        Map<Integer, Long> perBucket = new TreeMap<>();
        counts.forEach((minute, orders) ->
                perBucket.merge(Math.min(minute / KitchenTimes.BUCKET_MINUTES, openBucket), orders, Long::sum));
        int last = Math.min(counts.lastKey() / KitchenTimes.BUCKET_MINUTES, openBucket);
        List<KitchenTimes.Bucket> buckets = new ArrayList<>();
        for (int bucket = 0; bucket <= last; bucket++) {
            int from = bucket * KitchenTimes.BUCKET_MINUTES;
            Integer to = bucket == openBucket ? null : from + KitchenTimes.BUCKET_MINUTES;
            buckets.add(new KitchenTimes.Bucket(from, to, perBucket.getOrDefault(bucket, 0L)));
        }
        return buckets;
    }
}
