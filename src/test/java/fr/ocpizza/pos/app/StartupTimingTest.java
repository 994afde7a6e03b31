package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class StartupTimingTest {

    @Test
    void intervalIsTheDifferenceOfTheTwoInstants() {
        assertThat(StartupTiming.millisBetween(1_000, 2_750)).isEqualTo(1_750);
    }

    @Test
    void intervalIsNeverNegativeWhenTheClockStepsBack() {
        assertThat(StartupTiming.millisBetween(2_000, 1_500)).isZero();
    }

    @Test
    void nanoIntervalIsCountedInWholeMillisecondsAndNeverNegative() {
        assertThat(StartupTiming.millisBetweenNanos(1_000_000_000L, 1_250_999_999L)).isEqualTo(250);
        assertThat(StartupTiming.millisBetweenNanos(5_000_000L, 1_000_000L)).isZero();
    }

    @Test
    void timeSinceJvmStartCoversThisTestsJvmUptimeSoFar() {
        long uptimeBefore = ManagementFactory.getRuntimeMXBean().getUptime();

        long sinceStart = StartupTiming.millisSinceJvmStart();

        // Both count from the same start; a few ms of difference between the two clocks is tolerated.
        assertThat(sinceStart).isGreaterThanOrEqualTo(uptimeBefore - 50);
    }
}
