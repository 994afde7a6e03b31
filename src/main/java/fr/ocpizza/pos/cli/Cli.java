package fr.ocpizza.pos.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command line: {@code java -jar ocpizza.jar COMMAND}. Runs in-process and returns the exit
 * code (0 success, 1 failure, 2 usage error), so tests call it directly with their own
 * environment and writers.
 */
public final class Cli {

    private Cli() {
    }

    /** Runs a command on the process's standard output and error. */
    public static int run(String[] args, Map<String, String> env) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return run(args, env, out, err);
    }

    /**
     * Runs a command with the given environment (the source of {@code OCPIZZA_*} settings and of
     * {@code XDG_CONFIG_HOME}) and writers.
     */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(env, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Map<String, String> env, PrintWriter out, PrintWriter err) {
        CliErrors errors = new CliErrors();
        return new CommandLine(new OcpizzaCommand(env))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }
}
