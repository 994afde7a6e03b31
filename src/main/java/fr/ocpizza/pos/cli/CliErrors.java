package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.config.ConfigException;
import fr.ocpizza.pos.domain.PosException;
import java.io.PrintWriter;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every error into one line on standard error, {@code ocpizza: error: what — what to do},
 * and an exit code: 2 for a usage error (as picocli does), 1 for a failure. The stack trace goes
 * to the log file, and to the terminal only with {@code --debug}.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);
    static final String PREFIX = "ocpizza: error: ";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        StringBuilder line = new StringBuilder(PREFIX).append(sentence(oneLine(describe(ex))));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            line.append(" Did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append('?');
        }
        line.append(" See '").append(command.getCommandSpec().qualifiedName()).append(" --help'.");
        PrintWriter err = command.getErr();
        err.println(line);
        if (Arrays.asList(args).contains("--debug")) {
            ex.printStackTrace(err);
        }
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        err.println(PREFIX + message(ex));
        LOG.error("`{}` failed", command.getCommandSpec().qualifiedName(), ex);
        if (isDebug(command)) {
            ex.printStackTrace(err);
        }
        return command.getCommandSpec().exitCodeOnExecutionException();
    }

    /** "Unknown command 'x'" rather than picocli's "Unmatched argument at index 0: 'x'". */
    private static String describe(ParameterException ex) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        if (ex instanceof UnmatchedArgumentException unmatched && !spec.subcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "Unknown command '" + unmatched.getUnmatched().get(0) + "': commands are "
                    + String.join(", ", spec.subcommands().keySet());
        }
        return ex.getMessage();
    }

    /** Our own refusals are already written for the operator; anything else gets its root cause and a pointer. */
    private static String message(Exception ex) {
        if (ex instanceof PosException || ex instanceof ConfigException || ex instanceof CliFailure) {
            return oneLine(ex.getMessage());
        }
        return sentence("Unexpected failure (" + ex.getClass().getSimpleName() + "): " + oneLine(rootMessage(ex)))
                + " Run again with --debug for the details; the log file has them too.";
    }

    private static boolean isDebug(CommandLine command) {
        return command.getCommandSpec().root().userObject() instanceof OcpizzaCommand root && root.debug();
    }

    /** The innermost cause's message; Jedis keeps the reason ("Connection refused") as a suppressed exception. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root.getSuppressed().length > 0) {
            return rootMessage(root.getSuppressed()[0]);
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Multi-line messages (Flyway, PostgreSQL) folded into one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }
}
