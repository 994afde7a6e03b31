package fr.ocpizza.pos.application.supervision;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;

/**
 * The {@code terminal_heartbeat} table: one row per terminal, overwritten by each of its
 * heartbeats, so that the back office knows a terminal's last word even when Redis is down or the
 * terminal is gone. Plain JDBC in the session's transaction: uuid and timestamptz read exactly.
 */
public final class TerminalHeartbeats {

    private static final String COLUMNS = "terminal_id, hostname, store_id, workspace, staff_login, app_version,"
            + " last_event_at, last_event_id, last_event_seq, database_up, live_updates, period_seconds, started_at,"
            + " heartbeat_at, stopped_at";

    private final SessionFactory sessions;

    public TerminalHeartbeats(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Writes the terminal's row, or overwrites it. */
    public void save(Heartbeat beat) {
        sessions.inTransaction(session -> session.doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO terminal_heartbeat (" + COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (terminal_id) DO UPDATE SET hostname = excluded.hostname, store_id = excluded.store_id,"
                    + " workspace = excluded.workspace, staff_login = excluded.staff_login,"
                    + " app_version = excluded.app_version, last_event_at = excluded.last_event_at,"
                    + " last_event_id = excluded.last_event_id, last_event_seq = excluded.last_event_seq,"
                    + " database_up = excluded.database_up, live_updates = excluded.live_updates,"
                    + " period_seconds = excluded.period_seconds, started_at = excluded.started_at,"
                    + " heartbeat_at = excluded.heartbeat_at, stopped_at = excluded.stopped_at")) {
                upsert.setObject(1, beat.terminalId());
                upsert.setString(2, beat.hostname());
                upsert.setInt(3, beat.storeId());
                upsert.setString(4, beat.workspace());
                upsert.setString(5, beat.staffLogin());
                upsert.setString(6, beat.appVersion());
                setInstant(upsert, 7, beat.lastEventAt());
                upsert.setObject(8, beat.lastEventId());
                if (beat.lastEventSeq() == null) {
                    upsert.setNull(9, Types.BIGINT);
                } else {
                    upsert.setLong(9, beat.lastEventSeq());
                }
                upsert.setBoolean(10, beat.databaseUp());
                upsert.setString(11, beat.liveUpdates().name());
                upsert.setInt(12, beat.periodSeconds());
                setInstant(upsert, 13, beat.startedAt());
                setInstant(upsert, 14, beat.heartbeatAt());
                setInstant(upsert, 15, beat.stoppedAt());
                upsert.executeUpdate();
            }
        }));
    }

    /** The last heartbeat of every terminal, or of one store's when {@code storeId} is not null. */
    public List<Heartbeat> latest(Integer storeId) {
        return sessions.fromTransaction(session -> session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM terminal_heartbeat"
                    + (storeId == null ? "" : " WHERE store_id = ?") + " ORDER BY store_id, hostname, terminal_id")) {
                if (storeId != null) {
                    select.setInt(1, storeId);
                }
                try (ResultSet rows = select.executeQuery()) {
                    List<Heartbeat> beats = new ArrayList<>();
                    while (rows.next()) {
                        beats.add(read(rows));
                    }
                    return beats;
                }
            }
        }));
    }

    private static Heartbeat read(ResultSet row) throws SQLException {
        return new Heartbeat(row.getObject("terminal_id", UUID.class), row.getString("hostname"), row.getInt("store_id"),
                row.getString("workspace"), row.getString("staff_login"), row.getString("app_version"),
                instant(row, "last_event_at"), row.getObject("last_event_id", UUID.class), row.getObject("last_event_seq", Long.class),
                row.getBoolean("database_up"), LiveUpdates.valueOf(row.getString("live_updates")),
                row.getInt("period_seconds"), instant(row, "started_at"), instant(row, "heartbeat_at"),
                instant(row, "stopped_at"));
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
