package fr.ocpizza.pos.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Online, late, offline or stopped, from the age of the last heartbeat and the terminal's period. */
class TerminalStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");
    private static final Duration PERIOD = Duration.ofSeconds(15);

    private static TerminalStatus aged(long seconds) {
        return TerminalStatus.of(NOW.minusSeconds(seconds), PERIOD, false, NOW);
    }

    @Test
    void onlineWhileTheLastBeatIsYoungerThanThreePeriods() {
        assertThat(aged(0)).isEqualTo(TerminalStatus.ONLINE);
        assertThat(aged(44)).isEqualTo(TerminalStatus.ONLINE);
    }

    @Test
    void lateFromThreePeriodsToTen() {
        assertThat(aged(45)).isEqualTo(TerminalStatus.LATE);
        assertThat(aged(149)).isEqualTo(TerminalStatus.LATE);
    }

    @Test
    void offlineAfterTenPeriods() {
        assertThat(aged(150)).isEqualTo(TerminalStatus.OFFLINE);
        assertThat(aged(86_400)).isEqualTo(TerminalStatus.OFFLINE);
    }

    @Test
    void stoppedWhenTheLastBeatSaidSoWhateverItsAge() {
        assertThat(TerminalStatus.of(NOW.minusSeconds(5), PERIOD, true, NOW)).isEqualTo(TerminalStatus.STOPPED);
        assertThat(TerminalStatus.of(NOW.minusSeconds(86_400), PERIOD, true, NOW)).isEqualTo(TerminalStatus.STOPPED);
    }

    @Test
    void theThresholdsFollowEachTerminalsOwnPeriod() {
        assertThat(TerminalStatus.of(NOW.minusSeconds(100), Duration.ofSeconds(60), false, NOW)).isEqualTo(TerminalStatus.ONLINE);
        assertThat(TerminalStatus.of(NOW.minusSeconds(100), Duration.ofSeconds(5), false, NOW)).isEqualTo(TerminalStatus.OFFLINE);
    }

    @Test
    void aBeatFromAClockAheadCountsAsOnline() {
        assertThat(TerminalStatus.of(NOW.plusSeconds(30), PERIOD, false, NOW)).isEqualTo(TerminalStatus.ONLINE);
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> TerminalStatus.of(NOW, Duration.ZERO, false, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUrgentComeFirst() {
        assertThat(TerminalStatus.values()).containsExactly(TerminalStatus.OFFLINE, TerminalStatus.LATE,
                TerminalStatus.ONLINE, TerminalStatus.STOPPED);
    }
}
