package fr.ocpizza.pos.persistence.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationVersion;

/**
 * What a backup covers, read from the catalog rather than listed by hand: every table of the
 * {@code public} schema (flyway_schema_history included) with its columns, the foreign keys between
 * them, and every sequence. A table a new migration adds is backed up with no change here.
 */
final class PublicSchema {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private PublicSchema() {
    }

    /** The public tables, by name, with their columns in order (generated columns left out: COPY cannot load them). */
    static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT cl.relname, a.attname FROM pg_class cl"
                     + " JOIN pg_namespace n ON n.oid = cl.relnamespace"
                     + " JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum > 0 AND NOT a.attisdropped"
                     + " WHERE n.nspname = 'public' AND cl.relkind = 'r' AND a.attgenerated = ''"
                     + " ORDER BY cl.relname, a.attnum")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    /**
     * The tables in an order where every table comes after those it references (self-references
     * aside: COPY checks them at the end of the table). Empty when foreign keys go round in a circle.
     */
    static Optional<List<String>> dependencyOrder(Connection c, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        tables.forEach(t -> parents.put(t, new TreeSet<>()));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT child.relname, parent.relname FROM pg_constraint k"
                     + " JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid"
                     + " JOIN pg_namespace n ON n.oid = child.relnamespace"
                     + " WHERE k.contype = 'f' AND n.nspname = 'public'")) {
            while (rs.next()) {
                String child = rs.getString(1);
                String parent = rs.getString(2);
                if (!child.equals(parent) && parents.containsKey(child) && parents.containsKey(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        boolean progress = true;
        while (order.size() < tables.size() && progress) {
            progress = false;
            for (var entry : parents.entrySet()) {
                if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
                    order.add(entry.getKey());
                    placed.add(entry.getKey());
                    progress = true;
                }
            }
        }
        return order.size() == tables.size() ? Optional.of(order) : Optional.empty();
    }

    /** Every sequence of the public schema with its state: the value setval must give back. */
    static List<SnapshotManifest.SequenceValue> sequences(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT cl.relname FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace"
                     + " WHERE n.nspname = 'public' AND cl.relkind = 'S' ORDER BY cl.relname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<SnapshotManifest.SequenceValue> values = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM " + qualified(name))) {
                    rs.next();
                    values.add(new SnapshotManifest.SequenceValue(name, rs.getLong(1), rs.getBoolean(2)));
                }
            }
        }
        return values;
    }

    /** Flyway's highest successfully applied version; empty when the history table is missing or has none. */
    static Optional<String> schemaVersion(Connection c) throws SQLException {
        if (!tables(c).containsKey(FLYWAY_HISTORY)) {
            return Optional.empty();
        }
        List<String> versions = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM " + qualified(FLYWAY_HISTORY)
                     + " WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions.stream().map(MigrationVersion::fromVersion).max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion);
    }

    /** The tables that hold rows, with their counts, leaving out Flyway's history (a migrated but empty database has only that). */
    static Map<String, Long> tablesWithRows(Connection c, Set<String> tables) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                if (table.equals(FLYWAY_HISTORY)) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + qualified(table))) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        rows.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return rows;
    }

    /** The tables that have triggers of their own (not the foreign keys' internal ones). */
    static Set<String> tablesWithUserTriggers(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT cl.relname FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid"
                     + " JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static int serverMajorVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10_000;
        }
    }

    static boolean isSuperuser(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * Fixes, for the current transaction, every setting that changes COPY's text: a file written on
     * a terminal in Paris reads back the same on a server in UTC, whatever the drivers' defaults.
     */
    static void fixTextFormat(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL TimeZone = 'UTC'");
            s.execute("SET LOCAL DateStyle = 'ISO, YMD'");
            s.execute("SET LOCAL IntervalStyle = 'postgres'");
            s.execute("SET LOCAL extra_float_digits = 3");
            s.execute("SET LOCAL bytea_output = 'hex'");
        }
    }

    /** {@code "public"."name"}, quoted whatever the name holds. */
    static String qualified(String name) {
        return "\"public\"." + quoted(name);
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
