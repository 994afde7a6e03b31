package fr.ocpizza.pos.persistence.backup;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;

/**
 * pg_dump and pg_restore of the PATH, run as child processes. The connection goes by host, port
 * and database options; the password only through PGPASSWORD in the child's environment.
 */
final class PgDumpTools {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final Pattern DUMPING = Pattern.compile("dumping contents of table \"?public\\.\"?([^\"]+)\"?");
    private static final Pattern RESTORING = Pattern.compile("processing data for table \"?public\\.\"?([^\"]+)\"?");

    private final Path pgDump;
    private final Path pgRestore;

    private PgDumpTools(Path pgDump, Path pgRestore) {
        this.pgDump = pgDump;
        this.pgRestore = pgRestore;
    }

    /** Both tools as found on the PATH (either may be missing). */
    static PgDumpTools onPath() {
        return new PgDumpTools(find("pg_dump").orElse(null), find("pg_restore").orElse(null));
    }

    /** Given tools (tests: none, or stand-ins). */
    static PgDumpTools of(Path pgDump, Path pgRestore) {
        return new PgDumpTools(pgDump, pgRestore);
    }

    static Optional<Path> find(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, windows ? tool + ".exe" : tool);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    Optional<Path> pgDump() {
        return Optional.ofNullable(pgDump);
    }

    Optional<Path> pgRestore() {
        return Optional.ofNullable(pgRestore);
    }

    /** The major version a tool prints with --version (16 for "pg_dump (PostgreSQL) 16.4"). */
    static int majorVersion(Path tool) {
        Result result = run(List.of(tool.toString(), "--version"), Map.of(), line -> { });
        Matcher m = VERSION.matcher(result.lastLines());
        if (result.exitCode() != 0 || !m.find()) {
            throw new BackupException(tool + " --version did not tell its version (" + result.lastLines().strip() + ").");
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * Dumps the database as it is in the exported snapshot (so that the caller's row counts are
     * exactly what the file holds), in custom format, to {@code out}.
     */
    void dump(BackupTarget target, String snapshot, Path out, BackupProgress progress, Map<String, Long> rows) {
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--verbose", "--no-password",
                "--snapshot=" + snapshot, "--file=" + out));
        command.addAll(connectionOptions(target, "--dbname"));
        TableTimer timer = new TableTimer(DUMPING, progress, rows);
        Result result = run(command, environment(target), timer);
        timer.finish();
        if (result.exitCode() != 0) {
            throw new BackupException("pg_dump failed (exit code " + result.exitCode() + "): " + result.errors());
        }
    }

    /**
     * Restores a custom-format file in one transaction; {@code clean} drops the objects first.
     * {@code lockedOut} tells whether a failure came from the caller cancelling a statement stuck
     * behind another session's lock (pg_restore's own script sets lock_timeout to 0).
     */
    void restore(BackupTarget target, Path file, boolean clean, BackupProgress progress, java.util.function.BooleanSupplier lockedOut) {
        List<String> command = new ArrayList<>(List.of(pgRestore.toString(), "--single-transaction", "--exit-on-error",
                "--no-owner", "--verbose", "--no-password"));
        if (clean) {
            command.addAll(List.of("--clean", "--if-exists"));
        }
        command.addAll(connectionOptions(target, "--dbname"));
        command.add(file.toString());
        TableTimer timer = new TableTimer(RESTORING, progress, Map.of());
        Result result = run(command, environment(target), timer);
        timer.finish();
        if (result.exitCode() != 0 && lockedOut.getAsBoolean()) {
            throw new BackupException(Backups.IN_USE);
        }
        if (result.exitCode() != 0) {
            throw new BackupException("pg_restore failed (exit code " + result.exitCode() + "), so its single transaction was"
                    + " rolled back and nothing was restored: " + result.errors());
        }
    }

