package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.customer.NewCustomer;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.PromisedTimes;
import fr.ocpizza.pos.application.stock.StockService;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.order.PromiseRule;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import fr.ocpizza.pos.testsupport.ManualLiveFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The counter's view models wired as the application wires them, on a test class's own seeded
 * database, with every background task run at once on the test's thread. The promised times are
 * computed at a fixed instant, 10 minutes per pizza, so that each pizza moves the proposal.
 */
final class CounterRoom implements AutoCloseable {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Each test gets phone numbers of its own: the database is shared by the class. */
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(30_00_00);

    final ServiceDatabase db;
    final Fixtures fx;
    final OrderService orders;
    final CustomerService customers;
    final StaffPrincipal cashier;
    private final PromisedTimes promisedTimes;
    private final Clock promiseClock;

    CounterRoom() {
        db = ServiceDatabase.open();
        fx = db.fx();
        orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        customers = new CustomerService(db.database().sessionFactory(), Clock.systemUTC());
        cashier = fx.staff("caisse1");
        promiseClock = Clock.fixed(Instant.now(), PARIS);
        promisedTimes = new PromisedTimes(db.database().sessionFactory(), promiseClock,
                new PromiseRule(Duration.ofMinutes(15), Duration.ofMinutes(10), 1, Duration.ofMinutes(20)));
        new KitchenOrders(orders, fx, 1).stockUp(100_000);
    }

    /** A fresh counter, its menu read; {@code proposals} counts the promised-time requests. */
    CounterViewModel open(AtomicInteger proposals) {
        TaskExecutor executor = new CurrentThreadTaskExecutor();
        StockService stock = new StockService(db.database().sessionFactory());
        ManualLiveFeed feed = new ManualLiveFeed();
        PhoneCustomerViewModel customer = new PhoneCustomerViewModel(customers,
                new StoreDirectory(db.database().sessionFactory()), executor, Messages.french(), cashier, 1, PARIS);
        PromisedTimeViewModel promise = new PromisedTimeViewModel(promisedTimes, new Counting(executor, proposals),
                Messages.french(), cashier, 1, promiseClock, PARIS);
        CounterViewModel counter = new CounterViewModel(orders, () -> stock.whatCanBeMade(cashier, 1), feed, executor,
                cashier, 1, Clock.systemUTC(), Messages.french(), customer, promise);
        counter.connect();
        feed.resync();
        return counter;
    }

    /**
     * A counter as the terminal prebuilds it behind the login: every part reads the one
     * {@code session}, nobody logged in yet, nothing read. {@link CounterViewModel#startSession} starts it.
     */
    CounterViewModel prebuilt(CounterSession session, ManualLiveFeed feed) {
        TaskExecutor executor = new CurrentThreadTaskExecutor();
        StockService stock = new StockService(db.database().sessionFactory());
        PhoneCustomerViewModel customer = new PhoneCustomerViewModel(customers,
                new StoreDirectory(db.database().sessionFactory()), executor, Messages.french(), session, 1, PARIS);
        PromisedTimeViewModel promise = new PromisedTimeViewModel(promisedTimes, executor, Messages.french(), session,
                1, promiseClock, PARIS);
        CounterViewModel counter = new CounterViewModel(orders, () -> stock.whatCanBeMade(session.cashier(), 1), feed,
                executor, session, 1, Clock.systemUTC(), Messages.french(), customer, promise);
        counter.connect();
        return counter;
    }

    /** A customer recorded with one address; returns the number as a cashier types it. */
    String recordedCustomer(String lastName) {
        String number = String.format("0698%06d", NEXT_NUMBER.incrementAndGet());
        customers.create(cashier, 1, new NewCustomer("Jeanne", lastName, number,
                new FrenchAddress("Domicile", "12 rue de la Roquette", null, "75011", "Paris", null), null));
        return number;
    }

    static ProductTile tile(CounterViewModel counter, String productCode) {
        return counter.menu().tiles().stream().filter(tile -> tile.size().productCode().equals(productCode))
                .findFirst().orElseThrow();
    }

    /** French amounts use no-break spaces ("16,00 €"): compared with plain ones. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Override
    public void close() {
        db.close();
    }

    /** Counts the tasks it runs, then runs them on the caller's thread. */
    private record Counting(TaskExecutor inner, AtomicInteger count) implements TaskExecutor {
        @Override
        public <T> void execute(Callable<T> task, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            count.incrementAndGet();
            inner.execute(task, onSuccess, onFailure);
        }

        @Override
        public void close() {
        }
    }
}
