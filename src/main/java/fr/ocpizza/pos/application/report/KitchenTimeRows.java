package fr.ocpizza.pos.application.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the kitchen-times query's rows into reports: per store and stage, one summary row (bucket
 * NULL: count, median, p90) and one row per non-empty bucket, filled here with the empty buckets.
 */
final class KitchenTimeRows {

    private KitchenTimeRows() {
    }

    private record Key(int storeId, KitchenTimes.Stage stage) {
    }

    private static final class Partial {
        long orders;
        long median;
        long p90;
        final Map<Integer, Long> buckets = new TreeMap<>();
    }

    static List<KitchenTimes> toReports(List<Object[]> rows, int openBucket) {
        Map<Key, Partial> partials = new TreeMap<>(Comparator.comparingInt(Key::storeId).thenComparing(Key::stage));
        for (Object[] row : rows) {
            Key key = new Key(ReportService.integer(row[0]), KitchenTimes.Stage.valueOf((String) row[1]));
            Partial partial = partials.computeIfAbsent(key, k -> new Partial());
            if (row[2] == null) {
                partial.orders = ReportService.number(row[3]);
                partial.median = ReportService.number(row[4]);
                partial.p90 = ReportService.number(row[5]);
            } else {
                partial.buckets.put(ReportService.integer(row[2]), ReportService.number(row[3]));
            }
        }
        List<KitchenTimes> reports = new ArrayList<>();
        partials.forEach((key, partial) -> reports.add(new KitchenTimes(key.storeId(), key.stage(), partial.orders,
                ReportService.seconds(partial.median), ReportService.seconds(partial.p90),
                histogram(partial.buckets, openBucket))));
        return List.copyOf(reports);
    }

    private static List<KitchenTimes.Bucket> histogram(Map<Integer, Long> counts, int openBucket) {
        int last = counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        List<KitchenTimes.Bucket> buckets = new ArrayList<>();
        for (int bucket = 0; bucket <= last; bucket++) {
            int from = bucket * KitchenTimes.BUCKET_MINUTES;
            Integer to = bucket == openBucket ? null : from + KitchenTimes.BUCKET_MINUTES;
            buckets.add(new KitchenTimes.Bucket(from, to, counts.getOrDefault(bucket, 0L)));
        }
        return buckets;
    }
}
