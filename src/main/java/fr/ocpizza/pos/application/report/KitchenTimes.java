package fr.ocpizza.pos.application.report;

import java.time.Duration;
import java.util.List;

/**
 * How long one stage took for a store's orders of the period, from their step times counted in
 * whole minutes (seconds dropped, as the daily rollup keeps them): the median and the 90th
 * percentile (interpolated between two orders' minutes, to the second) and a histogram in
 * {@value #BUCKET_MINUTES}-minute buckets, the last one open-ended.
 */
public record KitchenTimes(int storeId, Stage stage, long orders, Duration median, Duration p90,
                           List<Bucket> histogram) {

    public static final int BUCKET_MINUTES = 5;
    /** The last bucket starts here and holds everything longer. */
    public static final int OPEN_BUCKET_FROM_MINUTES = 60;

    public KitchenTimes {
        histogram = List.copyOf(histogram);
    }

    public enum Stage {
        /** From the order received to the kitchen's bump: the wait plus the making. */
        RECEIVED_TO_READY,
        /** From the bump to the delivery at the door (delivered orders only; picked-up ones are not deliveries). */
        READY_TO_DELIVERED
    }

    /**
     * Orders whose stage took from {@code fromMinutes} (included) to {@code toMinutes} (excluded);
     * {@code toMinutes} is null for the last, open-ended bucket. Every bucket up to the longest
     * time seen is listed, empty ones with 0, so that a chart's bars line up.
     */
    public record Bucket(int fromMinutes, Integer toMinutes, long orders) {
    }
}
