package fr.ocpizza.pos.domain.stock;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When an ingredient runs out if the coming hours consume what the same hours of the week
 * consumed lately. A pizzeria's week repeats (Friday evening is Friday evening), so the stock is
 * projected hour by hour from now, each hour taking the average consumption of its hour-of-week
 * slot, until nothing is left. Pure: the service reads the consumption, this computes.
 */
public final class RunOutProjection {

    /** Hours in a week: slot 0 is Monday 00:00–01:00, slot 167 Sunday 23:00–24:00 (local time). */
    public static final int SLOTS = 7 * 24;

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    /** What the projection found. */
    public enum Outlook {
        /** Nothing is left now. */
        OUT_NOW,
        /** Runs out at {@link Estimate#runsOutAt()}. */
        RUNS_OUT,
        /** Still some left at the end of the horizon: no date worth giving. */
        LASTS_BEYOND_HORIZON,
        /** Nothing was consumed in the period looked at: no estimate. */
        NO_CONSUMPTION
    }

    /** An outlook, with the moment for {@link Outlook#RUNS_OUT} and {@link Outlook#OUT_NOW}. */
    public record Estimate(Outlook outlook, Optional<Instant> runsOutAt) {
    }

    private RunOutProjection() {
    }

    /** The hour-of-week slot of a local time. */
    public static int slotOf(ZonedDateTime time) {
        return (time.getDayOfWeek().getValue() - 1) * 24 + time.getHour();
    }

    /**
     * The average consumption per hour of each slot, from totals summed over {@code weeks} weeks.
     * A negative net total (stock given back by a cancellation in a later hour than its order)
     * counts as none.
     */
    public static Map<Integer, BigDecimal> hourlyAverage(Map<Integer, BigDecimal> totalsBySlot, int weeks) {
        if (weeks <= 0) {
            throw new IllegalArgumentException("weeks must be positive: " + weeks);
        }
        Map<Integer, BigDecimal> average = new TreeMap<>();
        totalsBySlot.forEach((slot, total) -> {
            if (slot < 0 || slot >= SLOTS) {
                throw new IllegalArgumentException("No hour-of-week slot " + slot);
            }
            if (total.signum() > 0) {
                average.put(slot, total.divide(BigDecimal.valueOf(weeks), MathContext.DECIMAL64));
            }
        });
        return average;
    }

    /**
     * Projects {@code quantity} forward from {@code now}, hour by hour in {@code now}'s zone, each
     * hour (or the rest of the current hour) consuming its slot's average, within
     * {@code horizon}. Within the hour it runs out, consumption is taken as even.
     *
     * @param hourlyConsumption average consumption per hour by slot; missing slots consume nothing
     */
    public static Estimate project(BigDecimal quantity, Map<Integer, BigDecimal> hourlyConsumption, ZonedDateTime now,
                                   Duration horizon) {
        if (quantity.signum() <= 0) {
            return new Estimate(Outlook.OUT_NOW, Optional.of(now.toInstant()));
        }
        if (hourlyConsumption.values().stream().noneMatch(rate -> rate.signum() > 0)) {
            return new Estimate(Outlook.NO_CONSUMPTION, Optional.empty());
        }
        BigDecimal remaining = quantity;
        ZonedDateTime end = now.plus(horizon);
        ZonedDateTime from = now;
        while (from.isBefore(end)) {
            ZonedDateTime nextHour = from.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            ZonedDateTime to = nextHour.isBefore(end) ? nextHour : end;
            BigDecimal rate = hourlyConsumption.getOrDefault(slotOf(from), BigDecimal.ZERO);
            if (rate.signum() > 0) {
                BigDecimal seconds = BigDecimal.valueOf(Duration.between(from, to).toMillis()).movePointLeft(3);
                BigDecimal used = rate.multiply(seconds).divide(SECONDS_PER_HOUR, MathContext.DECIMAL64);
                if (remaining.compareTo(used) <= 0) {
                    long lasting = remaining.multiply(SECONDS_PER_HOUR).divide(rate, 0, RoundingMode.FLOOR).longValueExact();
                    return new Estimate(Outlook.RUNS_OUT, Optional.of(from.toInstant().plusSeconds(lasting)));
                }
                remaining = remaining.subtract(used);
            }
            from = to;
        }
        return new Estimate(Outlook.LASTS_BEYOND_HORIZON, Optional.empty());
    }
}
