package fr.ocpizza.pos.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of PostgreSQL's, for URLs carrying {@value #MARKER}: it records every
 * statement executed (SQL text, batch size) and every commit, so that the benchmark can print
 * what each path sends for one order. Used only in the census pass, never while timing.
 */
final class StatementRecordingDriver implements Driver {

    static final String MARKER = "benchRecording=true";
    private static final List<String> RECORDED = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean recording;
    private static boolean installed;

    private final Driver postgres;

    private StatementRecordingDriver(Driver postgres) {
        this.postgres = postgres;
    }

    /** Registers this driver ahead of PostgreSQL's (DriverManager picks the first that accepts a URL). */
    static synchronized void install() throws SQLException {
        if (installed) {
            return;
        }
        Driver postgres = DriverManager.getDriver("jdbc:postgresql://127.0.0.1/postgres");
        DriverManager.deregisterDriver(postgres);
        DriverManager.registerDriver(new StatementRecordingDriver(postgres));
        DriverManager.registerDriver(postgres);
        installed = true;
    }

    static void start() {
        RECORDED.clear();
        recording = true;
    }

    static List<String> stop() {
        recording = false;
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }

    private static void record(String what) {
        if (recording) {
            RECORDED.add(what);
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") && url.contains(MARKER);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String real = url.replace("&" + MARKER, "").replace("?" + MARKER + "&", "?").replace("?" + MARKER, "");
        Connection connection = postgres.connect(real, info);
        return (Connection) Proxy.newProxyInstance(StatementRecordingDriver.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    switch (method.getName()) {
                        case "prepareStatement", "prepareCall" -> {
                            return statement(result, method.getReturnType(), (String) args[0]);
                        }
                        case "createStatement" -> {
                            return statement(result, Statement.class, null);
                        }
                        case "commit" -> record("COMMIT");
                        case "rollback" -> record("ROLLBACK");
                        default -> {
                        }
                    }
                    return result;
                });
    }

    private static Object statement(Object statement, Class<?> type, String preparedSql) {
        int[] batched = {0};
        return Proxy.newProxyInstance(StatementRecordingDriver.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("addBatch")) {
                        batched[0]++;
                    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                        record("batch of " + batched[0] + ": " + preparedSql);
                        batched[0] = 0;
                    } else if (name.startsWith("execute")) {
                        record(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
                    }
                    return invoke(statement, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
