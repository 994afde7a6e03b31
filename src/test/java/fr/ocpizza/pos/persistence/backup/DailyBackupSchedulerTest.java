package fr.ocpizza.pos.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Migrations;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler's one step, on a real database: a snapshot when due, nothing when not, a failure only logged. */
class DailyBackupSchedulerTest {

    private static TestDatabase testDb;
    private static Database database;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        testDb = TestPostgres.newDatabase();
        database = testDb.connect();
    }

    @AfterAll
    static void close() {
        database.close();
        testDb.close();
    }

    @Test
    void writesACompleteSnapshotWhenDueThenNothingUntilTheNextDay() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:30Z"), ZoneId.of("Europe/Paris"));
        DailyBackups daily = new DailyBackups(dir, LocalTime.of(3, 0), 7, clock);

        try (DailyBackupScheduler scheduler = DailyBackupScheduler.start(backups(clock), daily, clock)) {
            Path first = scheduler.checkNow();
            Path second = scheduler.checkNow();

            assertThat(first).isEqualTo(dir.resolve("ocpizza-2026-11-25-030030.backup"));
            assertThat(BackupFormat.detect(first)).isEqualTo(BackupFormat.SNAPSHOT);
            assertThat(SnapshotRestore.verify(first).tables()).extracting(SnapshotManifest.TableEntry::name)
                    .contains("customer_order", "flyway_schema_history", "staff");
            assertThat(second).as("not due again").isNull();
            assertThat(daily.list()).hasSize(1);
        }
    }

    @Test
    void aFailedBackupLeavesNoFileAndWaitsAnHourBeforeTryingAgain() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Europe/Paris"));
        Path notAFolder = Files.writeString(dir.resolve("file-in-the-way"), "x");
        DailyBackups daily = new DailyBackups(notAFolder.resolve("backups"), LocalTime.of(3, 0), 7, clock);

        try (DailyBackupScheduler scheduler = DailyBackupScheduler.start(backups(clock), daily, clock)) {
            assertThat(scheduler.checkNow()).isNull();
            assertThat(scheduler.checkNow()).as("no retry within the hour").isNull();
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    @Test
    void theEmbeddedDatabaseIsBackedUpDailyIntoBackupDir() throws IOException {
        Map<String, String> settings = Map.of("db.embedded.dir", dir.resolve("pgdata").toString(),
                "db.embedded.port", String.valueOf(freePort()), "backup.dir", dir.resolve("backups").toString());
        try (Database embedded = Database.open(AppConfig.of(settings))) {
            embedded.migrations().migrate();
            try (DailyBackupScheduler scheduler = DailyBackupScheduler.startIfWanted(AppConfig.of(settings), embedded)) {
                assertThat(scheduler).isNotNull();
                Path written = scheduler.checkNow();

                assertThat(written).hasParent(dir.resolve("backups"));
                assertThat(SnapshotRestore.verify(written).schemaVersion()).isEqualTo(String.valueOf(Migrations.latest()));
            }
        }
    }

    @Test
    void aServerOrATerminalThatTurnedItOffHasNoDailyBackup() {
        assertThat(DailyBackupScheduler.startIfWanted(AppConfig.of(testDb.configValues()), database)).as("a server").isNull();
        assertThat(DailyBackupScheduler.startIfWanted(AppConfig.of(Map.of("backup.daily.enabled", "false")), database)).isNull();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Backups backups(Clock clock) {
        return new Backups(database.dataSource(), new BackupTarget(testDb.url(), testDb.user(), testDb.password()), true, clock);
    }
}
