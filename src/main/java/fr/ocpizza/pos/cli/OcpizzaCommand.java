package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.AppPaths;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command {@code ocpizza}: the global options and where every command gets its configuration. */
@Command(name = "ocpizza", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
                "OC Pizza Terminal, command line: database upkeep, diagnostics and exports.",
                "Without a command, `java -jar ocpizza.jar` opens the desktop application."},
        subcommands = {DbCommand.class, DoctorCommand.class, StockCommand.class, OrdersCommand.class, MenuCommand.class, SimulateCommand.class, TerminalsCommand.class},
        footer = {"",
                "Settings: config/ocpizza.properties documents every key. Layers, each over the",
                "one before: bundled defaults, the user's ocpizza.properties, --config FILE, then",
                "OCPIZZA_* environment variables (OCPIZZA_DB_URL, OCPIZZA_REDIS_URL, ...).",
                "Exit codes: 0 success, 1 failure, 2 usage error."})
final class OcpizzaCommand implements Runnable {

    private static final String USER_CONFIG_FILE = "ocpizza.properties";

    @Spec
    private CommandSpec spec;

    // INHERIT: `ocpizza doctor --debug` works as well as `ocpizza --debug doctor`.
    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A settings file read over the defaults and the user's file (environment variables still win).")
    private Path configFile;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On an error, print the stack trace too.")
    private boolean debug;

    private final Map<String, String> env;

    OcpizzaCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: choose one of " + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    boolean debug() {
        return debug;
    }

    /** Reads every configuration layer, with the environment this run was given. */
    AppConfig loadConfig() {
        return AppConfig.load(configFile, env, userConfigFile());
    }

    /**
     * The user's settings file. XDG_CONFIG_HOME is read from the environment given to the run
     * (not the process's) so that tests point it at an empty folder and never read the developer's own file.
     */
    private Path userConfigFile() {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ocpizza", USER_CONFIG_FILE);
        }
        return AppPaths.userConfigDir().resolve(USER_CONFIG_FILE);
    }
}
