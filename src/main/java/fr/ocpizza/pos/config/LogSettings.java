package fr.ocpizza.pos.config;

import ch.qos.logback.core.PropertyDefinerBase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the log files go and how much they say, for {@code logback.xml}. Logging starts before the
 * command line is read, so these two settings come from the system and user
 * {@code ocpizza.properties} and the environment ({@code OCPIZZA_LOG_DIR}, {@code OCPIZZA_LOG_LEVEL}),
 * never from {@code --config FILE}. The folder is computed as {@link AppPaths} computes the others.
 * <p>
 * Nothing here may throw or log: a bad value falls back to the default, and {@code doctor}
 * reports it through {@link AppConfig}.
 */
public final class LogSettings {

    private static final Set<String> LEVELS = Set.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");

    private LogSettings() {
    }

    /** The log folder: log.dir if set, else the logs folder of the user's data folder. */
    public static Path folder(Map<String, String> environment, ConfigFiles files) {
        String dir = setting(AppConfig.LOG_DIR, environment, files);
        return dir.isEmpty() ? AppPaths.defaultLogDir() : Path.of(dir);
    }

    /** The level of the root logger: log.level if it is a level, else INFO. */
    public static String level(Map<String, String> environment, ConfigFiles files) {
        String level = setting(AppConfig.LOG_LEVEL, environment, files).toUpperCase(Locale.ROOT);
        return LEVELS.contains(level) ? level : "INFO";
    }

    /** The last of: system file, user file, environment variable; empty if none says. */
    private static String setting(String key, Map<String, String> environment, ConfigFiles files) {
        String value = "";
        for (Path file : new Path[] {files.systemFile(), files.userFile()}) {
            String fromFile = file == null ? null : readQuietly(file).getProperty(key);
            if (fromFile != null) {
                value = fromFile.strip();
            }
        }
        String fromEnv = environment.get(AppConfig.envName(key));
        return fromEnv != null ? fromEnv.strip() : value;
    }

    private static Properties readQuietly(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException | SecurityException e) {
                // AppConfig reports the unreadable file when the terminal or doctor starts.
            }
        }
        return properties;
    }

    /** {@code <define name="LOG_DIR" class="fr.ocpizza.pos.config.LogSettings$Folder"/>} */
    public static final class Folder extends PropertyDefinerBase {
        @Override
        public String getPropertyValue() {
            Map<String, String> environment = System.getenv();
            return folder(environment, ConfigFiles.standard(environment)).toString();
        }
    }

    /** {@code <define name="LOG_LEVEL" class="fr.ocpizza.pos.config.LogSettings$Level"/>} */
    public static final class Level extends PropertyDefinerBase {
        @Override
        public String getPropertyValue() {
            Map<String, String> environment = System.getenv();
            return level(environment, ConfigFiles.standard(environment));
        }
    }
}
