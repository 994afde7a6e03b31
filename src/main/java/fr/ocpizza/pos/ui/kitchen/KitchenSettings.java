package fr.ocpizza.pos.ui.kitchen;

import java.time.Duration;
import java.util.Objects;

/**
 * How a kitchen display behaves, from the terminal's configuration ({@code kitchen.*}).
 *
 * @param warnAfter a ticket's age from which its header turns amber
 * @param lateAfter a ticket's age from which its header turns red
 * @param sound     whether a new ticket rings a chime
 * @param kiosk     whether the display opens full screen with no way out but F11
 */
public record KitchenSettings(Duration warnAfter, Duration lateAfter, boolean sound, boolean kiosk) {

    public KitchenSettings {
        Objects.requireNonNull(warnAfter);
        Objects.requireNonNull(lateAfter);
        if (lateAfter.compareTo(warnAfter) <= 0) {
            throw new IllegalArgumentException("lateAfter (" + lateAfter + ") must come after warnAfter (" + warnAfter + ")");
        }
    }

    /** The shipped defaults: amber at 10 minutes, red at 20, silent, windowed. */
    public static KitchenSettings defaults() {
        return new KitchenSettings(Duration.ofMinutes(10), Duration.ofMinutes(20), false, false);
    }
}
