package fr.ocpizza.pos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.DatabaseFingerprint;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.Migrations;
import fr.ocpizza.pos.testsupport.TestDatabase;
import fr.ocpizza.pos.testsupport.TestPostgres;
import fr.ocpizza.pos.testsupport.TestRedis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code db backup} and {@code db restore} on real databases: a seeded shop with orders goes
 * through each format and comes back identical, table by table and sequence by sequence; every
 * refusal leaves the target as it was.
 */
class BackupRestoreCliTest {

    private static TestDatabase source;
    private static Map<String, String> sourcePrint;
    private final List<TestDatabase> targets = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void shopWithOrders() {
        source = TestPostgres.newDatabase();
        try (Database database = source.connect()) {
            Fixtures fx = new Fixtures(database);
            KitchenOrders store = new KitchenOrders(new OrderService(database.sessionFactory(), Clock.systemUTC()), fx, 1)
                    .stockUp(10_000);
            store.takeaway(20, store.halfAndHalf("reine", "quatre_fromages", "M", 1), store.line("diavola", "L", 2));
            store.phone(30, "Mme Écho", "Sonnez deux fois\tporte B\nmerci — ça \\ va", store.line("reine", "S", 1));
            store.bulkOpenOrders(25, 40, 2);
            // Text COPY must carry tabs, newlines, backslashes, accents and NULLs as they are.
            fx.execute("INSERT INTO customer (first_name, last_name, note) VALUES (NULL, 'O''Brien', E'ligne 1\\nligne\\t2 \\\\ fin')");
        }
        sourcePrint = DatabaseFingerprint.of(source);
    }

    @AfterAll
    static void dropSource() {
        source.close();
    }

    @AfterEach
    void dropTargets() {
        targets.forEach(TestDatabase::close);
    }

