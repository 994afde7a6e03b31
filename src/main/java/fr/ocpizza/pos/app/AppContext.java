package fr.ocpizza.pos.app;

import fr.ocpizza.pos.application.DemoData;
import fr.ocpizza.pos.application.demo.DemoHistory;
import fr.ocpizza.pos.concurrent.DaemonThreads;
import fr.ocpizza.pos.application.auth.AuthService;
import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.menu.MenuService;
import fr.ocpizza.pos.application.staff.StaffService;
import fr.ocpizza.pos.application.audit.AuditLog;
import fr.ocpizza.pos.application.kitchen.KitchenService;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.PromisedTimes;
import fr.ocpizza.pos.application.report.ReportRollupJob;
import fr.ocpizza.pos.application.report.ReportService;
import fr.ocpizza.pos.application.stock.StockHistory;
import fr.ocpizza.pos.application.stock.StockMovements;
import fr.ocpizza.pos.application.stock.StockService;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.application.supervision.LastEventSeen;
import fr.ocpizza.pos.application.supervision.LiveUpdates;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeat;
import fr.ocpizza.pos.application.supervision.TerminalHeartbeats;
import fr.ocpizza.pos.application.supervision.TerminalIdentity;
import fr.ocpizza.pos.application.supervision.TerminalSupervision;
import fr.ocpizza.pos.config.AppConfig;
import fr.ocpizza.pos.domain.order.PromiseRule;
import fr.ocpizza.pos.events.EventBus;
import fr.ocpizza.pos.events.InProcessEventBus;
import fr.ocpizza.pos.events.OutboxRelay;
import fr.ocpizza.pos.events.RedisEventBus;
import fr.ocpizza.pos.events.StoreEventFeed;
import fr.ocpizza.pos.events.TerminalsChannel;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.persistence.SchemaMigrations;
import fr.ocpizza.pos.persistence.SchemaMismatchException;
import fr.ocpizza.pos.persistence.SchemaVersion;
import fr.ocpizza.pos.persistence.backup.DailyBackupScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the database, the services and the event bus from the
 * configuration, by plain constructor wiring. The desktop application and the command line
 * both start from here.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    /** store.time_zone's default in the schema: the chain's pizzerias are in Paris. */
    static final ZoneId DEFAULT_STORE_ZONE = ZoneId.of("Europe/Paris");

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
    private final ReportRollupJob reportRollup;
    /** Set by the first {@link #shutDown}; guarded by this. */
    private ShutdownReport shutdownReport;
    private final LastEventSeen lastEventSeen;
    private final TerminalSupervision supervision;
    private final ZoneId storeZone;
    /** Started by the desktop application only (the command line sends none); closed first. */
    private TerminalHeartbeat heartbeat;
    /** Null unless the embedded database is backed up daily (backup.daily.*). */
    private DailyBackupScheduler dailyBackup;
    private final CompletableFuture<Optional<DemoHistory.Outcome>> demoHistory = new CompletableFuture<>();
    /** Set when closing starts: a demo history cut short then is expected, not a fault. */
    private volatile boolean closing;

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
        this.lastEventSeen = new LastEventSeen(clock);
        this.liveFeed = new StoreEventFeed(eventBus, database.sessionFactory(), config.watchdogInterval(), lastEventSeen);
        this.customers = new CustomerService(database.sessionFactory(), clock);
        this.menu = new MenuService(database.sessionFactory(), clock);
        this.staff = new StaffService(database.sessionFactory(), clock);
        this.auditLog = new AuditLog(database.sessionFactory());
        this.promisedTimes = new PromisedTimes(database.sessionFactory(), clock, new PromiseRule(config.promiseBase(),
                config.promisePerPizza(), config.promiseOvens(), config.promiseDelivery()));
        this.reports = new ReportService(database.sessionFactory());
        this.reportRollup = new ReportRollupJob(database.sessionFactory(), config.storeId(), clock);
        this.supervision = new TerminalSupervision(new TerminalHeartbeats(database.sessionFactory()),
                new TerminalsChannel(eventBus));
        this.storeZone = new StoreDirectory(database.sessionFactory()).find(config.storeId())
                .map(StoreDirectory.Store::zone).orElse(DEFAULT_STORE_ZONE);
    }

    /**
     * Starts the desktop terminal's background housekeeping: the reports' rollup of this store, a
     * few minutes after the start (not to slow the first screens), then hourly. Tests that build
     * a context leave it off.
     */
    public void startHousekeeping() {
        reportRollup.start(Duration.ofMinutes(2), Duration.ofHours(1));
    }

    /**
     * Opens everything a terminal needs. The schema is checked first (docs/decisions/0008): a
     * database of a newer major is refused; one a newer build migrated within this major is used
     * as it is. On the embedded default the schema is migrated and the demo data loaded at first
     * start; against a server the schema must already have this build's migrations
     * ({@code db migrate} is an operator's decision on a shared database).
     */
    public static AppContext start(AppConfig config) {
        Database database = Database.open(config);
        try {
            SchemaMigrations migrations = database.migrations();
            SchemaVersion schema = checkSchema(migrations.version(), database.isEmbedded());
            if (database.isEmbedded()) {
                int applied = migrations.migrate();
                if (applied > 0) {
                    LOG.info("Embedded database migrated ({} migration(s))", applied);
                    schema = migrations.version();
                }
                if (config.seedDemoOnFirstStart() && DemoData.isEmpty(database.sessionFactory())) {
                    // With the history to come, the opening stock is dated at its first morning.
                    DemoData.seed(database.sessionFactory(),
                            config.demoHistory() ? DemoHistory.openingStockAt(Clock.systemUTC()) : null);
                    LOG.info("Demo data loaded into the embedded database");
                }
            }
            LOG.info("Schema at V{} (major {}), this build knows up to V{}", schema.database().orElse("none"),
                    schema.databaseMajor().map(String::valueOf).orElse("none"), schema.build());
            EventBus bus = config.redisUrl().<EventBus>map(RedisEventBus::new).orElseGet(InProcessEventBus::new);
            OutboxRelay relay = new OutboxRelay(database, bus);
            relay.start(config.outboxPollInterval());
            AppContext context = new AppContext(config, database, Clock.systemUTC(), bus, relay);
            context.dailyBackup = DailyBackupScheduler.startIfWanted(config, database);
            if (database.isEmbedded() && config.demoHistory()) {
                context.loadDemoHistory();
            }
            return context;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Loads the demo's order history on a background thread: it takes seconds (docs/benchmarks.md),
     * and the login must not wait for charts nobody has asked for yet. It writes past days only,
     * no event and no stock level, so orders taken meanwhile are not in its way. Nothing is written
     * once the database holds an order; an interrupted load (the terminal closed) rolls back and
     * runs again at the next start.
     */
    private void loadDemoHistory() {
        DaemonThreads.named("demo-history-", Thread.MIN_PRIORITY).newThread(() -> {
            try {
                demoHistory.complete(DemoHistory.load(database.sessionFactory(), clock));
            } catch (RuntimeException e) {
                if (closing) {
                    LOG.info("Demo history not loaded: the terminal closed first; it loads at the next start");
                } else {
                    LOG.warn("Demo history not loaded; it is tried again at the next start", e);
                }
                demoHistory.completeExceptionally(e);
            }
        }).start();
    }

    /**
     * The demo history's load on the embedded default: done with what was loaded, or with
     * nothing when the database already held orders; never done when no load was started.
     */
    public CompletableFuture<Optional<DemoHistory.Outcome>> demoHistory() {
        return demoHistory;
    }

    /**
     * Refuses a schema this build cannot run on; returns it otherwise. An embedded database that
     * is behind is fine: the caller migrates it.
     */
    static SchemaVersion checkSchema(SchemaVersion schema, boolean embedded) {
        switch (schema.fit()) {
            case NEWER_MAJOR -> throw new SchemaMismatchException(SchemaVersion.Fit.NEWER_MAJOR, schema.newerMajorMessage());
            case EMPTY, OLDER -> {
                if (!embedded) {
                    throw new SchemaMismatchException(schema.fit(), "The database schema is at version "
                            + schema.database().orElse("none") + " but this terminal needs version " + schema.build()
                            + ". Run `java -jar ocpizza.jar db migrate` on one machine (see the README, section Configuration),"
                            + " then start again.");
                }
            }
            case NEWER_COMPATIBLE -> LOG.info("Schema newer (V{}) than this build (V{}), same major {}: compatible",
                    schema.database().orElseThrow(), schema.build(), schema.buildMajor());
            case CURRENT -> {
                // nothing to say
            }
        }
        return schema;
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


    /** The chain's terminals as their heartbeats tell (back office, {@code ocpizza terminals}). */
    public TerminalSupervision supervision() {
        return supervision;
    }

    /**
     * Starts this terminal's heartbeat ({@code supervision.heartbeat.seconds}): the desktop
     * application calls it once started; {@link #close()} sends its last beat, marked stopped.
     */
    public synchronized TerminalHeartbeat startHeartbeat(TerminalIdentity identity) {
        if (heartbeat == null) {
            heartbeat = new TerminalHeartbeat(identity, config.storeId(), appVersion(), config.heartbeatPeriod(), clock,
                    new TerminalHeartbeats(database.sessionFactory()), new TerminalsChannel(eventBus),
                    this::liveUpdates, lastEventSeen);
            heartbeat.start();
        }
        return heartbeat;
    }

    /** The heartbeat, once started. */
    public synchronized Optional<TerminalHeartbeat> heartbeat() {
        return Optional.ofNullable(heartbeat);
    }

    /** The version the build wrote into the jar's manifest; "dev" when run from the classes. */
    public static String appVersion() {
        return Optional.ofNullable(AppContext.class.getPackage().getImplementationVersion()).orElse("dev");
    }

    /** Runs on the heartbeat's thread: a Redis PING. */
    private LiveUpdates liveUpdates() {
        if (!usesSharedEventBus()) {
            return LiveUpdates.IN_PROCESS;
        }
        return isEventBusConnected() ? LiveUpdates.REDIS_UP : LiveUpdates.REDIS_DOWN;
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

    /**
     * The time zone of this terminal's pizzeria ({@code store.time_zone}), read once at start:
     * every time a person sees or types is in it, whatever the machine's zone. Europe/Paris (the
     * schema's default) when the store is not in the database yet.
     */
    public ZoneId storeZone() {
        return storeZone;
    }

    /** The name of this terminal's pizzeria ({@code store.id}), if the database knows it. Blocks on the database. */
    public Optional<String> storeName() {
        return new StoreDirectory(database.sessionFactory()).find(config.storeId()).map(StoreDirectory.Store::name);
    }

    /**
     * What closing did: events published while closing, events left in the outbox (-1: could not
     * count them; they go out at the next start either way), and how long it took.
     */
    public record ShutdownReport(int published, long leftInOutbox, Duration took) {
    }

    /**
     * Closes in the order that loses nothing: the last heartbeat (marked stopped); the live feed; the outbox drained to Redis (for up to
     * {@code outboxWait}, then what is left stays in the table for the next start); Redis; then the
     * database (Hibernate, the pool, and last the embedded PostgreSQL). Once: later calls return
     * the first report. Call it after the screens stopped taking input and their work finished.
     *
     * @param onPublished told the running count of events published while closing
     */
    public ShutdownReport shutDown(Duration outboxWait, IntConsumer onPublished) {
        synchronized (this) {
            if (shutdownReport != null) {
                return shutdownReport;
            }
            long started = System.nanoTime();
            closing = true;
            heartbeat().ifPresent(TerminalHeartbeat::close);
            if (dailyBackup != null) {
                dailyBackup.close();
            }
            reportRollup.close();
            liveFeed.close();
            OutboxRelay.Drain drain = relay.drain(outboxWait, onPublished);
            eventBus.close();
            database.close();
            shutdownReport = new ShutdownReport(drain.published(), drain.left(),
                    Duration.ofNanos(System.nanoTime() - started));
            LOG.info("Terminal closed in {} ms: {} event(s) published while closing, {} left in the outbox{}",
                    shutdownReport.took().toMillis(), drain.published(), drain.left() < 0 ? "an unknown number of" : drain.left(),
                    drain.left() == 0 ? "" : " (kept there: they go out at the next start of a terminal)");
            return shutdownReport;
        }
    }

    /** {@link #shutDown} with the outbox's usual wait ({@link OutboxRelay#DEFAULT_DRAIN}). */
    @Override
    public void close() {
        shutDown(OutboxRelay.DEFAULT_DRAIN, published -> { });
    }
}
