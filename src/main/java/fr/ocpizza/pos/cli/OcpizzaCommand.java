package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigFiles;
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
                "one before: bundled defaults, the system's ocpizza.properties (/etc/ocpizza on",
                "Linux), the user's, --config FILE, secrets.properties (system, user, then",
                "OCPIZZA_SECRETS_FILE), then OCPIZZA_* environment variables (OCPIZZA_DB_URL, ...).",
                "Exit codes: 0 success, 1 failure, 2 usage error."})
final class OcpizzaCommand implements Runnable {

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

    /**
     * Reads every configuration layer, with the environment this run was given: its
     * XDG_CONFIG_HOME and OCPIZZA_SYSTEM_CONFIG_DIR place the folders, so that tests point them at
     * empty ones and never read the developer's own files.
     */
    AppConfig loadConfig() {
        return AppConfig.load(configFile, env, configFiles());
    }

    ConfigFiles configFiles() {
        return ConfigFiles.standard(env);
    }

    Map<String, String> environment() {
        return env;
    }
}
