package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigException;
import fr.ocpizza.pos.config.LogSettings;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.persistence.SchemaMigrations;
import fr.ocpizza.pos.persistence.SchemaVersion;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import redis.clients.jedis.Jedis;

/**
 * {@code ocpizza doctor}: checks, one line each, what a terminal needs to run, and says what to
 * do about what fails. Every probe has a short timeout, and a failure is a line, never an
 * exception: doctor is what one runs when things are broken. No secret's value is ever printed.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks the configuration, its secrets, the logs, the database, its schema, this terminal's store and live updates.",
                "Exit code 1 when a check fails; 0 otherwise, also when a check only warns (the JSON status says \"warn\")."})
final class DoctorCommand implements Callable<Integer> {

    private static final int REDIS_TIMEOUT_MILLIS = 2_000;

    @ParentCommand
    private OcpizzaCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document for monitoring tools: {\"status\": ok|warn|fail, \"checks\": [{\"name\", \"status\", \"message\"}]}.")
    private boolean json;

    private final DoctorReport report = new DoctorReport();

    @Override
    public Integer call() {
        runChecks();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            report.printJson(out);
        } else {
            report.printText(out);
        }
        out.flush();
        return report.exitCode();
    }

    private void runChecks() {
        AppConfig config;
        try {
            config = root.loadConfig();
            ok("configuration", "sources " + String.join(", ", config.sources()) + "; store.id=" + config.storeId());
        } catch (ConfigException e) {
            fail("configuration", CliErrors.oneLine(e.getMessage()));
            skip("database", "needs a valid configuration");
            return;
        }
        checkSecrets(config);
        checkLogs(config);
        checkDatabase(config);
        checkLiveUpdates(config);
    }

    /** Where each secret comes from (never its value), or what to fix about it. */
    private void checkSecrets(AppConfig config) {
        if (!config.warnings().isEmpty()) {
            config.warnings().forEach(warning -> report.warn("secrets", warning));
            return;
        }
        ok("secrets", config.secretSources().isEmpty() ? "none set"
                : config.secretSources().entrySet().stream().map(secret -> secret.getKey() + " from " + secret.getValue())
                        .collect(Collectors.joining(", ")));
    }

    /** Where logging writes, as logback computes it (without --config), and whether it can. */
    private void checkLogs(AppConfig config) {
        Path folder = LogSettings.folder(root.environment(), root.configFiles());
        String level = LogSettings.level(root.environment(), root.configFiles());
        if (!config.logDir().equals(folder) || !config.logLevel().equals(level)) {
            report.warn("logs", "log.dir or log.level from --config is not used: logging starts before the command line is read"
                    + " — set them in " + root.configFiles().systemFile() + " or with OCPIZZA_LOG_DIR / OCPIZZA_LOG_LEVEL");
        }
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            report.warn("logs", folder + " cannot be written by " + System.getProperty("user.name")
                    + ": no log is kept — give that account the folder or set log.dir");
        } else {
            ok("logs", folder.resolve("ocpizza.log") + ", level " + level + ", a file a day, 14 days kept");
        }
    }

    /** database, then schema and store, which need it. */
    private void checkDatabase(AppConfig config) {
        if (config.dbUrl().isPresent()) {
            String url = config.dbUrl().get();
            try {
                String version = DatabaseProbe.serverVersion(url, config.dbUser(), config.dbPassword());
                ok("database", DatabaseProbe.safeUrl(url) + " reachable (" + version + ")");
            } catch (SQLException | RuntimeException e) {
                fail("database", DatabaseProbe.safeUrl(url) + " unreachable: " + CliErrors.oneLine(CliErrors.rootMessage(e))
                        + " — start PostgreSQL or check db.url, db.user and OCPIZZA_DB_PASSWORD");
                skip("schema", "needs the database");
                skip("store", "needs the database");
                return;
            }
        }
        try (Database database = Database.open(config)) {
            if (database.isEmbedded()) {
                ok("database", "embedded " + DatabaseProbe.safeUrl(database.url()) + " in " + config.embeddedDataDir() + " ("
                        + serverVersion(database) + ")");
            }
            if (checkSchema(database.migrations())) {
                checkStore(new StoreDirectory(database.sessionFactory()), config.storeId());
            } else {
                skip("store", "needs the schema");
            }
        } catch (RuntimeException e) {
            // Database.open: the embedded server did not start, or the pool could not connect after the probe did.
            fail("database", CliErrors.oneLine(e instanceof ConfigException ? e.getMessage() : CliErrors.rootMessage(e)));
            skip("schema", "needs the database");
            skip("store", "needs the database");
        }
    }

    private boolean checkSchema(SchemaMigrations migrations) {
        try {
            SchemaVersion schema = migrations.version();
            String build = schema.build();
            String current = schema.database().orElse(null);
            switch (schema.fit()) {
                case EMPTY -> fail("schema", "empty database, this build needs version " + build + " — run `ocpizza db migrate`");
                case OLDER -> fail("schema", "version " + current + ", this build needs " + build + " (" + schema.pending()
                        + " pending) — run `ocpizza db migrate`");
                case NEWER_MAJOR -> fail("schema", schema.newerMajorMessage());
                case NEWER_COMPATIBLE -> {
                    ok("schema", "version " + current + " is newer than this build's " + build + ", same major "
                            + schema.buildMajor() + ": compatible (update this terminal at the next rollout)");
                    return true;
                }
                case CURRENT -> {
                    ok("schema", "version " + current + " matches this build (major " + schema.buildMajor() + ")");
                    return true;
                }
            }
        } catch (RuntimeException e) {
            fail("schema", CliErrors.oneLine(CliErrors.rootMessage(e)) + " — see `ocpizza db status`");
        }
        return false;
    }

    private void checkStore(StoreDirectory stores, int storeId) {
        try {
            List<StoreDirectory.Store> all = stores.all();
            all.stream().filter(store -> store.id() == storeId).findFirst().ifPresentOrElse(
                    store -> ok("store", store.id() + " " + store.name()),
                    () -> fail("store", all.isEmpty()
                            ? "no store in this database — run `ocpizza db seed --demo` or create the chain's stores"
                            : "store.id=" + storeId + " does not exist: stores are " + StoreDirectory.describeIds(all)
                            + " — set store.id (or OCPIZZA_STORE_ID)"));
        } catch (RuntimeException e) {
            fail("store", CliErrors.oneLine(CliErrors.rootMessage(e)));
        }
    }

    private void checkLiveUpdates(AppConfig config) {
        if (config.redisUrl().isEmpty()) {
            ok("live updates", "in-process (no Redis configured)");
            return;
        }
        String url = config.redisUrl().get();
        String where = redisAddress(url);
        try (Jedis jedis = new Jedis(URI.create(url), REDIS_TIMEOUT_MILLIS)) {
            jedis.ping();
            ok("redis", where + " reachable" + redisVersion(jedis));
        } catch (RuntimeException e) {
            fail("redis", where + " unreachable: " + CliErrors.oneLine(CliErrors.rootMessage(e))
                    + " — start Redis or empty redis.url");
        }
    }

    private static String serverVersion(Database database) {
        try (Connection connection = database.dataSource().getConnection()) {
            return DatabaseProbe.version(connection);
        } catch (SQLException e) {
            return "version unknown";
        }
    }

    private static String redisVersion(Jedis jedis) {
        try {
            return jedis.info("server").lines()
                    .filter(line -> line.startsWith("redis_version:"))
                    .map(line -> " (Redis " + line.substring("redis_version:".length()).strip() + ")")
                    .findFirst().orElse("");
        } catch (RuntimeException e) {
            return ""; // INFO may be renamed away on a hardened server; PING was enough.
        }
    }

    /** "redis://host:port", without the credentials a URL may carry. */
    private static String redisAddress(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null) {
                return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
            }
        } catch (IllegalArgumentException e) {
            // Not a URI (an unescaped character in a password): cut the credentials out by hand.
        }
        return AppConfig.withoutCredentials(url);
    }

    private void ok(String check, String detail) {
        report.ok(check, detail);
    }

    private void fail(String check, String detail) {
        report.fail(check, detail);
    }

    private void skip(String check, String reason) {
        report.skip(check, reason);
    }
}
