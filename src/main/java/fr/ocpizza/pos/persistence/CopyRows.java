package fr.ocpizza.pos.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for one PostgreSQL {@code COPY … FROM STDIN} in its text format (tab between values,
 * {@code \N} for null): tens of thousands of rows in one round trip, with the table's
 * constraints and triggers checked as for any insert. Values are written with {@code toString()}
 * (an {@code Instant} as ISO-8601, an enum as its name), decimals as plain numbers.
 */
public final class CopyRows {

    private final String table;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean lineStarted;
    private long rows;

    /** @param table the table and its column list, e.g. {@code payment (order_id, method)} */
    public CopyRows(String table) {
        this.table = table;
    }

    public CopyRows add(Object value) {
        if (lineStarted) {
            text.append('\t');
        }
        lineStarted = true;
        if (value == null) {
            text.append("\\N");
        } else {
            String plain = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
            for (int i = 0; i < plain.length(); i++) {
                char c = plain.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
        return this;
    }

    /** Ends the current row. */
    public void row() {
        text.append('\n');
        lineStarted = false;
        rows++;
    }

    public long rows() {
        return rows;
    }

    /** Sends every row on the connection (in its transaction); returns how many the server took. */
    public long copy(Connection connection) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
