package fr.ocpizza.pos.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.order.IllegalTransitionException;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.ShortStockException;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several terminals at once, each with its own connections and session: stock never goes
 * below zero, no update is lost, and the ledger always sums to the stock.
 */
class ConcurrentTerminalsTest {

    private static final int THREADS = 16;
    private static ServiceDatabase db;
    private static Database database;
    private static Fixtures fx;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        database = db.database();
        fx = db.fx();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void sixteenTerminalsSellingUntilMozzarellaRunsOutNeverGoBelowZeroNorLoseALedgerRow() throws Exception {
        int store = 2;
        StaffPrincipal cashier = fx.staff("caisse2");
        int margheritaM = fx.productSizeId("margherita", "M");
        BigDecimal perPizza = fx.recipeQuantity("margherita", "M", "mozzarella");
        // Enough mozzarella for 40 pizzas and a bit: the 41st must be refused.
        BigDecimal start = perPizza.multiply(BigDecimal.valueOf(40)).add(BigDecimal.valueOf(7));
        fx.countStock(store, "mozzarella", start);
        BigDecimal doughStart = fx.stock(store, "pizza_dough");
        BigDecimal doughPerPizza = fx.recipeQuantity("margherita", "M", "pizza_dough");

        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CyclicBarrier go = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            runs.add(pool.submit((Callable<Void>) () -> {
                // Each terminal has its own pool and session factory, as a real one would.
                try (Database terminal = db.testDb().connect()) {
                    OrderService orders = new OrderService(terminal.sessionFactory(), Clock.systemUTC());
                    go.await();
                    while (true) {
                        try {
                            orders.place(cashier, NewOrder.takeaway(store, Instant.now().plus(Duration.ofMinutes(20)),
                                    List.of(LineRequest.of(margheritaM, 1)), null));
                            accepted.incrementAndGet();
                        } catch (ShortStockException e) {
                            refused.incrementAndGet();
                            return null;
                        } catch (RuntimeException e) {
                            unexpected.add(e);
                            return null;
                        }
                    }
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(accepted.get()).isEqualTo(40);
        assertThat(refused.get()).isEqualTo(THREADS);
        assertThat(fx.stock(store, "mozzarella")).isEqualByComparingTo("7");
        assertThat(fx.ledgerSum(store, "mozzarella")).isEqualByComparingTo(fx.stock(store, "mozzarella"));
        assertThat(fx.stock(store, "pizza_dough"))
                .isEqualByComparingTo(doughStart.subtract(doughPerPizza.multiply(BigDecimal.valueOf(40))));
        assertThat(fx.ledgerSum(store, "pizza_dough")).isEqualByComparingTo(fx.stock(store, "pizza_dough"));
        assertThat(fx.count("SELECT count(*) FROM stock WHERE quantity < 0")).isZero();
    }

    @Test
    void twoTerminalsChangingTheSameOrderNeverLoseAnUpdate() throws Exception {
        StaffPrincipal cashier = fx.staff("caisse3");
        StaffPrincipal pizzaiolo = fx.staff("pizzaiolo3");
        int margheritaS = fx.productSizeId("margherita", "S");
        BigDecimal doughBefore = fx.stock(3, "pizza_dough");
        try (Database counter = db.testDb().connect(); Database kitchen = db.testDb().connect()) {
            OrderService atCounter = new OrderService(counter.sessionFactory(), Clock.systemUTC());
            OrderService inKitchen = new OrderService(kitchen.sessionFactory(), Clock.systemUTC());
            for (int round = 0; round < 10; round++) {
                OrderView order = atCounter.place(cashier, NewOrder.takeaway(3, Instant.now().plus(Duration.ofMinutes(20)),
                        List.of(LineRequest.of(margheritaS, 1)), null));
                CyclicBarrier go = new CyclicBarrier(2);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                Future<String> cancel = pool.submit(() -> {
                    go.await();
                    return attempt(() -> atCounter.cancel(cashier, order.id(), "test"));
                });
                Future<String> start = pool.submit(() -> {
                    go.await();
                    return attempt(() -> inKitchen.changeStatus(pizzaiolo, order.id(), OrderStatus.IN_PREPARATION));
                });
                List<String> outcomes = List.of(cancel.get(), start.get());
                pool.shutdown();

                // Exactly one wins; the other is refused and the order shows the winner's change.
                assertThat(outcomes).containsOnlyOnce("ok");
                OrderStatus finalStatus = atCounter.find(cashier, order.id()).status();
                assertThat(finalStatus).isEqualTo(cancel.get().equals("ok") ? OrderStatus.CANCELLED : OrderStatus.IN_PREPARATION);
            }
        }
        assertThat(fx.ledgerSum(3, "pizza_dough")).isEqualByComparingTo(fx.stock(3, "pizza_dough"));
        long cancelled = fx.count("SELECT count(*) FROM customer_order WHERE store_id = 3 AND status = 'CANCELLED'");
        long started = fx.count("SELECT count(*) FROM customer_order WHERE store_id = 3 AND status = 'IN_PREPARATION'");
        assertThat(cancelled + started).isEqualTo(10);
        BigDecimal perPizza = fx.recipeQuantity("margherita", "S", "pizza_dough");
        assertThat(fx.stock(3, "pizza_dough")).isEqualByComparingTo(doughBefore.subtract(perPizza.multiply(BigDecimal.valueOf(started))));
    }

    private static String attempt(Runnable action) {
        try {
            action.run();
            return "ok";
        } catch (ConcurrentChangeException | IllegalTransitionException e) {
            return "refused";
        }
    }
}
