package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class StartupTimingTest {

    @Test
    void nanoIntervalIsCountedInWholeMillisecondsAndNeverNegative() {
        assertThat(StartupTiming.millisBetweenNanos(1_000_000_000L, 1_250_999_999L)).isEqualTo(250);
        assertThat(StartupTiming.millisBetweenNanos(5_000_000L, 1_000_000L)).isZero();
    }

    @Test
    void timeSinceJvmStartCoversThisTestsJvmUptimeSoFar() {
        long uptimeBefore = ManagementFactory.getRuntimeMXBean().getUptime();

        long sinceStart = StartupTiming.millisSinceJvmStart();

        // The same monotonic count, read later: never less.
        assertThat(sinceStart).isGreaterThanOrEqualTo(uptimeBefore);
    }
}
