package fr.ocpizza.pos.ui.kitchen;

import java.time.Duration;
import java.time.Instant;

/** How old a ticket is, as its running timer shows it, and which colour that age deserves. */
public final class TicketAge {

    /** The colour steps of a ticket's header. */
    public enum Level { FRESH, WARN, LATE }

    private final Duration warnAfter;
    private final Duration lateAfter;

    public TicketAge(Duration warnAfter, Duration lateAfter) {
        this.warnAfter = warnAfter;
        this.lateAfter = lateAfter;
    }

    public Level level(Instant receivedAt, Instant now) {
        Duration age = age(receivedAt, now);
        if (age.compareTo(lateAfter) >= 0) {
            return Level.LATE;
        }
        return age.compareTo(warnAfter) >= 0 ? Level.WARN : Level.FRESH;
    }

    /** "4:07", or "1:04:07" past the hour. */
    public static String format(Instant receivedAt, Instant now) {
        long seconds = age(receivedAt, now).toSeconds();
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long rest = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, rest) : String.format("%d:%02d", minutes, rest);
    }

    /** Never negative: the terminal's clock may run a little behind the database's. */
    static Duration age(Instant receivedAt, Instant now) {
        Duration age = Duration.between(receivedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
