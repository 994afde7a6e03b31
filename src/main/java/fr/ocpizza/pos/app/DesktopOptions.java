package fr.ocpizza.pos.app;

import fr.ocpizza.pos.ui.shell.TerminalWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The desktop application's options: {@code [--config FILE] [--workspace counter|kitchen|backoffice]
 * [--kiosk]}, in any order ({@code --opt=value} too). Anything that names a command goes to the
 * command line instead; an unknown option is a usage error (exit 2), never a stack trace.
 *
 * @param configFile the {@code --config} file, or null
 * @param workspace  the workspace this terminal opens, over {@code ui.workspace}
 * @param kiosk      full screen, no exit but by a manager, over {@code ui.kiosk}
 */
public record DesktopOptions(Path configFile, Optional<TerminalWorkspace> workspace, boolean kiosk) {

    /** Exit code of a usage error, as the command line's. */
    public static final int USAGE_ERROR = 2;

    public static final String USAGE = "Usage: java -jar ocpizza.jar [--config FILE] [--workspace " + TerminalWorkspace.choices()
            + "] [--kiosk]\n"
            + "       java -jar ocpizza.jar [--config FILE] COMMAND ...   (the command line: --help lists the commands)";

    /** Options of the command line's top command: with them, the arguments are the command line's. */
    private static final Set<String> CLI_ONLY = Set.of("-h", "--help", "-V", "--version", "--debug");

    /** What the arguments ask for. */
    public sealed interface Parsed permits Desktop, CommandLine, UsageError {
    }

    /** Open the desktop application with these options. */
    public record Desktop(DesktopOptions options) implements Parsed {
    }

    /** A command (or a command-line option such as --help): hand the arguments to the command line. */
    public record CommandLine() implements Parsed {
    }

    /** Wrong options: print the message and {@link #USAGE}, exit {@link #USAGE_ERROR}. */
    public record UsageError(String message) implements Parsed {
    }

    public static DesktopOptions none() {
        return new DesktopOptions(null, Optional.empty(), false);
    }

    public static Parsed parse(String... args) {
        List<String> all = List.of(args);
        Path config = null;
        Optional<TerminalWorkspace> workspace = Optional.empty();
        boolean kiosk = false;
        String problem = null;
        for (int i = 0; i < all.size(); i++) {
            String arg = all.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            if (!arg.startsWith("-") || CLI_ONLY.contains(name)) {
                return new CommandLine();
            }
            if (problem != null) {
                continue; // keep looking for a command: then the command line reports the problem its own way
            }
            switch (name) {
                case "--config", "--workspace" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= all.size() || all.get(i + 1).startsWith("-")) {
                            problem = "Missing value for " + name + ".";
                            continue;
                        }
                        value = all.get(++i);
                    }
                    if (name.equals("--config")) {
                        config = Path.of(value);
                    } else {
                        try {
                            workspace = TerminalWorkspace.parse(value);
                        } catch (IllegalArgumentException e) {
                            problem = "--workspace " + e.getMessage();
                        }
                    }
                }
                case "--kiosk" -> {
                    if (inline != null) {
                        problem = "--kiosk takes no value.";
                    }
                    kiosk = true;
                }
                default -> problem = "Unknown option '" + arg + "'.";
            }
        }
        return problem != null ? new UsageError(problem) : new Desktop(new DesktopOptions(config, workspace, kiosk));
    }
}
