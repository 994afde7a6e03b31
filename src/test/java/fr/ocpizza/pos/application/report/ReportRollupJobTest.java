package fr.ocpizza.pos.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The terminal's background roll-up of its own store, on a real database. */
class ReportRollupJobTest {

    @Test
    void rollsUpTheStoresClosedDaysOnceAndLeavesTheOtherStoresToTheirTerminals() {
        try (ServiceDatabase db = ServiceDatabase.open()) {
            Fixtures fx = db.fx();
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            ReportRollupJob job = new ReportRollupJob(db.database().sessionFactory(), 1, Clock.systemUTC());

            int days = job.runOnce();

            // 400 days up to today, of which yesterday and today stay live (a day more when UTC is still on the day before).
            assertThat(days).isBetween(ReportRollupJob.DAYS_KEPT_AHEAD - 2, ReportRollupJob.DAYS_KEPT_AHEAD - 1);
            assertThat(fx.count("SELECT count(*) FROM report_day WHERE store_id = 1 AND business_date = ?",
                    today.minusDays(2))).isEqualTo(1);
            assertThat(fx.count("SELECT count(*) FROM report_day WHERE store_id <> 1")).isZero();
            assertThat(job.runOnce()).isZero();
        }
    }
}