    /** The schema version a custom-format file holds: Flyway's history, read from the file's data. */
    Optional<String> schemaVersion(Path file) {
        List<String> history = new ArrayList<>();
        Result result = run(List.of(pgRestore.toString(), "--data-only", "--schema=public", "--table=" + PublicSchema.FLYWAY_HISTORY,
                "--file=-", file.toString()), Map.of(), history::add);
        if (result.exitCode() != 0) {
            throw new BackupException("Backup " + file + " is damaged or incomplete (pg_restore cannot read it: " + result.errors()
                    + "): nothing was restored.");
        }
        int versionColumn = -1;
        int successColumn = -1;
        MigrationVersion highest = null;
        boolean inData = false;
        for (String line : history) {
            if (!inData && line.startsWith("COPY ") && line.endsWith("FROM stdin;")) {
                List<String> columns = List.of(line.substring(line.indexOf('(') + 1, line.lastIndexOf(')')).split(",\\s*"));
                versionColumn = columns.indexOf("version");
                successColumn = columns.indexOf("success");
                inData = true;
            } else if (inData && line.equals("\\.")) {
                inData = false;
            } else if (inData && versionColumn >= 0) {
                String[] fields = line.split("\t", -1);
                if (!fields[versionColumn].equals("\\N") && fields[successColumn].equals("t")) {
                    MigrationVersion version = MigrationVersion.fromVersion(fields[versionColumn]);
                    highest = highest == null || version.compareTo(highest) > 0 ? version : highest;
                }
            }
        }
        return Optional.ofNullable(highest).map(MigrationVersion::getVersion);
    }

    private static List<String> connectionOptions(BackupTarget target, String dbOption) {
        Map<String, String> parts = target.libpqParts().orElseThrow();
        return List.of("--host=" + parts.get("host"), "--port=" + parts.get("port"), "--username=" + target.user(),
                dbOption + "=" + parts.get("dbname"));
    }

    /** The child's own environment: the password never goes on its command line. */
    private static Map<String, String> environment(BackupTarget target) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("PGPASSWORD", target.password());
        target.libpqParts().map(p -> p.get("sslmode")).ifPresent(mode -> env.put("PGSSLMODE", mode));
        return env;
    }

    /** What a child process left: its exit code and its last lines of output, for the error message. */
    private record Result(int exitCode, Deque<String> tail) {
        String lastLines() {
            return String.join("\n", tail);
        }

        String errors() {
            List<String> errors = tail.stream().filter(l -> l.contains("error:") || l.contains("FATAL") || l.contains("ERROR"))
                    .toList();
            return (errors.isEmpty() ? lastLines() : String.join(" ", errors)).strip();
        }
    }

    private static Result run(List<String> command, Map<String, String> extraEnv, Consumer<String> lines) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("PGPASSWORD");
        builder.environment().putAll(extraEnv);
        Deque<String> tail = new ArrayDeque<>();
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.accept(line);
                    tail.addLast(line);
                    if (tail.size() > 20) {
                        tail.removeFirst();
                    }
                }
            }
            return new Result(process.waitFor(), tail);
        } catch (IOException e) {
            throw new BackupException("Cannot run " + command.get(0) + " (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(command.get(0) + " was interrupted.", e);
        }
    }

    /** Turns the tools' verbose "dumping contents of table" lines into one progress line per table. */
    private static final class TableTimer implements Consumer<String> {
        private final Pattern tableLine;
        private final BackupProgress progress;
        private final Map<String, Long> rows;
        private String current;
        private long started;

        TableTimer(Pattern tableLine, BackupProgress progress, Map<String, Long> rows) {
            this.tableLine = tableLine;
            this.progress = progress;
            this.rows = rows;
        }

        @Override
        public void accept(String line) {
            Matcher m = tableLine.matcher(line);
            if (m.find()) {
                finish();
                current = m.group(1);
                started = System.nanoTime();
            } else if (current != null && !line.contains("dumping contents") && !line.contains("processing data")
                    && (line.contains("creating") || line.contains("executing") || line.contains("saving")
                    || line.contains("finished"))) {
                finish();
            }
        }

        void finish() {
            if (current != null) {
                progress.table(current, rows.getOrDefault(current, -1L), Duration.ofNanos(System.nanoTime() - started));
                current = null;
            }
        }
    }
}
