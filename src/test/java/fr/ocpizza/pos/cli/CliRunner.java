package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.AppPaths;
import fr.ocpizza.pos.testsupport.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the command line in-process, as {@code java -jar ocpizza.jar ARGS} would, with an
 * environment of the test's own (never the developer's settings) and captured output.
 */
final class CliRunner {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Map<String, String> env;

    private CliRunner(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /**
     * Points the settings at the test database and Redis; XDG_CONFIG_HOME and the system config
     * folder at empty folders, the log folder at a temporary one.
     */
    static CliRunner against(TestDatabase database, String redisUrl) {
        Map<String, String> env = new HashMap<>();
        database.configValues().forEach((key, value) -> env.put(AppConfig.envName(key), value));
        env.put(AppConfig.envName(AppConfig.REDIS_URL), redisUrl);
        env.put("XDG_CONFIG_HOME", emptyFolder().toString());
        return withEnvironment(env);
    }

    /**
     * The given environment (e.g. the embedded database's settings), plus an empty system config
     * folder and a temporary log folder unless it names them: a machine's /etc/ocpizza never
     * reaches a test.
     */
    static CliRunner withEnvironment(Map<String, String> env) {
        Map<String, String> isolated = new HashMap<>(env);
        isolated.computeIfAbsent(AppPaths.SYSTEM_CONFIG_DIR_VARIABLE, variable -> emptyFolder().toString());
        isolated.computeIfAbsent(AppConfig.envName(AppConfig.LOG_DIR), variable -> emptyFolder().toString());
        return new CliRunner(isolated);
    }

    /** The same environment with one setting changed (e.g. OCPIZZA_REDIS_URL). */
    CliRunner with(String variable, String value) {
        Map<String, String> changed = new HashMap<>(env);
        changed.put(variable, value);
        return new CliRunner(changed);
    }

    /** The same environment without a variable, so that files decide that setting. */
    CliRunner without(String variable) {
        Map<String, String> changed = new HashMap<>(env);
        changed.remove(variable);
        return new CliRunner(changed);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exitCode, out.toString(), err.toString());
    }

    private static Path emptyFolder() {
        try {
            Path home = Files.createTempDirectory("ocpizza-cli-test");
            home.toFile().deleteOnExit();
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
