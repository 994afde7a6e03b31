package fr.ocpizza.pos.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyBackupsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalTime THREE_AM = LocalTime.of(3, 0);

    @TempDir
    Path dir;

    @Test
    void dueWhenThereIsNoBackupYet() {
        assertThat(at("2026-11-25T10:00").isDue()).isTrue();
    }

    @Test
    void dueJustAfterTheScheduledTimeWhenTheLastBackupIsFromYesterdaysRun() throws IOException {
        backupTakenAt("2026-11-24T03:00:12");

        assertThat(at("2026-11-25T02:59").isDue()).as("before the time").isFalse();
        assertThat(at("2026-11-25T03:00").isDue()).as("at the time").isTrue();
        assertThat(at("2026-11-25T03:40").isDue()).as("a check late within the hour").isTrue();
    }

    @Test
    void notDueAgainOnceTodaysBackupIsTaken() throws IOException {
        backupTakenAt("2026-11-25T03:00:05");

        assertThat(at("2026-11-25T03:05").isDue()).isFalse();
        assertThat(at("2026-11-25T23:00").isDue()).isFalse();
        assertThat(at("2026-11-26T02:59").isDue()).isFalse();
    }

    @Test
    void aTerminalOffAtTheScheduledTimeCatchesUpAtStartWhenTheLastBackupIsADayOld() throws IOException {
        backupTakenAt("2026-11-24T03:00:00");

        // Switched on at 09:00 the next day: the 03:00 run was missed and the last backup is 30 hours old.
        assertThat(at("2026-11-25T09:00").isDue()).isTrue();
    }

    @Test
    void aCatchUpBackupOfLessThanADayIsNotTakenAgainAtTheNextStart() throws IOException {
        // Caught up at 09:00 yesterday; the terminal was off at 03:00 and starts at 08:00: 23 hours, not due.
        backupTakenAt("2026-11-24T09:00:00");

        assertThat(at("2026-11-25T08:00").isDue()).isFalse();
        assertThat(at("2026-11-25T09:00").isDue()).as("24 hours").isTrue();
    }

    @Test
    void aTerminalLeftOnRunsAtTheScheduledTimeEvenAfterACatchUp() throws IOException {
        backupTakenAt("2026-11-24T09:00:00");

        assertThat(at("2026-11-25T03:02").isDue()).isTrue();
    }

    @Test
    void keepsTheSevenNewestAndLeavesOtherFilesAlone() throws IOException {
        for (int day = 1; day <= 10; day++) {
            backupTakenAt(String.format("2026-11-%02dT03:00:00", day));
        }
        Files.writeString(dir.resolve("avant-travaux.backup"), "by hand");
        Files.writeString(dir.resolve("ocpizza-2026-11-11-030000.backup.part"), "half written");
        DailyBackups daily = at("2026-11-11T03:05");

        daily.prune();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "avant-travaux.backup",
                    "ocpizza-2026-11-04-030000.backup", "ocpizza-2026-11-05-030000.backup", "ocpizza-2026-11-06-030000.backup",
                    "ocpizza-2026-11-07-030000.backup", "ocpizza-2026-11-08-030000.backup", "ocpizza-2026-11-09-030000.backup",
                    "ocpizza-2026-11-10-030000.backup");
        }
        assertThat(daily.list()).hasSize(7).first().extracting(DailyBackups.Entry::takenAt)
                .isEqualTo(LocalDateTime.parse("2026-11-10T03:00:00"));
    }

    @Test
    void theNextFileIsNamedAfterTheLocalTime() {
        assertThat(at("2026-11-25T03:00").nextFile()).isEqualTo(dir.resolve("ocpizza-2026-11-25-030000.backup"));
    }

    @Test
    void aMissingFolderHasNoBackups() {
        DailyBackups daily = new DailyBackups(dir.resolve("not-yet"), THREE_AM, 7, clock("2026-11-25T10:00"));

        assertThat(daily.list()).isEmpty();
        assertThat(daily.isDue()).isTrue();
        assertThat(daily.prune()).isEmpty();
    }

    private DailyBackups at(String localTime) {
        return new DailyBackups(dir, THREE_AM, 7, clock(localTime));
    }

    private static Clock clock(String localTime) {
        return Clock.fixed(LocalDateTime.parse(localTime).atZone(PARIS).toInstant(), PARIS);
    }

    private void backupTakenAt(String localTime) throws IOException {
        String stamp = LocalDateTime.parse(localTime).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        Files.writeString(dir.resolve("ocpizza-" + stamp + ".backup"), "backup");
    }
}
