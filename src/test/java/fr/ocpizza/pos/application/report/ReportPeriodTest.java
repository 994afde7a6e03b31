package fr.ocpizza.pos.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** {@link Period}: the days a report covers, checked before any query. */
class ReportPeriodTest {

    @Test
    void aPeriodCoversBothEnds() {
        assertThat(Period.day(LocalDate.of(2026, 3, 10)).days()).isEqualTo(1);
        assertThat(Period.month(YearMonth.of(2024, 2))).isEqualTo(Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void theFirstDayMustNotBeAfterTheLast() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 10)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The period starts on 2026-03-11, after its last day 2026-03-10: give the earlier day first.")
                .extracting(e -> ((ValidationException) e).key()).isEqualTo("error.report.period.reversed");
    }

    @Test
    void twoYearsAtMost() {
        assertThat(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)).days()).isEqualTo(Period.MAX_DAYS);
        assertThatThrownBy(() -> Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("covers 732 days; a report covers at most 731 days (two years)");
    }

    @Test
    void bothDaysAreNeeded() {
        assertThatThrownBy(() -> Period.of(null, LocalDate.of(2026, 3, 10)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("first and last day");
    }
}
