package fr.ocpizza.pos.cli;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.persistence.SchemaMigrations;
import fr.ocpizza.pos.persistence.SchemaMismatchException;
import fr.ocpizza.pos.persistence.SchemaVersion;
import java.io.PrintWriter;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ocpizza db migrate | seed --demo | status}: the schema and the demo data. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Database upkeep: schema migrations and the demo data, on db.url or the embedded default.")
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
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of migrate, seed, status");
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
            description = {"Loads the demo chain: 5 Paris pizzerias, their menu, recipes, stock and staff.",
                    "Idempotent: what exists is left alone. Never on a production database."})
    int seed(@Option(names = "--demo", description = "Confirms that the demo data is wanted (required).") boolean demo) {
        if (!demo) {
            throw new ParameterException(spec.subcommands().get("seed"),
                    "`db seed` only loads the demo data and needs --demo to confirm it (never on a production database)");
        }
        try (CliSession session = CliSession.openCurrent(root)) {
            Map<String, Long> before = count(session.database());
            DemoData.seed(session.database().sessionFactory());
            Map<String, Long> after = count(session.database());
            String added = DEMO_TABLES.stream()
                    .filter(table -> after.get(table.name()) > before.get(table.name()))
                    .map(table -> (after.get(table.name()) - before.get(table.name())) + " " + table.rows())
                    .collect(Collectors.joining(", "));
            out().println(added.isEmpty() ? "Demo data already present: nothing added" : "Demo data added: " + added);
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
