package fr.ocpizza.pos.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the layers of settings into one set of values, remembering where each secret came from
 * and what an operator should fix. Never logs and never keeps a secret's value anywhere but in
 * the values: {@link AppConfig} decides what to do with the findings.
 * <p>
 * Order, each layer over the ones before: bundled defaults, system {@code ocpizza.properties},
 * user {@code ocpizza.properties}, {@code --config FILE}; then the secrets files (system, user,
 * {@code OCPIZZA_SECRETS_FILE}); then {@code OCPIZZA_*} environment variables.
 */
final class ConfigLayers {

    private static final String BUNDLED_DEFAULTS = "/ocpizza.properties";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)[?&;]password=[^&;]+");
    /** redis://user:password@host or redis://:password@host. */
    private static final Pattern PASSWORD_IN_REDIS_URL = Pattern.compile("^rediss?://[^@/]*:[^@/]+@");

    /**
     * What the layers gave.
     *
     * @param values        every setting, trimmed
     * @param sources       the layers read, in order ("defaults", file paths, variable names)
     * @param secretSources for each secret that has a value, the layer it came from (never the value)
     * @param warnings      what an operator should fix, one sentence each, without any secret value
     */
    record Read(Map<String, String> values, List<String> sources, Map<String, String> secretSources, List<String> warnings) {
    }

    private final Properties merged = new Properties();
    private final List<String> sources = new ArrayList<>();
    private final Map<String, String> secretSources = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private ConfigLayers() {
    }

    static Read read(Path explicitFile, Map<String, String> environment, ConfigFiles files) {
        ConfigLayers layers = new ConfigLayers();
        layers.readDefaults();
        layers.readMainFile(files.systemFile(), false);
        layers.readMainFile(files.userFile(), false);
        layers.readMainFile(explicitFile, true);
        layers.readSecretsFile(files.systemSecrets(), null);
        layers.readSecretsFile(files.userSecrets(), null);
        String named = environment.get(ConfigFiles.SECRETS_FILE_VARIABLE);
        if (named != null && !named.isBlank()) {
            layers.readSecretsFile(Path.of(named), ConfigFiles.SECRETS_FILE_VARIABLE);
        }
        layers.readEnvironment(environment);
        Map<String, String> values = new HashMap<>();
        layers.merged.stringPropertyNames().forEach(key -> values.put(key, layers.merged.getProperty(key).trim()));
        return new Read(values, layers.sources, layers.secretSources, layers.warnings);
    }

    /** db.password, and any key ending in .password or .secret (e.g. a payment provider's client secret). */
    static boolean isSecret(String key) {
        return key.endsWith(".password") || key.endsWith(".secret");
    }

    private void readDefaults() {
        try (InputStream defaults = ConfigLayers.class.getResourceAsStream(BUNDLED_DEFAULTS)) {
            if (defaults == null) {
                throw new ConfigException("The bundled defaults " + BUNDLED_DEFAULTS + " are missing from the build.");
            }
            merged.load(new InputStreamReader(defaults, StandardCharsets.UTF_8));
            sources.add("defaults");
            for (String key : new TreeSet<>(merged.stringPropertyNames())) {
                if (isSecret(key) && !merged.getProperty(key).isBlank()) {
                    // A build mistake, but a secret shipped in every copy of the jar deserves a word.
                    warnings.add(key + " has a value in the bundled defaults (config/ocpizza.properties of the build):"
                            + " empty it there, rebuild, and set " + AppConfig.envName(key) + " or a secrets file instead.");
                    secretSources.put(key, "defaults");
                }
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot read the bundled defaults: " + e.getMessage(), e);
        }
    }

    /** A settings file; a secret found there works, but is reported so that it moves. */
    private void readMainFile(Path file, boolean mustExist) {
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            if (mustExist) {
                throw new ConfigException("Configuration file " + file + " does not exist: check the path given to --config.");
            }
            return;
        }
        Properties read = load(file, "configuration file");
        for (String key : new TreeSet<>(read.stringPropertyNames())) {
            String value = read.getProperty(key).trim();
            if (isSecret(key) && !value.isEmpty()) {
                warnings.add(key + " is set in " + file + ", a configuration file: move it to " + AppConfig.envName(key)
                        + " or to a secrets file readable only by its owner (" + ConfigFiles.SECRETS_FILE_NAME + ").");
                secretSources.put(key, file.toString());
            } else if (isSecret(key)) {
                secretSources.remove(key);
            }
            if (key.equals(AppConfig.DB_URL) && PASSWORD_IN_URL.matcher(value).find()) {
                warnings.add(key + " in " + file + " carries a password: take it out of the URL and set "
                        + AppConfig.envName(AppConfig.DB_PASSWORD) + " or db.password in a secrets file.");
            }
            if (key.equals(AppConfig.REDIS_URL) && PASSWORD_IN_REDIS_URL.matcher(value).find()) {
                warnings.add(key + " in " + file + " carries a password: set the whole URL in "
                        + AppConfig.envName(AppConfig.REDIS_URL) + " instead.");
            }
        }
        merged.putAll(read);
        sources.add(file.toString());
    }

    /** A file of secrets only; one readable by others still works, and is reported (see docs). */
    private void readSecretsFile(Path file, String namedBy) {
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            if (namedBy != null) {
                throw new ConfigException("Secrets file " + file + " named by " + namedBy + " does not exist.");
            }
            return;
        }
        SecretFiles.exposure(file).ifPresent(warnings::add);
        Properties read = load(file, "secrets file");
        for (String key : new TreeSet<>(read.stringPropertyNames())) {
            if (!isSecret(key)) {
                throw new ConfigException("Secrets file " + file + " holds " + key + ", which is not a secret: move it to "
                        + ConfigFiles.MAIN_FILE_NAME + ". A secrets file holds only keys ending in .password or .secret.");
            }
            if (read.getProperty(key).trim().isEmpty()) {
                secretSources.remove(key);
            } else {
                secretSources.put(key, file.toString());
            }
        }
        merged.putAll(read);
        sources.add(file.toString());
    }

    private void readEnvironment(Map<String, String> environment) {
        for (String key : new TreeSet<>(merged.stringPropertyNames())) {
            String variable = AppConfig.envName(key);
            String fromEnv = environment.get(variable);
            if (fromEnv != null) {
                merged.setProperty(key, fromEnv);
                sources.add(variable);
                if (isSecret(key) && fromEnv.isBlank()) {
                    secretSources.remove(key);
                } else if (isSecret(key)) {
                    secretSources.put(key, variable);
                }
            }
        }
    }

    private static Properties load(Path file, String kind) {
        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(reader);
            return read;
        } catch (AccessDeniedException e) {
            throw new ConfigException("Cannot read " + kind + " " + file + ": permission denied to "
                    + System.getProperty("user.name") + ". It must belong to the account that runs the terminal"
                    + Optional.ofNullable(SecretFiles.owner(file)).map(owner -> " (its owner is " + owner + ")").orElse("") + ".");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read " + kind + " " + file + ": " + e.getMessage());
        }
    }
}
