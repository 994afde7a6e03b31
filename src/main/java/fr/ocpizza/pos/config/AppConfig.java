package fr.ocpizza.pos.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's settings, read in layers, each overriding the one before:
 * <ol>
 *   <li>the defaults bundled in the jar ({@code config/ocpizza.properties} of the repository);</li>
 *   <li>{@code ocpizza.properties} in the system config folder ({@link AppPaths#systemConfigDir()});</li>
 *   <li>{@code ocpizza.properties} in the user's config folder;</li>
 *   <li>the file given with {@code --config FILE};</li>
 *   <li>secrets files: {@code secrets.properties} in the system folder, then in the user's, then
 *       the file named by {@code OCPIZZA_SECRETS_FILE};</li>
 *   <li>environment variables: {@code db.url} is {@code OCPIZZA_DB_URL}, and so on.</li>
 * </ol>
 * Secrets (db.password, keys ending in .password or .secret) belong in the environment or in a
 * secrets file readable by its owner only; {@link #warnings()} says when one is not.
 */
public final class AppConfig {

    public static final String DB_URL = "db.url";
    public static final String DB_USER = "db.user";
    public static final String DB_PASSWORD = "db.password";
    public static final String DB_POOL_SIZE = "db.pool.size";
    public static final String EMBEDDED_DATA_DIR = "db.embedded.dir";
    public static final String EMBEDDED_PORT = "db.embedded.port";
    public static final String DEMO_SEED = "db.embedded.demo";
    public static final String DEMO_HISTORY = "db.embedded.demo.history";
    public static final String REDIS_URL = "redis.url";
    public static final String STORE_ID = "store.id";
    public static final String LOCALE = "ui.locale";
    public static final String LOGIN_MAX_FAILURES = "auth.max.failures";
    public static final String LOGIN_LOCK_MINUTES = "auth.lock.minutes";
    public static final String OUTBOX_POLL_MILLIS = "events.outbox.poll.millis";
    public static final String WATCHDOG_SECONDS = "events.watchdog.seconds";
    public static final String KITCHEN_AGE_WARN_MINUTES = "kitchen.age.warn.minutes";
    public static final String KITCHEN_AGE_LATE_MINUTES = "kitchen.age.late.minutes";
    public static final String KITCHEN_SOUND = "kitchen.sound";
    public static final String KITCHEN_KIOSK = "kitchen.kiosk";
    public static final String IDLE_LOCK_MINUTES = "ui.lock.idle.minutes";
    public static final String RECEIPT_FALLBACK_DIR = "ui.receipt.fallback.dir";
    public static final String RECEIPT_PRINTER = "ui.receipt.printer";
    public static final String START_WORKSPACE = "ui.workspace";
    public static final String KIOSK = "ui.kiosk";
    public static final String LOG_DIR = "log.dir";
    public static final String LOG_LEVEL = "log.level";
    public static final String PROMISE_BASE_MINUTES = "counter.promise.base.minutes";
    public static final String PROMISE_PER_PIZZA_MINUTES = "counter.promise.per.pizza.minutes";
    public static final String PROMISE_OVENS = "counter.promise.ovens";
    public static final String PROMISE_DELIVERY_MINUTES = "counter.promise.delivery.minutes";
    public static final String HEARTBEAT_SECONDS = "supervision.heartbeat.seconds";
    public static final String BACKUP_DAILY_ENABLED = "backup.daily.enabled";
    public static final String BACKUP_DAILY_TIME = "backup.daily.time";
    public static final String BACKUP_DIR = "backup.dir";
    public static final String BACKUP_KEEP = "backup.keep";

    private static final Logger LOG = LoggerFactory.getLogger(AppConfig.class);
    private static final List<String> LOG_LEVELS = List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");

    private final Map<String, String> values;
    private final List<String> sources;
    private final Map<String, String> secretSources;
    private final List<String> warnings;

    private AppConfig(Map<String, String> values, List<String> sources, Map<String, String> secretSources,
                      List<String> warnings) {
        this.values = Map.copyOf(values);
        this.sources = List.copyOf(sources);
        this.secretSources = Collections.unmodifiableMap(new TreeMap<>(secretSources));
        this.warnings = List.copyOf(warnings);
    }

    /** Reads every layer for a real run, from the machine's folders and the process's environment. */
    public static AppConfig load(Path explicitFile) {
        Map<String, String> environment = System.getenv();
        return load(explicitFile, environment, ConfigFiles.standard(environment));
    }

    /** Reads the layers from the given places; tests pass their own environment. */
    public static AppConfig load(Path explicitFile, Map<String, String> environment, ConfigFiles files) {
        ConfigLayers.Read read = ConfigLayers.read(explicitFile, environment, files);
        AppConfig config = new AppConfig(read.values(), read.sources(), read.secretSources(), read.warnings());
        config.validate();
        // Said once per start, in the log; doctor says it on screen. Never a value.
        config.warnings.forEach(warning -> LOG.warn("Configuration: {}", warning));
        return config;
    }

    /** Reads the defaults, one user file and the environment (no system folder): tests, tools. */
    public static AppConfig load(Path explicitFile, Map<String, String> environment, Path userFile) {
        return load(explicitFile, environment, ConfigFiles.userFileOnly(userFile));
    }

    /** A config from explicit values over the defaults (tests, tools). */
    public static AppConfig of(Map<String, String> overrides) {
        AppConfig defaults = load(null, Map.of(), ConfigFiles.NONE);
        Map<String, String> values = new java.util.HashMap<>(defaults.values);
        values.putAll(overrides);
        AppConfig config = new AppConfig(values, List.of("defaults", "given values"), Map.of(), List.of());
        config.validate();
        return config;
    }

    /** {@code db.url} → {@code OCPIZZA_DB_URL}. */
    public static String envName(String key) {
        return "OCPIZZA_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private void validate() {
        storeId();
        poolSize();
        embeddedPort();
        loginMaxFailures();
        loginLockDuration();
        outboxPollInterval();
        watchdogInterval();
        kitchenSound();
        kitchenKiosk();
        kiosk();
        startWorkspace();
        logLevel();
        idleLockDelay();
        promiseBase();
        promisePerPizza();
        promiseOvens();
        promiseDelivery();
        heartbeatPeriod();
        backupDailyEnabled();
        backupDailyTime();
        backupKeep();
        if (kitchenAgeLate().compareTo(kitchenAgeWarn()) <= 0) {
            throw new ConfigException("Setting " + KITCHEN_AGE_LATE_MINUTES + "=" + kitchenAgeLate().toMinutes()
                    + " must be greater than " + KITCHEN_AGE_WARN_MINUTES + "=" + kitchenAgeWarn().toMinutes()
                    + ": a ticket turns amber first, then red.");
        }
        dbUrl().ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new ConfigException(DB_URL + " must look like jdbc:postgresql://HOST:5432/DATABASE, not '" + url + "'.");
            }
        });
        redisUrl().ifPresent(url -> {
            if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
                throw new ConfigException(REDIS_URL + " must look like redis://HOST:6379, not '" + url + "'.");
            }
        });
    }

    public Optional<String> get(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Empty: run on the embedded database. */
    public Optional<String> dbUrl() {
        return get(DB_URL);
    }

    public String dbUser() {
        return get(DB_USER).orElse("postgres");
    }

    /** The password never comes back in {@link #toString()} or logs. */
    public String dbPassword() {
        return get(DB_PASSWORD).orElse("");
    }

    public int poolSize() {
        return positiveInt(DB_POOL_SIZE, 1, 200);
    }

    public Path embeddedDataDir() {
        return get(EMBEDDED_DATA_DIR).map(Path::of).orElse(AppPaths.userDataDir().resolve("pgdata"));
    }

    public int embeddedPort() {
        return positiveInt(EMBEDDED_PORT, 1024, 65535);
    }

    public boolean seedDemoOnFirstStart() {
        return Boolean.parseBoolean(get(DEMO_SEED).orElse("true"));
    }

    /** With the demo, eight weeks of order history, loaded in the background while the database holds no order. */
    public boolean demoHistory() {
        return seedDemoOnFirstStart() && Boolean.parseBoolean(get(DEMO_HISTORY).orElse("true"));
    }

    /** Empty: live updates stay within this application (in-process bus). */
    public Optional<String> redisUrl() {
        return get(REDIS_URL);
    }

    public int storeId() {
        return positiveInt(STORE_ID, 1, Integer.MAX_VALUE);
    }

    public Locale locale() {
        return Locale.forLanguageTag(get(LOCALE).orElse("fr"));
    }

    public int loginMaxFailures() {
        return positiveInt(LOGIN_MAX_FAILURES, 1, 100);
    }

    public Duration loginLockDuration() {
        return Duration.ofMinutes(positiveInt(LOGIN_LOCK_MINUTES, 1, 24 * 60));
    }

    public Duration outboxPollInterval() {
        return Duration.ofMillis(positiveInt(OUTBOX_POLL_MILLIS, 10, 60_000));
    }

    /** How often screens check the database for order changes that came with no event. */
    public Duration watchdogInterval() {
        return Duration.ofSeconds(positiveInt(WATCHDOG_SECONDS, 1, 3600));
    }

    /** A ticket's age from which the kitchen display shows it amber. */
    public Duration kitchenAgeWarn() {
        return Duration.ofMinutes(positiveInt(KITCHEN_AGE_WARN_MINUTES, 1, 24 * 60));
    }

    /** A ticket's age from which the kitchen display shows it red. */
    public Duration kitchenAgeLate() {
        return Duration.ofMinutes(positiveInt(KITCHEN_AGE_LATE_MINUTES, 1, 24 * 60));
    }

    /** Whether a new ticket rings on the kitchen display. */
    public boolean kitchenSound() {
        return flag(KITCHEN_SOUND);
    }

    /** Whether the kitchen display opens full screen with no exit hint (F11 still toggles). */
    public boolean kitchenKiosk() {
        return flag(KITCHEN_KIOSK);
    }

    /** How long a session stays open with no key, mouse or touch event; zero: never locked. */
    public Duration idleLockDelay() {
        return Duration.ofMinutes(positiveInt(IDLE_LOCK_MINUTES, 0, 240));
    }

    /** Where receipts go as PNG files when no printer is set or printing fails. */
    public Path receiptFallbackDir() {
        return get(RECEIPT_FALLBACK_DIR).map(Path::of).orElse(AppPaths.userDataDir().resolve("receipts"));
    }

    /** What any order takes with an empty kitchen, in the proposed promised time. */
    public Duration promiseBase() {
        return Duration.ofMinutes(positiveInt(PROMISE_BASE_MINUTES, 0, 180));
    }

    /** How long each pizza of the queue and of the order keeps the kitchen busy. */
    public Duration promisePerPizza() {
        return Duration.ofMinutes(positiveInt(PROMISE_PER_PIZZA_MINUTES, 0, 60));
    }

    /** How many pizzas the kitchen makes side by side. */
    public int promiseOvens() {
        return positiveInt(PROMISE_OVENS, 1, 20);
    }

    /** The rider's average trip, added for a delivery. */
    public Duration promiseDelivery() {
        return Duration.ofMinutes(positiveInt(PROMISE_DELIVERY_MINUTES, 0, 180));
    }

    /** The printer receipts go to, by its name in the system; empty: the system's default printer. */
    public Optional<String> receiptPrinter() {
        return get(RECEIPT_PRINTER);
    }

    /** The workspace the terminal opens after a login; empty: the one of the staff member's role. */
    public Optional<StartWorkspace> startWorkspace() {
        return get(START_WORKSPACE).map(raw -> StartWorkspace.parse(raw).orElseThrow(() -> new ConfigException(
                "Setting " + START_WORKSPACE + "=" + raw + " is not a workspace: use " + StartWorkspace.names()
                        + ", or leave it empty to open the workspace of whoever logs in (set it in the config file or "
                        + envName(START_WORKSPACE) + ").")));
    }

    /** Whether the terminal's window opens full screen with no way out but a manager's logout. */
    public boolean kiosk() {
        return flag(KIOSK);
    }

    /** Where the log files go (read by logging through {@link LogSettings}, before this config exists). */
    public Path logDir() {
        return get(LOG_DIR).map(Path::of).orElse(AppPaths.defaultLogDir());
    }

    /** ERROR, WARN, INFO, DEBUG or TRACE. */
    public String logLevel() {
        String raw = get(LOG_LEVEL).orElse("INFO");
        String level = raw.toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw new ConfigException("Setting " + LOG_LEVEL + "=" + raw + " is not a log level: use one of "
                    + String.join(", ", LOG_LEVELS) + " (set it in the config file or " + envName(LOG_LEVEL) + ").");
        }
        return level;
    }

    /** A secret key: db.password, or any key ending in .password or .secret. */
    public static boolean isSecret(String key) {
        return ConfigLayers.isSecret(key);
    }

    /** For each secret that has a value, where it came from (a file or a variable), never the value. */
    public Map<String, String> secretSources() {
        return secretSources;
    }

    /**
     * What an operator should fix though the terminal can run: a secret in a configuration file, a
     * secrets file open to others. One sentence each, with the command that fixes it; no value.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** How often the desktop terminal sends its heartbeat ({@code supervision.heartbeat.seconds}, 5 to 300). */
    public Duration heartbeatPeriod() {
        return Duration.ofSeconds(positiveInt(HEARTBEAT_SECONDS, 5, 300));
    }

    // ---- Backups (docs/operations.md)

    /** Whether the desktop application backs the embedded database up every day (never a server's: that is the DBA's). */
    public boolean backupDailyEnabled() {
        return flag(BACKUP_DAILY_ENABLED);
    }

    /** The local time of the daily backup, HH:mm. */
    public LocalTime backupDailyTime() {
        String raw = get(BACKUP_DAILY_TIME).orElse("03:00");
        try {
            return LocalTime.parse(raw, DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            throw new ConfigException("Setting " + BACKUP_DAILY_TIME + "=" + raw + " is not a time of day: write it HH:mm, e.g. 03:00"
                    + " (set it in the config file or " + envName(BACKUP_DAILY_TIME) + ").");
        }
    }

    /** Where the daily backups go; empty: backups in the user's data folder. */
    public Path backupDir() {
        return get(BACKUP_DIR).map(Path::of).orElse(AppPaths.userDataDir().resolve("backups"));
    }

    /** How many daily backups are kept (the newest). */
    public int backupKeep() {
        return positiveInt(BACKUP_KEEP, 1, 365);
    }

    public List<String> sources() {
        return Collections.unmodifiableList(sources);
    }

    /** true or false, nothing else: a typo must not silently switch a kiosk off. */
    private boolean flag(String key) {
        String raw = get(key).orElse("false");
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw new ConfigException("Setting " + key + "=" + raw + " must be true or false (set it in the config file or "
                    + envName(key) + ").");
        }
        return Boolean.parseBoolean(raw);
    }

    private int positiveInt(String key, int min, int max) {
        String raw = get(key).orElseThrow(() -> new ConfigException("Setting " + key + " is empty: give a whole number."));
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new ConfigException("Setting " + key + "=" + raw + " is out of range: use a number from " + min + " to " + max + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException("Setting " + key + "=" + raw + " is not a whole number (set it in the config file or " + envName(key) + ").");
        }
    }

    /** A URL fit for a log: no user:password@ part, no password= parameter. */
    public static String withoutCredentials(String url) {
        // Greedy up to the last @ before the path: a password may hold an @ of its own.
        return url.replaceFirst("^([^/]*//)[^/]*@", "$1").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Where the database and Redis are, the store and the layers read; never a secret. */
    @Override
    public String toString() {
        return "AppConfig[db=" + dbUrl().map(AppConfig::withoutCredentials).orElse("embedded")
                + ", redis=" + redisUrl().map(AppConfig::withoutCredentials).orElse("in-process")
                + ", store=" + storeId() + ", sources=" + sources + "]";
    }
}
