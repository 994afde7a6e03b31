package fr.ocpizza.pos.app;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.auth.AuthService;
import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.menu.MenuService;
import fr.ocpizza.pos.application.staff.StaffService;
import fr.ocpizza.pos.application.audit.AuditLog;
import fr.ocpizza.pos.application.kitchen.KitchenService;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.PromisedTimes;
import fr.ocpizza.pos.application.report.ReportService;
import fr.ocpizza.pos.application.stock.StockHistory;
import fr.ocpizza.pos.application.stock.StockMovements;
import fr.ocpizza.pos.application.stock.StockService;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.config.ConfigException;
import fr.ocpizza.pos.domain.order.PromiseRule;
import fr.ocpizza.pos.events.EventBus;
import fr.ocpizza.pos.events.InProcessEventBus;
import fr.ocpizza.pos.events.OutboxRelay;
import fr.ocpizza.pos.events.RedisEventBus;
import fr.ocpizza.pos.events.StoreEventFeed;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.persistence.SchemaMigrations;
import fr.ocpizza.pos.persistence.backup.DailyBackupScheduler;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the database, the services and the event bus from the
 * configuration, by plain constructor wiring. The desktop application and the command line
 * both start from here.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final AppConfig config;
    private final Database database;
    private final Clock clock;
    private final EventBus eventBus;
    private final OutboxRelay relay;
    private final OrderService orders;
    private final StockService stock;
    private final StockMovements stockMovements;
    private final StockHistory stockHistory;
    private final AuthService auth;
    private final KitchenService kitchen;
    private final StoreEventFeed liveFeed;
    private final CustomerService customers;
    private final MenuService menu;
    private final StaffService staff;
    private final AuditLog auditLog;
    private final PromisedTimes promisedTimes;
    private final ReportService reports;
    /** Null unless the embedded database is backed up daily (backup.daily.*). */
    private DailyBackupScheduler dailyBackup;

    private AppContext(AppConfig config, Database database, Clock clock, EventBus eventBus, OutboxRelay relay) {
        this.config = config;
        this.database = database;
        this.clock = clock;
        this.eventBus = eventBus;
        this.relay = relay;
        this.orders = new OrderService(database.sessionFactory(), clock);
        this.stock = new StockService(database.sessionFactory());
        this.stockMovements = new StockMovements(database.sessionFactory(), clock);
        this.stockHistory = new StockHistory(database.sessionFactory(), clock);
        this.auth = new AuthService(database.sessionFactory(), clock, config.loginMaxFailures(), config.loginLockDuration(),
                config.storeId());
        this.kitchen = new KitchenService(database.sessionFactory(), orders, clock);
        this.liveFeed = new StoreEventFeed(eventBus, database.sessionFactory(), config.watchdogInterval());
        this.customers = new CustomerService(database.sessionFactory(), clock);
        this.menu = new MenuService(database.sessionFactory(), clock);
        this.staff = new StaffService(database.sessionFactory(), clock);
        this.auditLog = new AuditLog(database.sessionFactory());
        this.promisedTimes = new PromisedTimes(database.sessionFactory(), clock, new PromiseRule(config.promiseBase(),
                config.promisePerPizza(), config.promiseOvens(), config.promiseDelivery()));
        this.reports = new ReportService(database.sessionFactory());
    }

    /**
     * Opens everything a terminal needs. On the embedded default the schema is migrated and the
     * demo data loaded at first start; against a server the schema must already be at this
     * build's version ({@code db migrate} is an operator's decision on a shared database).
     */
    public static AppContext start(AppConfig config) {
        Database database = Database.open(config);
        try {
            SchemaMigrations migrations = database.migrations();
            if (database.isEmbedded()) {
                int applied = migrations.migrate();
                if (applied > 0) {
                    LOG.info("Embedded database migrated ({} migration(s))", applied);
                }
                if (config.seedDemoOnFirstStart() && DemoData.isEmpty(database.sessionFactory())) {
                    DemoData.seed(database.sessionFactory());
                    LOG.info("Demo data loaded into the embedded database");
                }
            } else {
                requireCurrentSchema(migrations);
            }
            EventBus bus = config.redisUrl().<EventBus>map(RedisEventBus::new).orElseGet(InProcessEventBus::new);
            OutboxRelay relay = new OutboxRelay(database, bus);
            relay.start(config.outboxPollInterval());
            AppContext context = new AppContext(config, database, Clock.systemUTC(), bus, relay);
            context.dailyBackup = DailyBackupScheduler.startIfWanted(config, database);
            return context;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    static void requireCurrentSchema(SchemaMigrations migrations) {
        int pending = migrations.pendingCount();
        if (pending > 0) {
            throw new ConfigException("The database schema is at version " + migrations.databaseVersion().orElse("none")
                    + " but this terminal needs version " + migrations.buildVersion()
                    + ". Run `java -jar ocpizza.jar db migrate` on one machine (see the README, section Configuration), then start again.");
        }
    }

    public AppConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public EventBus eventBus() {
        return eventBus;
    }

    public OrderService orders() {
        return orders;
    }

    public StockService stock() {
        return stock;
    }

    /** Deliveries, waste and counts (back office). */
    public StockMovements stockMovements() {
        return stockMovements;
    }

    /** The stock ledger and run-out estimates (back office). */
    public StockHistory stockHistory() {
        return stockHistory;
    }

    public AuthService auth() {
        return auth;
    }

    public KitchenService kitchen() {
        return kitchen;
    }

    public CustomerService customers() {
        return customers;
    }

    /** The staff of the pizzerias, as their managers keep it. */
    public StaffService staff() {
        return staff;
    }

    /** The log of sensitive actions (cancellations, price, stock and staff changes). */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** The chain's menu, prices and recipes, as the back office edits them. */
    public MenuService menu() {
        return menu;
    }

    /** The back office's sales, cancellation and kitchen-time reports. */
    public ReportService reports() {
        return reports;
    }

    /** Proposes promised times from the kitchen queue ({@code counter.promise.*} settings). */
    public PromisedTimes promisedTimes() {
        return promisedTimes;
    }

    /** The live events of a store, for screens (deduplicated, gap-checked, reload on reconnect). */
    public LiveFeed liveFeed() {
        return liveFeed;
    }


    /** Whether the database answers now. Blocks up to a few seconds: never call it on the UI thread. */
    public boolean isDatabaseReachable() {
        return database.isReachable();
    }

    /** Whether live updates can be published now (Redis answers, or the in-process bus). */
    public boolean isEventBusConnected() {
        return eventBus.isConnected();
    }

    /** Whether live updates travel through Redis, shared by the chain's terminals, rather than in-process. */
    public boolean usesSharedEventBus() {
        return config.redisUrl().isPresent();
    }

    /** The name of this terminal's pizzeria ({@code store.id}), if the database knows it. Blocks on the database. */
    public Optional<String> storeName() {
        return new StoreDirectory(database.sessionFactory()).find(config.storeId()).map(StoreDirectory.Store::name);
    }

    /** Publishes what is still in the outbox, then closes the bus and the database. */
    @Override
    public void close() {
        if (dailyBackup != null) {
            dailyBackup.close();
        }
        liveFeed.close();
        relay.close();
        eventBus.close();
        database.close();
    }
}
