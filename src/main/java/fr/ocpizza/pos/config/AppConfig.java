package fr.ocpizza.pos.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.Properties;

/**
 * The terminal's settings, read in layers, each overriding the one before:
 * <ol>
 *   <li>the defaults bundled in the jar ({@code config/ocpizza.properties} of the repository);</li>
 *   <li>{@code ocpizza.properties} in the user's config folder;</li>
 *   <li>the file given with {@code --config FILE};</li>
 *   <li>environment variables: {@code db.url} is {@code OCPIZZA_DB_URL}, and so on.</li>
 * </ol>
 * Secrets (database password) belong in the environment, not in files under version control.
 */
public final class AppConfig {

    public static final String DB_URL = "db.url";
    public static final String DB_USER = "db.user";
    public static final String DB_PASSWORD = "db.password";
    public static final String DB_POOL_SIZE = "db.pool.size";
    public static final String EMBEDDED_DATA_DIR = "db.embedded.dir";
    public static final String EMBEDDED_PORT = "db.embedded.port";
    public static final String DEMO_SEED = "db.embedded.demo";
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
    public static final String PROMISE_BASE_MINUTES = "counter.promise.base.minutes";
    public static final String PROMISE_PER_PIZZA_MINUTES = "counter.promise.per.pizza.minutes";
    public static final String PROMISE_OVENS = "counter.promise.ovens";
    public static final String PROMISE_DELIVERY_MINUTES = "counter.promise.delivery.minutes";
    public static final String BACKUP_DAILY_ENABLED = "backup.daily.enabled";
    public static final String BACKUP_DAILY_TIME = "backup.daily.time";
    public static final String BACKUP_DIR = "backup.dir";
    public static final String BACKUP_KEEP = "backup.keep";

    private static final String BUNDLED_DEFAULTS = "/ocpizza.properties";

    private final Map<String, String> values;
    private final List<String> sources;

    private AppConfig(Map<String, String> values, List<String> sources) {
        this.values = Map.copyOf(values);
        this.sources = List.copyOf(sources);
    }

    /** Reads every layer for a real run. */
    public static AppConfig load(Path explicitFile) {
        return load(explicitFile, System.getenv(), AppPaths.userConfigDir().resolve("ocpizza.properties"));
    }

    /** Reads the layers from the given places; tests pass their own environment. */
    public static AppConfig load(Path explicitFile, Map<String, String> environment, Path userFile) {
        Properties merged = new Properties();
        List<String> sources = new ArrayList<>();
        try (InputStream defaults = AppConfig.class.getResourceAsStream(BUNDLED_DEFAULTS)) {
            if (defaults == null) {
                throw new ConfigException("The bundled defaults " + BUNDLED_DEFAULTS + " are missing from the build.");
            }
            merged.load(new java.io.InputStreamReader(defaults, StandardCharsets.UTF_8));
            sources.add("defaults");
        } catch (IOException e) {
            throw new ConfigException("Cannot read the bundled defaults: " + e.getMessage(), e);
        }
        if (userFile != null && Files.isRegularFile(userFile)) {
            readInto(merged, userFile);
            sources.add(userFile.toString());
        }
        if (explicitFile != null) {
            if (!Files.isRegularFile(explicitFile)) {
                throw new ConfigException("Configuration file " + explicitFile + " does not exist: check the path given to --config.");
            }
            readInto(merged, explicitFile);
            sources.add(explicitFile.toString());
        }
        for (String key : merged.stringPropertyNames()) {
            String fromEnv = environment.get(envName(key));
            if (fromEnv != null) {
                merged.setProperty(key, fromEnv);
                sources.add(envName(key));
            }
        }
        Map<String, String> values = new java.util.HashMap<>();
        merged.stringPropertyNames().forEach(key -> values.put(key, merged.getProperty(key).trim()));
        AppConfig config = new AppConfig(values, sources);
        config.validate();
        return config;
    }

    /** A config from explicit values over the defaults (tests, tools). */
    public static AppConfig of(Map<String, String> overrides) {
        AppConfig defaults = load(null, Map.of(), null);
        Map<String, String> values = new java.util.HashMap<>(defaults.values);
        values.putAll(overrides);
        AppConfig config = new AppConfig(values, List.of("defaults", "given values"));
        config.validate();
        return config;
    }

    /** {@code db.url} → {@code OCPIZZA_DB_URL}. */
    public static String envName(String key) {
        return "OCPIZZA_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static void readInto(Properties target, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            target.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage());
        }
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
        idleLockDelay();
        promiseBase();
        promisePerPizza();
        promiseOvens();
        promiseDelivery();
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

    // ---- Backups (docs/operations-parts/backup.en.md)

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

    @Override
    public String toString() {
        return "AppConfig[db=" + dbUrl().orElse("embedded") + ", redis=" + redisUrl().orElse("in-process")
                + ", store=" + storeId() + ", sources=" + sources + "]";
    }
}
