package fr.ocpizza.pos.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.domain.stock.RunOutProjection.Estimate;
import fr.ocpizza.pos.domain.stock.RunOutProjection.Outlook;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunOutProjectionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration FOUR_WEEKS = Duration.ofDays(28);
    // Wednesday 25 November 2026, 12:30 in Paris.
    private static final ZonedDateTime WEDNESDAY_NOON_THIRTY = ZonedDateTime.of(2026, 11, 25, 12, 30, 0, 0, PARIS);

    private static ZonedDateTime paris(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(2026, month, day, hour, minute), PARIS);
    }

    private static Map<Integer, BigDecimal> everyHour(String rate) {
        Map<Integer, BigDecimal> profile = new HashMap<>();
        for (int slot = 0; slot < RunOutProjection.SLOTS; slot++) {
            profile.put(slot, new BigDecimal(rate));
        }
        return profile;
    }

    @Test
    void slotsCountHoursFromMondayMidnightInLocalTime() {
        assertThat(RunOutProjection.slotOf(paris(11, 23, 0, 0))).isZero(); // Monday
        assertThat(RunOutProjection.slotOf(WEDNESDAY_NOON_THIRTY)).isEqualTo(2 * 24 + 12);
        assertThat(RunOutProjection.slotOf(paris(11, 29, 23, 59))).isEqualTo(167); // Sunday
    }

    @Test
    void theRestOfTheCurrentHourCountsForItsShareThenWholeHoursUntilNothingIsLeft() {
        // 10 per hour: 5 until 13:00, 10 until 14:00, the last 10 until 15:00.
        Estimate estimate = RunOutProjection.project(new BigDecimal("25"), everyHour("10"), WEDNESDAY_NOON_THIRTY, FOUR_WEEKS);

        assertThat(estimate.outlook()).isEqualTo(Outlook.RUNS_OUT);
        assertThat(estimate.runsOutAt()).contains(paris(11, 25, 15, 0).toInstant());
    }

    @Test
    void withinTheHourItRunsOutConsumptionIsTakenAsEven() {
        Estimate estimate = RunOutProjection.project(new BigDecimal("7.5"), everyHour("10"), paris(11, 25, 12, 0), FOUR_WEEKS);

        assertThat(estimate.runsOutAt()).contains(paris(11, 25, 12, 45).toInstant());
    }

    @Test
    void quietHoursTakeNothingAndTheBusySlotOfTheWeekEmptiesTheStock() {
        int fridayEvening = 4 * 24 + 19;
        Map<Integer, BigDecimal> profile = Map.of(fridayEvening, new BigDecimal("100"));

        Estimate estimate = RunOutProjection.project(new BigDecimal("150"), profile, WEDNESDAY_NOON_THIRTY, FOUR_WEEKS);

        // Friday 27th 19:00–20:00 takes 100; the next Friday's first half hour the last 50.
        assertThat(estimate.runsOutAt()).contains(paris(12, 4, 19, 30).toInstant());
    }

    @Test
    void aStockThatOutlastsTheHorizonGetsNoDate() {
        Map<Integer, BigDecimal> profile = Map.of(4 * 24 + 19, new BigDecimal("100"));

        Estimate estimate = RunOutProjection.project(new BigDecimal("401"), profile, WEDNESDAY_NOON_THIRTY, FOUR_WEEKS);

        assertThat(estimate.outlook()).isEqualTo(Outlook.LASTS_BEYOND_HORIZON);
        assertThat(estimate.runsOutAt()).isEmpty();
        assertThat(RunOutProjection.project(new BigDecimal("400"), profile, WEDNESDAY_NOON_THIRTY, FOUR_WEEKS).outlook())
                .isEqualTo(Outlook.RUNS_OUT);
    }

    @Test
    void noConsumptionGivesNoEstimateAndAnEmptyStockIsOutNow() {
        assertThat(RunOutProjection.project(BigDecimal.TEN, Map.of(), WEDNESDAY_NOON_THIRTY, FOUR_WEEKS).outlook())
                .isEqualTo(Outlook.NO_CONSUMPTION);
        assertThat(RunOutProjection.project(BigDecimal.TEN, Map.of(3, BigDecimal.ZERO), WEDNESDAY_NOON_THIRTY, FOUR_WEEKS)
                .outlook()).isEqualTo(Outlook.NO_CONSUMPTION);
        Estimate out = RunOutProjection.project(BigDecimal.ZERO, everyHour("1"), WEDNESDAY_NOON_THIRTY, FOUR_WEEKS);
        assertThat(out.outlook()).isEqualTo(Outlook.OUT_NOW);
        assertThat(out.runsOutAt()).contains(WEDNESDAY_NOON_THIRTY.toInstant());
    }

    @Test
    void followsLocalHoursAcrossTheChangeToSummerTime() {
        // Sunday 29 March 2026: 02:00 does not exist in Paris. Only the 03:00 slot consumes.
        int sunday3am = 6 * 24 + 3;
        ZonedDateTime saturdayNight = ZonedDateTime.of(2026, 3, 28, 23, 0, 0, 0, PARIS);

        Estimate estimate = RunOutProjection.project(new BigDecimal("5"), Map.of(sunday3am, BigDecimal.TEN), saturdayNight,
                FOUR_WEEKS);

        assertThat(estimate.runsOutAt()).contains(ZonedDateTime.of(2026, 3, 29, 3, 30, 0, 0, PARIS).toInstant());
    }

    @Test
    void theAverageIsPerWeekAndIgnoresNetReturns() {
        Map<Integer, BigDecimal> average = RunOutProjection.hourlyAverage(
                Map.of(10, new BigDecimal("400"), 11, new BigDecimal("-30"), 12, new BigDecimal("1")), 4);

        assertThat(average).containsOnlyKeys(10, 12);
        assertThat(average.get(10)).isEqualByComparingTo("100");
        assertThat(average.get(12)).isEqualByComparingTo("0.25");
    }
}
