package fr.ocpizza.pos.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link OrderService#boardOf}: which orders the counter's board shows, on a real database. */
class OrdersBoardServiceTest {

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static OrderService orders;
    private static StaffPrincipal cashier;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        cashier = fx.staff("caisse2");
        fx.execute("UPDATE stock SET quantity = quantity + 10000 WHERE store_id IN (2, 3)");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theBoardHasTodaysOrdersOfEveryStatusAndEarlierOrdersStillOpen() {
        OrderView open = place(orders, Instant.now());
        OrderView cancelled = orders.cancel(cashier, place(orders, Instant.now()).id(), "erreur de saisie");
        OrderView yesterdayOpen = place(orders, Instant.now());
        OrderView yesterdayDone = place(orders, Instant.now());
        orders.cancel(cashier, yesterdayDone.id(), "client parti");
        fx.execute("UPDATE customer_order SET business_date = business_date - 1, received_at = received_at - interval '1 day'"
                + " WHERE id IN (?, ?)", yesterdayOpen.id(), yesterdayDone.id());
        OrderView otherStore = orders.place(fx.staff("caisse3"), NewOrder.takeaway(3, Instant.now().plusSeconds(1200),
                List.of(margherita()), null));

        List<OrderView> board = orders.boardOf(cashier, 2);

        assertThat(board).extracting(OrderView::id)
                .contains(open.id(), cancelled.id(), yesterdayOpen.id())
                .doesNotContain(yesterdayDone.id(), otherStore.id());
        assertThat(board).extracting(OrderView::receivedAt).isSorted();
        OrderView shown = board.stream().filter(o -> o.id() == cancelled.id()).findFirst().orElseThrow();
        assertThat(shown.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(shown.lines()).hasSize(1);
    }

    @Test
    void theBusinessDayTurnsAtMidnightInParisNotInUtc() {
        // 23:30 UTC on 10 March is 00:30 on 11 March in Paris (UTC+1 in winter).
        Instant lateEvening = LocalDate.of(2026, 3, 10).atTime(23, 30).toInstant(ZoneOffset.UTC);
        OrderService atNight = new OrderService(db.database().sessionFactory(), Clock.fixed(lateEvening, ZoneOffset.UTC));
        OrderView placed = place(atNight, lateEvening);
        atNight.cancel(cashier, placed.id(), "test");
        assertThat(atNight.find(cashier, placed.id()).businessDate()).isEqualTo(LocalDate.of(2026, 3, 11));

        assertThat(atNight.boardOf(cashier, 2)).extracting(OrderView::id).contains(placed.id());
        OrderService anHourEarlier = new OrderService(db.database().sessionFactory(),
                Clock.fixed(lateEvening.minus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertThat(anHourEarlier.boardOf(cashier, 2)).as("22:30 UTC is still 10 March in Paris")
                .extracting(OrderView::id).doesNotContain(placed.id());
    }

    @Test
    void aCashierOfAnotherStoreIsRefused() {
        assertThatThrownBy(() -> orders.boardOf(fx.staff("caisse3"), 2)).isInstanceOf(PermissionDeniedException.class);
    }

    private static OrderView place(OrderService service, Instant now) {
        return service.place(cashier, NewOrder.takeaway(2, now.plus(Duration.ofMinutes(20)), List.of(margherita()), null));
    }

    private static LineRequest margherita() {
        return LineRequest.of(fx.productSizeId("margherita", "M"), 1);
    }
}
