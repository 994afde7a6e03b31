package fr.ocpizza.pos.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the terminal keeps its files, by operating-system convention. */
public final class AppPaths {

    /** Moves the system config folder (tests, unusual installs): a JVM property... */
    public static final String SYSTEM_CONFIG_DIR_PROPERTY = "ocpizza.system.config.dir";
    /** ...or an environment variable, read in that order. */
    public static final String SYSTEM_CONFIG_DIR_VARIABLE = "OCPIZZA_SYSTEM_CONFIG_DIR";

    private static final String APP = "ocpizza";

    private AppPaths() {
    }

    /**
     * Settings an administrator sets for every user of the machine: /etc/ocpizza,
     * %PROGRAMDATA%\ocpizza, /Library/Application Support/ocpizza.
     */
    public static Path systemConfigDir() {
        return systemConfigDir(System.getenv());
    }

    /** The same, with the environment of a run (tests point it at a temporary folder). */
    public static Path systemConfigDir(Map<String, String> environment) {
        String property = System.getProperty(SYSTEM_CONFIG_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String variable = environment.get(SYSTEM_CONFIG_DIR_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        if (isWindows()) {
            String programData = environment.get("PROGRAMDATA");
            return Path.of(programData != null && !programData.isBlank() ? programData : "C:\\ProgramData", APP);
        }
        if (isMac()) {
            return Path.of("/Library", "Application Support", APP);
        }
        return Path.of("/etc", APP);
    }

    /** Settings: $XDG_CONFIG_HOME/ocpizza, %APPDATA%\ocpizza, ~/Library/Application Support/ocpizza. */
    public static Path userConfigDir() {
        return userConfigDir(System.getenv());
    }

    /** The same, with the environment of a run: tests set XDG_CONFIG_HOME to an empty folder. */
    public static Path userConfigDir(Map<String, String> environment) {
        return baseDir(environment, "XDG_CONFIG_HOME", ".config");
    }

    /** Data (embedded database, logs, receipts): $XDG_DATA_HOME/ocpizza or the platform's equivalent. */
    public static Path userDataDir() {
        String override = System.getProperty("ocpizza.data.dir");
        if (override != null) {
            return Path.of(override);
        }
        return baseDir(System.getenv(), "XDG_DATA_HOME", ".local/share");
    }

    /** The log files, unless log.dir says otherwise: the logs folder of {@link #userDataDir()}. */
    public static Path defaultLogDir() {
        return userDataDir().resolve("logs");
    }

    private static Path baseDir(Map<String, String> environment, String xdgVariable, String xdgFallback) {
        String home = System.getProperty("user.home");
        if (isWindows()) {
            String appData = environment.get("APPDATA");
            return Path.of(appData != null ? appData : home, APP);
        }
        if (isMac()) {
            return Path.of(home, "Library", "Application Support", APP);
        }
        String xdg = environment.get(xdgVariable);
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, xdgFallback)).resolve(APP);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    }
}
