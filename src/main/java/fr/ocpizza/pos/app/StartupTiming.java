package fr.ocpizza.pos.app;

import java.lang.management.ManagementFactory;

/**
 * How long the terminal took to become usable, counted from the JVM's own start time (so the
 * launcher, the runtime's start and class loading are included, as the person at the till waits
 * for them). Logged once per start; the installers' cold-start figures are read from that line.
 */
final class StartupTiming {

    private StartupTiming() {
    }

    /**
     * Milliseconds from the JVM's start to now: the JVM's uptime, a monotonic count (the wall
     * clock minus the start time drifted by 100 ms and more over a long run, as the clock is slewed).
     */
    static long millisSinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** The interval in milliseconds between two {@link System#nanoTime()} readings. */
    static long millisBetweenNanos(long startNanos, long nowNanos) {
        return Math.max(0, (nowNanos - startNanos) / 1_000_000);
    }
}
