package fr.ocpizza.pos.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The settings files of a machine, each optional: the system folder's {@code ocpizza.properties}
 * and {@code secrets.properties} (written by the administrator or the installer), then the user
 * folder's. A file that does not exist is skipped.
 *
 * @param systemFile    e.g. /etc/ocpizza/ocpizza.properties; may be null
 * @param systemSecrets e.g. /etc/ocpizza/secrets.properties; may be null
 * @param userFile      e.g. ~/.config/ocpizza/ocpizza.properties; may be null
 * @param userSecrets   e.g. ~/.config/ocpizza/secrets.properties; may be null
 */
public record ConfigFiles(Path systemFile, Path systemSecrets, Path userFile, Path userSecrets) {

    public static final String MAIN_FILE_NAME = "ocpizza.properties";
    public static final String SECRETS_FILE_NAME = "secrets.properties";
    /** Names one more secrets file, read after the folders' (e.g. one a service manager provides). */
    public static final String SECRETS_FILE_VARIABLE = "OCPIZZA_SECRETS_FILE";

    /** No file at all: the bundled defaults and the environment only. */
    public static final ConfigFiles NONE = new ConfigFiles(null, null, null, null);

    /** The two files of each folder; a null folder has none. */
    public static ConfigFiles in(Path systemDir, Path userDir) {
        return new ConfigFiles(
                systemDir == null ? null : systemDir.resolve(MAIN_FILE_NAME),
                systemDir == null ? null : systemDir.resolve(SECRETS_FILE_NAME),
                userDir == null ? null : userDir.resolve(MAIN_FILE_NAME),
                userDir == null ? null : userDir.resolve(SECRETS_FILE_NAME));
    }

    /**
     * The machine's folders as the given environment places them: OCPIZZA_SYSTEM_CONFIG_DIR moves
     * the system folder, XDG_CONFIG_HOME the user's (on any system, so that tests never read the
     * developer's own files).
     */
    public static ConfigFiles standard(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path userDir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "ocpizza") : AppPaths.userConfigDir(environment);
        return in(AppPaths.systemConfigDir(environment), userDir);
    }

    /** Only a user file, as the older tests and tools give it. */
    public static ConfigFiles userFileOnly(Path userFile) {
        return new ConfigFiles(null, null, userFile, null);
    }
}
