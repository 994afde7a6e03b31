package fr.ocpizza.pos.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PromiseRule;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proposed promised times from a real store's kitchen queue (PostgreSQL, demo data). */
class PromisedTimesTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    /** 15 min + 2 min a pizza, one oven, 20 min by scooter: the bundled defaults. */
    private static final PromiseRule RULE = new PromiseRule(Duration.ofMinutes(15), Duration.ofMinutes(2), 1,
            Duration.ofMinutes(20));

    private static ServiceDatabase db;
    private static PromisedTimes promisedTimes;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        promisedTimes = new PromisedTimes(db.database().sessionFactory(), Clock.fixed(NOON, ZoneOffset.UTC), RULE);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theQueueOfOpenPizzasPushesTheProposalBackButDrinksAndFinishedOrdersDoNot() {
        KitchenOrders store2 = new KitchenOrders(new OrderService(db.database().sessionFactory(), Clock.systemUTC()),
                db.fx(), 2).stockUp(10_000);
        var cashier = store2.cashier();
        assertThat(promisedTimes.proposal(cashier, 2, Fulfilment.TAKEAWAY, 2))
                .isEqualTo(new PromisedTimes.Proposal(Instant.parse("2026-11-25T12:20:00Z"), 0));

        store2.takeaway(30, store2.line("reine", "M", 3), store2.line("coca_cola", "U", 4));
        OrderView started = store2.takeaway(30, store2.line("margherita", "L", 2));
        store2.takeaway(30, store2.line("coca_cola", "U", 6));
        OrderView ready = store2.takeaway(30, store2.line("diavola", "M", 5));
        var pizzaiolo = db.fx().staff("pizzaiolo2");
        var orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        orders.changeStatus(pizzaiolo, started.id(), OrderStatus.IN_PREPARATION);
        orders.changeStatus(pizzaiolo, ready.id(), OrderStatus.IN_PREPARATION);
        orders.changeStatus(pizzaiolo, ready.id(), OrderStatus.READY);

        // 3 Reine received + 2 Margherita in preparation; the drinks and the ready Diavola wait for nothing.
        // Takeaway: 12:00 + 15 + (5 + 2) × 2 = 12:29 → 12:30; delivery: + 20 → 12:50.
        assertThat(promisedTimes.proposal(cashier, 2, Fulfilment.TAKEAWAY, 2))
                .isEqualTo(new PromisedTimes.Proposal(Instant.parse("2026-11-25T12:30:00Z"), 5));
        assertThat(promisedTimes.propose(cashier, 2, Fulfilment.DELIVERY, 2)).isEqualTo(Instant.parse("2026-11-25T12:50:00Z"));
        // Another store's kitchen is not this one's queue.
        assertThat(promisedTimes.proposal(db.fx().staff("caisse3"), 3, Fulfilment.TAKEAWAY, 2).queuedPizzas()).isZero();
    }

    @Test
    void onlyTheStoresCashiersAndManagersMayAsk() {
        assertThatThrownBy(() -> promisedTimes.propose(db.fx().staff("caisse1"), 2, Fulfilment.TAKEAWAY, 1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> promisedTimes.propose(db.fx().staff("pizzaiolo1"), 1, Fulfilment.TAKEAWAY, 1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(promisedTimes.propose(db.fx().staff("gerant1"), 1, Fulfilment.EAT_IN, 0))
                .isEqualTo(Instant.parse("2026-11-25T12:15:00Z"));
    }
}
