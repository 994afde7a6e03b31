package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.testsupport.JavaProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One desktop terminal per session: a second one, in another process, is refused with the first
 * one's PID and exit code 3; the command line still runs; a lock left by a killed terminal is
 * taken again at once.
 */
class InstanceLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondTerminalIsRefusedWithThePidOfTheFirstAndItsOwnExitCode() throws Exception {
        try (InstanceLock first = InstanceLock.acquire(dataDir)) {
            Process second = startMain("second");

            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(Main.ALREADY_OPEN);
            assertThat(Files.readString(dataDir.resolve("second.err"), StandardCharsets.UTF_8))
                    .startsWith("OC Pizza Terminal est déjà ouvert sur ce poste (PID " + ProcessHandle.current().pid() + ")")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void theCommandLineRunsWhileATerminalIsOpen() throws Exception {
        try (InstanceLock first = InstanceLock.acquire(dataDir)) {
            Process cli = startMain("cli", "--version");

            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).isZero();
        }
    }

    @Test
    void theLockOfAKilledTerminalIsTakenAgain() throws Exception {
        Process holder = JavaProcess.start(dataDir, "holder", List.of(), Map.of(), InstanceLockHolder.class.getName(),
                dataDir.toString());
        try {
            awaitLine(dataDir.resolve("holder.out"), "LOCKED");
            assertThatThrownBy(() -> InstanceLock.acquire(dataDir))
                    .isInstanceOfSatisfying(InstanceLock.HeldElsewhereException.class,
                            e -> assertThat(e.pid()).hasValue(holder.pid()));
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        // The crash left the file behind, not the lock.
        assertThat(dataDir.resolve(InstanceLock.FILE_NAME)).exists();
        try (InstanceLock again = InstanceLock.acquire(dataDir)) {
            assertThat(Files.readString(dataDir.resolve(InstanceLock.FILE_NAME)).strip())
                    .isEqualTo(String.valueOf(ProcessHandle.current().pid()));
        }
    }

    @Test
    void aSecondAttemptInTheSameProcessIsRefusedToo() throws Exception {
        // Within one JVM tryLock throws OverlappingFileLockException instead of answering: same refusal.
        try (InstanceLock first = InstanceLock.acquire(dataDir)) {
            assertThatThrownBy(() -> InstanceLock.acquire(dataDir))
                    .isInstanceOf(InstanceLock.HeldElsewhereException.class)
                    .hasMessageContaining("(PID " + ProcessHandle.current().pid() + ")");
        }
        try (InstanceLock afterClose = InstanceLock.acquire(dataDir)) {
            assertThat(afterClose).isNotNull();
        }
    }

    private Process startMain(String name, String... args) {
        return JavaProcess.start(dataDir, name, List.of("-Docpizza.data.dir=" + dataDir, "-Djava.awt.headless=true"),
                Map.of("OCPIZZA_LOG_DIR", dataDir.resolve("logs").toString()), Main.class.getName(), args);
    }

    private static void awaitLine(Path file, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(file) && Files.readAllLines(file).contains(line))) {
            assertThat(System.nanoTime()).as("waiting for " + line + " in " + file).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
