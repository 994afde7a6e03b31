package fr.ocpizza.pos.config;

import java.nio.file.Path;
import java.util.Locale;

/** Where the terminal keeps its files, by operating-system convention. */
public final class AppPaths {

    private static final String APP = "ocpizza";

    private AppPaths() {
    }

    /** Settings: $XDG_CONFIG_HOME/ocpizza, %APPDATA%\ocpizza, ~/Library/Application Support/ocpizza. */
    public static Path userConfigDir() {
        return baseDir("XDG_CONFIG_HOME", ".config");
    }

    /** Data (embedded database, logs, backups): $XDG_DATA_HOME/ocpizza or the platform's equivalent. */
    public static Path userDataDir() {
        String override = System.getProperty("ocpizza.data.dir");
        if (override != null) {
            return Path.of(override);
        }
        return baseDir("XDG_DATA_HOME", ".local/share");
    }

    private static Path baseDir(String xdgVariable, String xdgFallback) {
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, APP);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", APP);
        }
        String xdg = System.getenv(xdgVariable);
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, xdgFallback)).resolve(APP);
    }
}
