package fr.ocpizza.pos.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Samples {@code pg_stat_activity} every 20 ms while a run goes on: how many of the benchmark
 * database's connections are, on average, running a statement, waiting for a lock held by another
 * transaction, or idle inside a transaction (waiting for the client: network and client-side work).
 */
final class BackendSampler implements AutoCloseable {

    /** Average number of connections in each state over the run. */
    record Profile(double running, double lockWait, double idleInTransaction) {
    }

    private final Thread thread;
    private final Connection connection;
    private volatile boolean stop;
    private long samples;
    private long running;
    private long lockWait;
    private long idleInTransaction;

    private BackendSampler(BenchDatabase db) throws SQLException {
        connection = DriverManager.getConnection(db.url(), db.user(), db.password());
        PreparedStatement ps = connection.prepareStatement("SELECT"
                + " count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock'),"
                + " count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock'),"
                + " count(*) FILTER (WHERE state = 'idle in transaction')"
                + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                + " AND backend_type = 'client backend'");
        thread = new Thread(() -> {
            try (ps) {
                while (!stop) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        synchronized (this) {
                            running += rs.getLong(1);
                            lockWait += rs.getLong(2);
                            idleInTransaction += rs.getLong(3);
                            samples++;
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (SQLException | InterruptedException e) {
                // the run is over
            }
        }, "backend-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static BackendSampler start(BenchDatabase db) throws SQLException {
        return new BackendSampler(db);
    }

    synchronized Profile profile() {
        double n = Math.max(1, samples);
        return new Profile(running / n, lockWait / n, idleInTransaction / n);
    }

    @Override
    public void close() throws SQLException {
        stop = true;
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
