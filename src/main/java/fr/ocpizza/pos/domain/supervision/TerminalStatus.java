package fr.ocpizza.pos.domain.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a terminal is alive, from its last heartbeat. The order of the constants is the order
 * of urgency in the back office: offline first, stopped (closed properly) last.
 */
public enum TerminalStatus {
    /** No heartbeat for ten periods or more, and it did not say it was closing: gone (crash, power, network). */
    OFFLINE,
    /** No heartbeat for three periods: a busy machine, a network hiccup, or going offline. */
    LATE,
    /** Heartbeats arrive: last one younger than three periods. */
    ONLINE,
    /** The application was closed and said so with its last heartbeat. */
    STOPPED;

    /** Missed beats before a terminal counts as late. */
    public static final int LATE_AFTER_PERIODS = 3;
    /** Missed beats before a terminal counts as offline. */
    public static final int OFFLINE_AFTER_PERIODS = 10;

    /**
     * @param lastBeat when the terminal last sent a heartbeat (its own clock)
     * @param period   how often it sends one ({@code supervision.heartbeat.seconds} on that terminal)
     * @param stopped  whether that last heartbeat said the application was closing
     * @param now      the reader's time
     */
    public static TerminalStatus of(Instant lastBeat, Duration period, boolean stopped, Instant now) {
        Objects.requireNonNull(lastBeat);
        Objects.requireNonNull(now);
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A heartbeat period is positive, not " + period);
        }
        if (stopped) {
            return STOPPED;
        }
        Duration age = Duration.between(lastBeat, now);
        if (age.compareTo(period.multipliedBy(LATE_AFTER_PERIODS)) < 0) {
            return ONLINE;
        }
        if (age.compareTo(period.multipliedBy(OFFLINE_AFTER_PERIODS)) < 0) {
            return LATE;
        }
        return OFFLINE;
    }
}