    @Test
    void snapshotRoundTripRestoresIdenticalData() {
        Path file = dir.resolve("shop.backup");

        CliRunner.Result backup = cli(source).run("db", "backup", file.toString(), "--format", "snapshot");
        TestDatabase target = empty();
        CliRunner.Result restore = cli(target).run("db", "restore", file.toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).containsPattern("customer_order +2[0-9] rows")
                .contains("flyway_schema_history").contains("Backup written: " + file + " (snapshot format, schema version "
                        + Migrations.latest());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored: " + file + " (snapshot format");
        assertThat(DatabaseFingerprint.of(target)).isEqualTo(sourcePrint);
        assertThat(sourcePrint.get("customer_order")).startsWith("2");
    }

    @Test
    void theDatabaseOwnerWithoutSuperuserRightsRestoresIdenticalDataToo() {
        // Not a superuser: no replica mode, so tables load parents first with their foreign keys checked.
        Path file = backup("shop.backup");
        String role = "ocpizza_bk_owner_" + Long.toHexString(System.nanoTime());
        execute(source, "CREATE ROLE " + role + " LOGIN PASSWORD 'owner-secret'");
        execute(source, "CREATE DATABASE " + role + " OWNER " + role);
        try {
            TestDatabase owned = new TestDatabase(source.url().substring(0, source.url().lastIndexOf('/') + 1) + role, role,
                    "owner-secret", () -> { });

            CliRunner.Result restore = cli(owned).run("db", "restore", file.toString());

            assertThat(restore.exitCode()).as(restore.err()).isZero();
            assertThat(DatabaseFingerprint.of(owned)).isEqualTo(sourcePrint);
        } finally {
            execute(source, "DROP DATABASE IF EXISTS " + role + " WITH (FORCE)");
            execute(source, "DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void pgDumpRoundTripRestoresIdenticalData() {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore are not on the PATH: pg_dump format not tested");
        Path file = dir.resolve("shop.dump");

        CliRunner.Result backup = cli(source).run("db", "backup", file.toString(), "--format", "pg_dump");
        TestDatabase target = empty();
        CliRunner.Result restore = cli(target).run("db", "restore", file.toString());

        assertThat(backup.exitCode()).as(backup.out() + backup.err()).isZero();
        assertThat(backup.out()).containsPattern("customer_order +2[0-9] rows").contains("(pg_dump format");
        assertThat(file).content(java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("PGDMP");
        assertThat(restore.exitCode()).as(restore.out() + restore.err()).isZero();
        assertThat(DatabaseFingerprint.of(target)).isEqualTo(sourcePrint);
    }

    @Test
    void pgDumpRestoreOverDataIsRefusedWithoutForceAndReplacesItWithForce() {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore are not on the PATH: pg_dump format not tested");
        Path file = dir.resolve("shop.dump");
        assertThat(cli(source).run("db", "backup", file.toString(), "--format", "pg_dump").exitCode()).isZero();
        TestDatabase target = seeded();
        Map<String, String> before = DatabaseFingerprint.of(target);

        CliRunner.Result refused = cli(target).run("db", "restore", file.toString());
        Map<String, String> afterRefusal = DatabaseFingerprint.of(target);
        CliRunner.Result forced = cli(target).run("db", "restore", file.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(" is not empty: ").contains("Nothing was restored.");
        assertThat(afterRefusal).isEqualTo(before);
        assertThat(forced.exitCode()).as(forced.out() + forced.err()).isZero();
        assertThat(DatabaseFingerprint.of(target)).isEqualTo(sourcePrint);
    }

    @Test
    void restoreOverADatabaseWithDataIsRefusedWithoutForceAndWritesNothing() {
        Path file = backup("shop.backup");
        TestDatabase target = seeded();
        Map<String, String> before = DatabaseFingerprint.of(target);

        CliRunner.Result restore = cli(target).run("db", "restore", file.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.errLines()).singleElement().asString()
                .startsWith("ocpizza: error: The database at " + target.url() + " is not empty: ")
                .contains("Run again with --force to replace it, or restore into an empty database. Nothing was restored.");
        assertThat(DatabaseFingerprint.of(target)).isEqualTo(before);
    }

    @Test
    void forceReplacesWhatTheDatabaseHeld() {
        Path file = backup("shop.backup");
        TestDatabase target = seeded();
        execute(target, "INSERT INTO customer (last_name) VALUES ('Présent avant')");

        CliRunner.Result restore = cli(target).run("db", "restore", file.toString(), "--force");

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(DatabaseFingerprint.of(target)).isEqualTo(sourcePrint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"snapshot", "pg_dump"})
    void aDatabaseStillInUseByATerminalIsRefusedAfterTenSecondsAndKeepsItsData(String format) throws Exception {
        assumeTrue(format.equals("snapshot") || (onPath("pg_dump") && onPath("pg_restore")), "pg_dump is not on the PATH");
        Path file = dir.resolve("shop." + format);
        assertThat(cli(source).run("db", "backup", file.toString(), "--format", format).exitCode()).isZero();
        TestDatabase target = seeded();
        Map<String, String> before = DatabaseFingerprint.of(target);

        CliRunner.Result restore;
        try (var terminal = java.sql.DriverManager.getConnection(target.url(), target.user(), target.password())) {
            // A terminal in the middle of a transaction that read the stores.
            terminal.setAutoCommit(false);
            terminal.createStatement().executeQuery("SELECT count(*) FROM store").close();
            restore = cli(target).run("db", "restore", file.toString(), "--force");
            terminal.rollback();
        }

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.errLines()).singleElement().asString().isEqualTo("ocpizza: error: The database is in use (a table"
                + " stayed locked for 10s): close every terminal on it, then restore again. Nothing was restored.");
        assertThat(DatabaseFingerprint.of(target)).isEqualTo(before);
    }

    @Test
    void aTruncatedBackupIsRefusedAndNothingIsWritten() throws IOException {
        Path file = backup("shop.backup");
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(dir.resolve("truncated.backup"), Arrays.copyOf(bytes, bytes.length / 2));
        TestDatabase target = empty();

        CliRunner.Result restore = cli(target).run("db", "restore", truncated.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.errLines()).singleElement().asString()
                .startsWith("ocpizza: error: Backup " + truncated + " is damaged or incomplete (")
                .contains("nothing was restored");
        assertThat(DatabaseFingerprint.of(target)).as("still blank: not even the schema").isEmpty();
    }

    @Test
    void aTruncatedPgDumpFileIsRefusedAndNothingIsWritten() throws IOException {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump and pg_restore are not on the PATH: pg_dump format not tested");
        Path file = dir.resolve("shop.dump");
        assertThat(cli(source).run("db", "backup", file.toString(), "--format", "pg_dump").exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(dir.resolve("truncated.dump"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        TestDatabase target = empty();

        CliRunner.Result restore = cli(target).run("db", "restore", truncated.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).containsIgnoringCase("nothing was restored");
        assertThat(DatabaseFingerprint.of(target)).as("still blank: not even the schema").isEmpty();
    }

    @Test
    void aCorruptedBackupIsRefusedAndNothingIsWritten() throws IOException {
        Path file = backup("shop.backup");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Path corrupted = Files.write(dir.resolve("corrupted.backup"), bytes);
        TestDatabase target = empty();

        CliRunner.Result restore = cli(target).run("db", "restore", corrupted.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains("is damaged or incomplete (").contains("nothing was restored");
        assertThat(DatabaseFingerprint.of(target)).isEmpty();
    }

    @Test
    void aFileThatIsNoBackupIsRefused() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a backup");

        CliRunner.Result restore = cli(empty()).run("db", "restore", notes.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.errLines()).singleElement().asString()
                .isEqualTo("ocpizza: error: File " + notes + " is not an OC Pizza backup (neither a snapshot nor a pg_dump"
                        + " custom-format file). Nothing was restored.");
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefusedOnAMigratedDatabaseAndRestoredIntoABlankOne() {
        TestDatabase old = empty();
        String oldVersion = "2";
        Flyway.configure().dataSource(old.url(), old.user(), old.password()).locations("classpath:db/migration")
                .target(oldVersion).load().migrate();
        execute(old, "INSERT INTO store (id, code, name, address_line, postal_code, city, phone)"
                + " VALUES (9, 'ancien', 'Ancienne', '1 rue', '75001', 'Paris', '+33100000000')");
        Path file = dir.resolve("old.backup");
        assertThat(cli(old).run("db", "backup", file.toString(), "--format", "snapshot").exitCode()).isZero();
        TestDatabase current = empty();
        cli(current).run("db", "migrate");
        Map<String, String> before = DatabaseFingerprint.of(current);

        CliRunner.Result refused = cli(current).run("db", "restore", file.toString(), "--force");
        TestDatabase blank = empty();
        CliRunner.Result restored = cli(blank).run("db", "restore", file.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).singleElement().asString().isEqualTo("ocpizza: error: The database at " + current.url()
                + " is at schema version " + Migrations.latest() + " but the backup at version " + oldVersion
                + ": a restore needs the same version. Restore into an empty database (its schema is then created at version "
                + oldVersion + "; run `ocpizza db migrate` afterwards), or use a backup of version " + Migrations.latest()
                + ". Nothing was restored.");
        assertThat(DatabaseFingerprint.of(current)).isEqualTo(before);
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.err()).contains("ocpizza: notice: The database is blank: creating the schema at version 2 first.");
        assertThat(DatabaseFingerprint.of(blank)).isEqualTo(DatabaseFingerprint.of(old));
    }

    @Test
    void aBackupNeverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("taken.backup"), "keep me");

        CliRunner.Result backup = cli(source).run("db", "backup", existing.toString());

        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).contains("File " + existing + " already exists: choose another name");
        assertThat(existing).hasContent("keep me");
    }

    private Path backup(String name) {
        Path file = dir.resolve(name);
        CliRunner.Result backup = cli(source).run("db", "backup", file.toString(), "--format", "snapshot");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        return file;
    }

    private TestDatabase empty() {
        TestDatabase db = TestPostgres.newEmptyDatabase();
        targets.add(db);
        return db;
    }

    private TestDatabase seeded() {
        TestDatabase db = TestPostgres.newDatabase();
        targets.add(db);
        return db;
    }

    private static CliRunner cli(TestDatabase db) {
        return CliRunner.against(db, TestRedis.url());
    }

    private static void execute(TestDatabase db, String sql) {
        try (var c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password()); var s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

}
