package fr.ocpizza.pos.simulation;

import java.util.OptionalDouble;

/**
 * How a run is played.
 *
 * @param orders          how many orders to place (K), 1 to {@value #MAX_ORDERS}
 * @param ratePerSecond   orders started per second over the whole run, or empty: as fast as the writers go
 * @param concurrency     parallel writers, each with its own connection, 1 to {@value #MAX_CONCURRENCY}
 * @param seed            seeds the customers, baskets, payment choices: the same seed replays the same orders
 * @param favouritePizza  a pizza code that makes up half of the pizzas ordered (a rush on it), or null
 */
public record SimulationSettings(int orders, OptionalDouble ratePerSecond, int concurrency, long seed,
                                 String favouritePizza) {

    public static final int MAX_ORDERS = 1_000_000;
    public static final int MAX_CONCURRENCY = 64;

    public SimulationSettings {
        if (orders < 1 || orders > MAX_ORDERS) {
            throw new IllegalArgumentException("orders must be 1 to " + MAX_ORDERS + ", not " + orders);
        }
        if (ratePerSecond.isPresent() && !(ratePerSecond.getAsDouble() > 0 && Double.isFinite(ratePerSecond.getAsDouble()))) {
            throw new IllegalArgumentException("the rate must be a positive number, not " + ratePerSecond.getAsDouble());
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be 1 to " + MAX_CONCURRENCY + ", not " + concurrency);
        }
    }

    /** K orders as fast as one writer goes, the usual mix. */
    public static SimulationSettings of(int orders, long seed) {
        return new SimulationSettings(orders, OptionalDouble.empty(), 1, seed, null);
    }

    public SimulationSettings withConcurrency(int writers) {
        return new SimulationSettings(orders, ratePerSecond, writers, seed, favouritePizza);
    }

    public SimulationSettings withRate(double perSecond) {
        return new SimulationSettings(orders, OptionalDouble.of(perSecond), concurrency, seed, favouritePizza);
    }

    public SimulationSettings withFavouritePizza(String productCode) {
        return new SimulationSettings(orders, ratePerSecond, concurrency, seed, productCode);
    }
}
