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

    /** Milliseconds from the JVM's start to now. */
    static long millisSinceJvmStart() {
        return millisBetween(ManagementFactory.getRuntimeMXBean().getStartTime(), System.currentTimeMillis());
    }

    /** The interval in milliseconds; never negative, should the wall clock step back in between. */
    static long millisBetween(long startEpochMillis, long nowEpochMillis) {
        return Math.max(0, nowEpochMillis - startEpochMillis);
    }

    /** The interval in milliseconds between two {@link System#nanoTime()} readings. */
    static long millisBetweenNanos(long startNanos, long nowNanos) {
        return Math.max(0, (nowNanos - startNanos) / 1_000_000);
    }
}
