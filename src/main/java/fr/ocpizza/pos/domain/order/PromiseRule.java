package fr.ocpizza.pos.domain.order;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How the counter proposes a promised time from the kitchen's queue:
 * <pre>
 * now + base + ⌈(pizzas in the queue + pizzas of this order) × per pizza ÷ ovens⌉ (+ travel, for a delivery)
 * </pre>
 * rounded up to the next {@value #STEP_MINUTES} minutes, the way a time is said on the phone
 * ("vers 19 h 45"). A proposal only: the cashier may change it.
 *
 * @param base     what any order takes with an empty kitchen: taking it, shaping, baking, boxing
 * @param perPizza how long one pizza keeps the kitchen busy (assembly and its turn in the oven)
 * @param ovens    how many pizzas the kitchen makes side by side (ovens, or pizzaiolos at the bench)
 * @param delivery the rider's average trip to the customer
 */
public record PromiseRule(Duration base, Duration perPizza, int ovens, Duration delivery) {

    /** Promised times are multiples of this many minutes. */
    public static final int STEP_MINUTES = 5;

    public PromiseRule {
        requireNotNegative(base, "base");
        requireNotNegative(perPizza, "perPizza");
        requireNotNegative(delivery, "delivery");
        if (ovens < 1) {
            throw new IllegalArgumentException("ovens must be at least 1, not " + ovens);
        }
    }

    /**
     * The time to promise an order placed at {@code now}.
     *
     * @param queuedPizzas      pizzas of the store's open orders (received or in preparation)
     * @param pizzasInThisOrder pizzas of the order being taken (drinks and desserts wait for nothing)
     */
    public Instant promise(Instant now, int queuedPizzas, int pizzasInThisOrder, Fulfilment fulfilment) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(fulfilment, "fulfilment");
        if (queuedPizzas < 0 || pizzasInThisOrder < 0) {
            throw new IllegalArgumentException("pizza counts cannot be negative: " + queuedPizzas + ", " + pizzasInThisOrder);
        }
        long pizzas = (long) queuedPizzas + pizzasInThisOrder;
        // Whole seconds, rounded up: ten pizzas at 2 min over 3 ovens is 6 min 40 s, not 6 min.
        long kitchenSeconds = ceilDiv(pizzas * perPizza.toSeconds(), ovens);
        Instant ready = now.plus(base).plusSeconds(kitchenSeconds);
        return roundUp(fulfilment == Fulfilment.DELIVERY ? ready.plus(delivery) : ready);
    }

    /**
     * Up to the next multiple of {@value #STEP_MINUTES} minutes; a time already on one stays.
     * Counted from the epoch: every time zone's offset is a multiple of 15 minutes, so the result
     * is on the step in local time too.
     */
    public static Instant roundUp(Instant time) {
        long step = STEP_MINUTES * 60L;
        Instant seconds = time.truncatedTo(ChronoUnit.SECONDS);
        if (seconds.isBefore(time)) {
            seconds = seconds.plusSeconds(1);
        }
        long epoch = seconds.getEpochSecond();
        return Instant.ofEpochSecond(ceilDiv(epoch, step) * step);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative: " + duration);
        }
    }
}
