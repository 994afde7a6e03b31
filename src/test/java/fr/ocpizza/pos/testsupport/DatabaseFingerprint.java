package fr.ocpizza.pos.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, table by table: each public table's row count and the md5 of its rows
 * in a fixed order, and each sequence's state. Two databases with equal fingerprints hold the
 * same data, row for row.
 */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    /** "table" → "rows md5", "sequence:name" → "last_value is_called". */
    public static Map<String, String> of(TestDatabase db) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password()); Statement s = c.createStatement()) {
            Map<String, String> print = new TreeMap<>();
            for (String table : names(s, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                        + " FROM public.\"" + table + "\" t")) {
                    rs.next();
                    print.put(table, rs.getLong(1) + " " + rs.getString(2));
                }
            }
            for (String sequence : names(s, "SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")) {
                try (ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM public.\"" + sequence + "\"")) {
                    rs.next();
                    print.put("sequence:" + sequence, rs.getLong(1) + " " + rs.getBoolean(2));
                }
            }
            return print;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + db.url() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> names(Statement s, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
