package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.demo.DemoHistory;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.persistence.SchemaMigrations;
import fr.ocpizza.pos.persistence.SchemaMismatchException;
import fr.ocpizza.pos.persistence.SchemaVersion;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.persistence.backup.BackupException;
import fr.ocpizza.pos.persistence.backup.BackupProgress;
import fr.ocpizza.pos.persistence.backup.BackupTarget;
import fr.ocpizza.pos.persistence.backup.Backups;
import fr.ocpizza.pos.persistence.backup.DailyBackups;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocpizza db migrate | seed --demo | status | backup | restore | backups}: the schema, the demo data, backups. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Database upkeep: schema migrations, the demo data, backup and restore, on db.url or the embedded default.")
final class DbCommand implements Runnable {

    /** A table the demo data fills, and how the seed report names its rows. */
    private record DemoTable(String name, String rows) {
    }

    private static final List<DemoTable> DEMO_TABLES = List.of(
            new DemoTable("store", "store(s)"), new DemoTable("ingredient", "ingredient(s)"),
            new DemoTable("product", "product(s)"), new DemoTable("product_size", "product size(s)"),
            new DemoTable("recipe_item", "recipe line(s)"), new DemoTable("recipe_step", "recipe step(s)"),
            new DemoTable("extra_topping", "extra topping price(s)"), new DemoTable("stock", "stock row(s)"),
            new DemoTable("staff", "staff member(s)"));

