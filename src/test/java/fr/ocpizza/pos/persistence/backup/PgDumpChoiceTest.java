package fr.ocpizza.pos.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which format a server backup takes, with stand-in pg_dump scripts: none on the PATH or one older
 * than the server falls back to a snapshot with a notice; the password reaches pg_dump only
 * through its environment.
 */
class PgDumpChoiceTest {

    private static TestDatabase testDb;
    private static Database database;

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();
    private final BackupProgress progress = new BackupProgress() {
        @Override
        public void table(String name, long rows, Duration elapsed) {
        }

        @Override
        public void notice(String message) {
            notices.add(message);
        }
    };

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
    void withNoPgDumpAServerIsBackedUpAsASnapshotWithANotice() {
        Backups.Outcome outcome = backups(PgDumpTools.of(null, null), "secret").backup(dir.resolve("a.backup"), Backups.Choice.AUTO,
                progress);

        assertThat(outcome.format()).isEqualTo(BackupFormat.SNAPSHOT);
        assertThat(notices).containsExactly(
                "pg_dump is not on the PATH: using the snapshot format instead (restorable by `ocpizza db restore`).");
    }

    @Test
    void aPgDumpOlderThanTheServerIsNotUsed() throws IOException {
        Path old = script("pg_dump", "echo 'pg_dump (PostgreSQL) 9.6.24'");

        Backups.Outcome outcome = backups(PgDumpTools.of(old, null), "secret").backup(dir.resolve("b.backup"), Backups.Choice.AUTO,
                progress);

        assertThat(outcome.format()).isEqualTo(BackupFormat.SNAPSHOT);
        assertThat(notices).singleElement().asString().startsWith("pg_dump 9 is older than the server (PostgreSQL ");
    }

    @Test
    void askingForPgDumpWithoutOneIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> backups(PgDumpTools.of(null, null), "secret").backup(dir.resolve("c.backup"),
                Backups.Choice.PG_DUMP, progress))
                .isInstanceOf(BackupException.class)
                .hasMessage("Cannot back up with pg_dump: pg_dump is not on the PATH. Use --format snapshot, or install the"
                        + " PostgreSQL client tools of the server's version.");
        assertThat(dir.resolve("c.backup")).doesNotExist();
    }

    @Test
    void thePasswordReachesPgDumpThroughItsEnvironmentOnlyAndAFailureLeavesNoFile() throws IOException {
        Path args = dir.resolve("args.txt");
        Path env = dir.resolve("env.txt");
        Path fake = script("pg_dump", "if [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) 99.0'; exit 0; fi\n"
                + "echo \"$@\" > " + args + "\necho \"$PGPASSWORD\" > " + env + "\n"
                + "echo 'pg_dump: error: connection to server failed' >&2\nexit 1");
        Path file = dir.resolve("d.backup");

        assertThatThrownBy(() -> backups(PgDumpTools.of(fake, null), "s3cr3t-pw").backup(file, Backups.Choice.AUTO, progress))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("pg_dump failed (exit code 1): pg_dump: error: connection to server failed")
                .hasMessageNotContaining("s3cr3t-pw");
        assertThat(Files.readString(args)).contains("--format=custom", "--snapshot=", "--dbname=").doesNotContain("s3cr3t-pw");
        assertThat(Files.readString(env)).isEqualTo("s3cr3t-pw\n");
        assertThat(file).doesNotExist();
        assertThat(file.resolveSibling("d.backup.part")).doesNotExist();
    }

    private Backups backups(PgDumpTools tools, String password) {
        return new Backups(database.dataSource(), new BackupTarget(testDb.url(), testDb.user(), password), false,
                Clock.systemUTC(), tools);
    }

    private Path script(String name, String body) throws IOException {
        Path script = Files.createDirectories(dir.resolve("bin")).resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
