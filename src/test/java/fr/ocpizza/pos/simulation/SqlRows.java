package fr.ocpizza.pos.simulation;

import fr.ocpizza.pos.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads rows in plain SQL for the simulation tests' assertions. */
final class SqlRows {

    private final Database database;

    SqlRows(Database database) {
        this.database = database;
    }

    List<Object[]> rows(String sql, Object... args) {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Integer> ints(String sql, Object... args) {
        return rows(sql, args).stream().map(row -> ((Number) row[0]).intValue()).toList();
    }

    List<String> strings(String sql, Object... args) {
        return rows(sql, args).stream().map(row -> (String) row[0]).toList();
    }
}
