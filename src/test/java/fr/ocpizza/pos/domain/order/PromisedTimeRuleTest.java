package fr.ocpizza.pos.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link PromiseRule}: the proposed promised time, with no database. */
class PromisedTimeRuleTest {

    private static final PromiseRule DEFAULTS = new PromiseRule(Duration.ofMinutes(15), Duration.ofMinutes(2), 1,
            Duration.ofMinutes(20));
    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void emptyKitchenTakeawayIsTheBaseTimePlusTheOrdersOwnPizzas() {
        // 12:00 + 15 + 2 × 2 = 12:19 → 12:20
        assertThat(DEFAULTS.promise(NOON, 0, 2, Fulfilment.TAKEAWAY)).isEqualTo(Instant.parse("2026-11-25T12:20:00Z"));
    }

    @Test
    void queuedPizzasPushThePromiseBack() {
        // 12:00 + 15 + (10 + 1) × 2 = 12:37 → 12:40
        assertThat(DEFAULTS.promise(NOON, 10, 1, Fulfilment.TAKEAWAY)).isEqualTo(Instant.parse("2026-11-25T12:40:00Z"));
    }

    @Test
    void aDeliveryAddsTheRidersTrip() {
        // 12:00 + 15 + 2 × 2 + 20 = 12:39 → 12:40
        assertThat(DEFAULTS.promise(NOON, 0, 2, Fulfilment.DELIVERY)).isEqualTo(Instant.parse("2026-11-25T12:40:00Z"));
        assertThat(DEFAULTS.promise(NOON, 0, 2, Fulfilment.EAT_IN)).isEqualTo(Instant.parse("2026-11-25T12:20:00Z"));
    }

    @Test
    void severalOvensShareTheQueueAndAPartialMinuteCountsAsAWholeStep() {
        PromiseRule threeOvens = new PromiseRule(Duration.ofMinutes(15), Duration.ofMinutes(2), 3, Duration.ofMinutes(20));
        // 10 pizzas × 2 min ÷ 3 = 6 min 40 s: 12:21:40 → 12:25
        assertThat(threeOvens.promise(NOON, 9, 1, Fulfilment.TAKEAWAY)).isEqualTo(Instant.parse("2026-11-25T12:25:00Z"));
    }

    @Test
    void aTimeAlreadyOnTheStepStaysAndAnyNanosecondPastItGoesToTheNext() {
        assertThat(PromiseRule.roundUp(Instant.parse("2026-11-25T12:35:00Z"))).isEqualTo(Instant.parse("2026-11-25T12:35:00Z"));
        assertThat(PromiseRule.roundUp(Instant.parse("2026-11-25T12:35:00.000000001Z")))
                .isEqualTo(Instant.parse("2026-11-25T12:40:00Z"));
        assertThat(PromiseRule.roundUp(Instant.parse("2026-11-25T12:31:59Z"))).isEqualTo(Instant.parse("2026-11-25T12:35:00Z"));
    }

    @Test
    void aProposalIsAlwaysInTheFutureOnAFiveMinuteStep() {
        Instant odd = Instant.parse("2026-11-25T18:43:17.5Z");
        Instant promise = DEFAULTS.promise(odd, 3, 0, Fulfilment.TAKEAWAY);
        assertThat(promise).isAfter(odd.plus(Duration.ofMinutes(21)));
        assertThat(promise.getEpochSecond() % 300).isZero();
    }

    @Test
    void impossibleSettingsAndCountsAreRefused() {
        assertThatThrownBy(() -> new PromiseRule(Duration.ofMinutes(15), Duration.ofMinutes(2), 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ovens");
        assertThatThrownBy(() -> new PromiseRule(Duration.ofMinutes(-1), Duration.ofMinutes(2), 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base");
        assertThatThrownBy(() -> DEFAULTS.promise(NOON, -1, 1, Fulfilment.TAKEAWAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
