package fr.ocpizza.pos.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigException;
import fr.ocpizza.pos.persistence.entity.AuditLogEntity;
import fr.ocpizza.pos.persistence.entity.OrderEntity;
import fr.ocpizza.pos.persistence.entity.OrderLineEntity;
import fr.ocpizza.pos.persistence.entity.OrderStatusChangeEntity;
import fr.ocpizza.pos.persistence.entity.OutboxEventEntity;
import fr.ocpizza.pos.persistence.entity.PaymentEntity;
import fr.ocpizza.pos.persistence.entity.StaffEntity;
import fr.ocpizza.pos.persistence.entity.StockMovementEntity;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The connection pool and the Hibernate session factory of one database, and the embedded
 * server behind them when there is one. Closing it closes all three.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final EmbeddedPostgresServer embedded;
    private final String url;

    private Database(HikariDataSource dataSource, SessionFactory sessionFactory, EmbeddedPostgresServer embedded, String url) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.embedded = embedded;
        this.url = url;
    }

    /**
     * Connects to the configured database, or starts the embedded one when none is configured.
     * Does not migrate: see {@link SchemaMigrations}.
     */
    public static Database open(AppConfig config) {
        EmbeddedPostgresServer embedded = null;
        String url;
        String user;
        String password;
        if (config.dbUrl().isPresent()) {
            url = config.dbUrl().get();
            user = config.dbUser();
            password = config.dbPassword();
        } else {
            embedded = EmbeddedPostgresServer.start(config.embeddedDataDir(), config.embeddedPort());
            url = embedded.jdbcUrl();
            user = "postgres";
            password = "";
        }
        try {
            return connect(url, user, password, config.poolSize(), embedded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /** Connects to a given database (tests, benchmarks, tools). */
    public static Database connect(String url, String user, String password, int poolSize) {
        return connect(url, user, password, poolSize, null);
    }

    private static Database connect(String url, String user, String password, int poolSize, EmbeddedPostgresServer embedded) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("ocpizza");
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setMaximumPoolSize(poolSize);
        hikari.setMinimumIdle(Math.min(2, poolSize));
        hikari.setConnectionTimeout(5_000);
        hikari.setInitializationFailTimeout(5_000);
        hikari.addDataSourceProperty("ApplicationName", "ocpizza-terminal");
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new ConfigException("Cannot connect to the database at " + url + " as " + user + " ("
                    + rootMessage(e) + "). Check that the server runs and that db.url, db.user and OCPIZZA_DB_PASSWORD are right.", e);
        }
        try {
            return new Database(dataSource, buildSessionFactory(dataSource), embedded, url);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static SessionFactory buildSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(OrderEntity.class)
                .addAnnotatedClass(OrderLineEntity.class)
                .addAnnotatedClass(OrderStatusChangeEntity.class)
                .addAnnotatedClass(PaymentEntity.class)
                .addAnnotatedClass(StockMovementEntity.class)
                .addAnnotatedClass(OutboxEventEntity.class)
                .addAnnotatedClass(AuditLogEntity.class)
                .addAnnotatedClass(StaffEntity.class);
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        configuration.setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
        configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        configuration.setProperty(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, "64");
        return configuration.buildSessionFactory();
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String url() {
        return url;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public SchemaMigrations migrations() {
        return new SchemaMigrations(dataSource);
    }

    /**
     * At JVM exit, the embedded server (if any) stops only after {@code work}: see
     * {@link EmbeddedPostgresServer#stopAfter}. Nothing to do against a server.
     */
    public void keepEmbeddedServerUntil(Future<?> work) {
        if (embedded != null) {
            embedded.stopAfter(work);
        }
    }

    /** Whether the database answers now (used by doctor and the status bar). */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