    @ParentCommand
    private OcpizzaCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of migrate, seed, status, backup, restore, backups");
    }

    /** Lines of SQL shown per migration by {@code db migrate --dry-run}; the file has the rest. */
    private static final int DRY_RUN_SQL_LINES = 12;

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = {"Applies the schema migrations this build carries that the database has not run yet.",
                    "Within a major version migrations only add: terminals of the previous build keep working.",
                    "Refused on a database of a newer major (this build is too old for it)."})
    int migrate(@Option(names = "--dry-run", description = "Prints the pending migrations and their SQL; changes nothing.")
                boolean dryRun) {
        try (CliSession session = CliSession.open(root)) {
            SchemaMigrations migrations = session.database().migrations();
            SchemaVersion schema = migrations.version();
            if (schema.fit() == SchemaVersion.Fit.NEWER_MAJOR) {
                throw new SchemaMismatchException(SchemaVersion.Fit.NEWER_MAJOR, schema.newerMajorMessage());
            }
            if (dryRun) {
                printDryRun(schema, migrations.pending());
                return 0;
            }
            int applied = migrations.migrate();
            out().println("Schema at version " + migrations.databaseVersion().orElse("none")
                    + " (" + applied + " migration(s) applied)");
            return 0;
        }
    }

    private void printDryRun(SchemaVersion schema, List<SchemaMigrations.PendingMigration> pending) {
        PrintWriter out = out();
        out.println("Dry run, nothing changed: schema at version " + schema.database().orElse("none") + ", this build: "
                + schema.build() + " (major " + schema.buildMajor() + ")");
        if (pending.isEmpty()) {
            out.println("No pending migration.");
            return;
        }
        out.println(pending.size() + " migration(s) would be applied, in this order:");
        for (SchemaMigrations.PendingMigration migration : pending) {
            out.println("V" + migration.version() + " " + migration.description() + " (" + migration.script() + ")");
            List<String> sql = migration.sql().lines()
                    .filter(line -> !line.isBlank() && !line.strip().startsWith("--"))
                    .toList();
            sql.stream().limit(DRY_RUN_SQL_LINES).forEach(line -> out.println("    " + line));
            if (sql.size() > DRY_RUN_SQL_LINES) {
                out.println("    … " + (sql.size() - DRY_RUN_SQL_LINES) + " more line(s) in " + migration.script());
            }
        }
        out.println("Run `ocpizza db migrate` to apply them (back the database up first).");
    }

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = {"Loads the demo chain: 5 Paris pizzerias, their menu, recipes, stock and staff,",
                    "and eight weeks of order history (reports, run-out forecast) while the database holds no order.",
                    "Idempotent: what exists is left alone. Never on a production database."})
    int seed(@Option(names = "--demo", description = "Confirms that the demo data is wanted (required).") boolean demo,
             @Option(names = "--no-history", description = "The bare chain: no order history.") boolean noHistory) {
        if (!demo) {
            throw new ParameterException(spec.subcommands().get("seed"),
                    "`db seed` only loads the demo data and needs --demo to confirm it (never on a production database)");
        }
        try (CliSession session = CliSession.openCurrent(root)) {
            Clock clock = Clock.systemUTC();
            Map<String, Long> before = count(session.database());
            // With the history to come, the opening stock is dated at its first morning (the ledger reads in time order).
            DemoData.seed(session.database().sessionFactory(), noHistory ? null : DemoHistory.openingStockAt(clock));
            Map<String, Long> after = count(session.database());
            String added = DEMO_TABLES.stream()
                    .filter(table -> after.get(table.name()) > before.get(table.name()))
                    .map(table -> (after.get(table.name()) - before.get(table.name())) + " " + table.rows())
                    .collect(Collectors.joining(", "));
            out().println(added.isEmpty() ? "Demo data already present: nothing added" : "Demo data added: " + added);
            if (!noHistory) {
                out().println(DemoHistory.load(session.database().sessionFactory(), clock)
                        .map(history -> String.format(Locale.ROOT, "Order history added: %,d orders (%,d cancelled) over"
                                        + " the %d days before today at %d pizzerias, %,d stock movements, in %.1f s",
                                history.orders(), history.cancelled(), history.days(), history.stores(), history.ledgerRows(),
                                history.took().toMillis() / 1000.0))
                        .orElse("Order history not added: the database already holds orders"));
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Shows the database in use and its schema version against this build's.")
    int status() {
        try (CliSession session = CliSession.open(root)) {
            Database database = session.database();
            SchemaMigrations migrations = database.migrations();
            PrintWriter out = out();
            out.println("Database: " + DatabaseProbe.safeUrl(database.url()) + (database.isEmbedded() ? " (embedded)" : ""));
            SchemaVersion schema = migrations.version();
            out.println("Schema at version " + schema.database().orElse("none") + ", this build: "
                    + schema.build() + ", pending: " + schema.pending());
            out.println("Major: database " + schema.databaseMajor().map(String::valueOf).orElse("none") + ", this build "
                    + schema.buildMajor() + " (" + schema.fit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
            return 0;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Backs the whole database up to FILE (every table of the public schema, the schema version,",
                    "the sequences), consistent as of one instant while the terminals keep working.",
                    "Formats: snapshot (OC Pizza's own, no tool needed; always for the embedded database) or",
                    "pg_dump (custom format, when a pg_dump as recent as the server is on the PATH)."})
    int backup(@Parameters(paramLabel = "FILE", description = "The backup file to write; it must not exist.") Path file,
               @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
                       description = "auto (default), snapshot or pg_dump.") String format) {
        Backups.Choice choice = choice(format);
        try (CliSession session = CliSession.open(root)) {
            Backups backups = backups(session);
            PrintWriter out = out();
            out.println("Backing up " + DatabaseProbe.safeUrl(session.database().url())
                    + (session.database().isEmbedded() ? " (embedded)" : "") + " to " + file);
            Backups.Outcome outcome = backups.backup(file, choice, progress());
            out.println(String.format(Locale.ROOT, "Backup written: %s (%s format, schema version %s, %d tables, %,d rows, %s) in %.1f s",
                    file, outcome.format().label(), outcome.schemaVersion(), outcome.tables(), outcome.rows(),
                    size(outcome.bytes()), outcome.elapsed().toMillis() / 1000.0));
            return 0;
        } catch (BackupException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Restores FILE (a snapshot or a pg_dump custom-format file, told by its content) into the database.",
                    "Refused, with nothing written, if the database holds any row outside Flyway's history",
                    "(orders, products, staff...) unless --force, or if its schema version is not the backup's.",
                    "A blank database is first given the backup's schema version. All or nothing.",
                    "Stop every terminal using the database first."})
    int restore(@Parameters(paramLabel = "FILE", description = "The backup file to restore.") Path file,
                @Option(names = "--force", description = "Replace what the database holds (same schema version only).")
                boolean force) {
        try (CliSession session = CliSession.open(root)) {
            Backups backups = backups(session);
            PrintWriter out = out();
            out.println("Restoring " + file + " into " + DatabaseProbe.safeUrl(session.database().url())
                    + (session.database().isEmbedded() ? " (embedded)" : ""));
            Backups.Outcome outcome = backups.restore(file, force, progress());
            out.println(String.format(Locale.ROOT, "Restored: %s (%s format, schema version %s, %d tables, %,d rows) in %.1f s",
                    file, outcome.format().label(), outcome.schemaVersion(), outcome.tables(), outcome.rows(),
                    outcome.elapsed().toMillis() / 1000.0));
            return 0;
        } catch (BackupException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }

    @Command(name = "backups", mixinStandardHelpOptions = true,
            description = "Lists the daily backups in backup.dir, newest first.")
    int backups() {
        AppConfig config = root.loadConfig();
        DailyBackups daily = new DailyBackups(config.backupDir(), config.backupDailyTime(), config.backupKeep(),
                java.time.Clock.systemDefaultZone());
        PrintWriter out = out();
        List<DailyBackups.Entry> entries = daily.list();
        out.println("Daily backups in " + daily.dir() + " (" + (config.backupDailyEnabled() ? "on, at " + config.backupDailyTime()
                : "off") + ", keeping " + config.backupKeep() + "): " + entries.size());
        for (DailyBackups.Entry entry : entries) {
            out.println(String.format(Locale.ROOT, "  %s  %s  %s", entry.takenAt().toString().replace('T', ' '),
                    String.format(Locale.ROOT, "%9s", size(entry.bytes())), entry.file().getFileName()));
        }
        return 0;
    }

    private Backups.Choice choice(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "auto" -> Backups.Choice.AUTO;
            case "snapshot" -> Backups.Choice.SNAPSHOT;
            case "pg_dump", "pgdump" -> Backups.Choice.PG_DUMP;
            default -> throw new ParameterException(spec.subcommands().get("backup"),
                    "Unknown --format '" + format + "': choose auto, snapshot or pg_dump");
        };
    }

    private static Backups backups(CliSession session) {
        Database database = session.database();
        BackupTarget target = database.isEmbedded() ? new BackupTarget(database.url(), "postgres", "")
                : new BackupTarget(database.url(), session.config().dbUser(), session.config().dbPassword());
        return new Backups(database.dataSource(), target, database.isEmbedded(), java.time.Clock.systemUTC());
    }

    /** One line per table on standard output; notices (a fallback) on standard error. */
    private BackupProgress progress() {
        PrintWriter out = out();
        PrintWriter err = spec.commandLine().getErr();
        return new BackupProgress() {
            @Override
            public void table(String name, long rows, Duration elapsed) {
                out.println(String.format(Locale.ROOT, "  %-28s %12s rows %8.2f s", name,
                        rows < 0 ? "-" : String.format(Locale.ROOT, "%,d", rows), elapsed.toNanos() / 1e9));
                out.flush();
            }

            @Override
            public void notice(String message) {
                err.println("ocpizza: notice: " + message);
                err.flush();
            }
        };
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    // DemoData.seed reports only the staff it adds; row counts before and after tell the operator the rest.
    private static Map<String, Long> count(Database database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (DemoTable table : DEMO_TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table.name())) {
                    rs.next();
                    counts.put(table.name(), rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new CliFailure("Cannot count the demo data at " + database.url() + " (" + e.getMessage() + ").", e);
        }
        return counts;
    }
}
