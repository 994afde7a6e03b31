package fr.ocpizza.pos.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.IllegalTransitionException;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderLockedException;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PaymentStatus;
import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.ShortStockException;
import fr.ocpizza.pos.persistence.Database;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderServiceTest {

    private static ServiceDatabase db;
    private static Database database;
    private static Fixtures fx;
    private static OrderService orders;
    private static StaffPrincipal cashier;
    private static StaffPrincipal pizzaiolo;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        database = db.database();
        fx = db.fx();
        orders = new OrderService(database.sessionFactory(), Clock.systemUTC());
        cashier = fx.staff("caisse1");
        pizzaiolo = fx.staff("pizzaiolo1");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static Instant inHalfAnHour() {
        return Instant.now().plus(Duration.ofMinutes(30));
    }

    @Test
    void placingAnOrderConsumesTheRecipeWithExtrasAndRemovalsAndWritesLedgerAndOutbox() {
        int reineM = fx.productSizeId("reine", "M");
        int mozzarella = fx.ingredientId("mozzarella");
        int mushrooms = fx.ingredientId("mushrooms");
        BigDecimal mozzBefore = fx.stock(1, "mozzarella");
        BigDecimal mushBefore = fx.stock(1, "mushrooms");
        BigDecimal recipeMozz = fx.recipeQuantity("reine", "M", "mozzarella");
        BigDecimal extraMozz = new BigDecimal("55");
        long outboxBefore = fx.count("SELECT count(*) FROM outbox_event WHERE type = 'ORDER_PLACED'");

        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(),
                List.of(new LineRequest(reineM, 2, Set.of(mozzarella), Set.of(mushrooms), "bien cuite")),
                PaymentRequest.cash(Money.parse("50"))));

        assertThat(placed.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(placed.ticketNumber()).isPositive();
        // Reine M 14,00 € + extra mozzarella M 2,00 € = 16,00 € each, two of them.
        assertThat(placed.lines().get(0).unitPrice()).isEqualTo(Money.parse("16.00"));
        assertThat(placed.total()).isEqualTo(Money.parse("32.00"));
        assertThat(placed.vat()).isEqualTo(Money.parse("2.91"));
        assertThat(placed.lines().get(0).toppings()).extracting(ToppingChange::kind)
                .containsExactlyInAnyOrder(ToppingChange.Kind.ADD, ToppingChange.Kind.REMOVE);
        assertThat(placed.payments().get(0).change()).isEqualTo(Money.parse("18.00"));
        assertThat(placed.payments().get(0).status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(fx.stock(1, "mozzarella"))
                .isEqualByComparingTo(mozzBefore.subtract(recipeMozz.add(extraMozz).multiply(BigDecimal.valueOf(2))));
        assertThat(fx.stock(1, "mushrooms")).isEqualByComparingTo(mushBefore);
        assertThat(fx.ledgerSum(1, "mozzarella")).isEqualByComparingTo(fx.stock(1, "mozzarella"));
        assertThat(fx.count("SELECT count(*) FROM outbox_event WHERE type = 'ORDER_PLACED'")).isEqualTo(outboxBefore + 1);
    }

    @Test
    void shortStockRefusesTheOrderNamingIngredientAndProductAndWritesNothing() {
        int burrataM = fx.productSizeId("burrata", "M");
        long ordersBefore = fx.count("SELECT count(*) FROM customer_order");
        long movementsBefore = fx.count("SELECT count(*) FROM stock_movement");
        BigDecimal doughBefore = fx.stock(5, "pizza_dough");
        StaffPrincipal cashier5 = fx.staff("caisse5");

        assertThatThrownBy(() -> orders.place(cashier5, NewOrder.takeaway(5, inHalfAnHour(),
                List.of(LineRequest.of(fx.productSizeId("margherita", "S"), 1), LineRequest.of(burrataM, 1)), null)))
                .isInstanceOf(ShortStockException.class)
                .hasMessageContaining("Burrata")
                .satisfies(e -> assertThat(((ShortStockException) e).productLabels()).contains("(M)"));

        assertThat(fx.count("SELECT count(*) FROM customer_order")).isEqualTo(ordersBefore);
        assertThat(fx.count("SELECT count(*) FROM stock_movement")).isEqualTo(movementsBefore);
        assertThat(fx.stock(5, "pizza_dough")).isEqualByComparingTo(doughBefore);
    }

    @Test
    void cancellingARecievedOrderRestoresItsStockThroughTheLedger() {
        BigDecimal before = fx.stock(1, "tomato_sauce");
        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(),
                List.of(LineRequest.of(fx.productSizeId("margherita", "L"), 3)), null));
        assertThat(fx.stock(1, "tomato_sauce")).isLessThan(before);

        OrderView cancelled = orders.cancel(cashier, placed.id(), "client parti");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fx.stock(1, "tomato_sauce")).isEqualByComparingTo(before);
        assertThat(fx.count("SELECT count(*) FROM stock_movement WHERE order_id = ? AND kind = 'ORDER_CANCELLATION'",
                placed.id())).isPositive();
        assertThat(fx.count("SELECT count(*) FROM audit_log WHERE action = 'ORDER_CANCELLED' AND entity_id = ?",
                String.valueOf(placed.id()))).isEqualTo(1);
    }

    @Test
    void lifeCycleFollowsTheStateMachineAndRefusesAnythingElse() {
        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(),
                List.of(LineRequest.of(fx.productSizeId("margherita", "M"), 1)), null));

        assertThatThrownBy(() -> orders.changeStatus(cashier, placed.id(), OrderStatus.IN_PREPARATION))
                .isInstanceOf(PermissionDeniedException.class);
        orders.changeStatus(pizzaiolo, placed.id(), OrderStatus.IN_PREPARATION);
        assertThatThrownBy(() -> orders.cancel(cashier, placed.id(), null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("The kitchen has started order");
        assertThatThrownBy(() -> orders.modify(cashier, placed.id(), 1, List.of(LineRequest.of(fx.productSizeId("margherita", "S"), 1))))
                .isInstanceOf(IllegalTransitionException.class);
        orders.changeStatus(pizzaiolo, placed.id(), OrderStatus.READY);
        assertThatThrownBy(() -> orders.changeStatus(cashier, placed.id(), OrderStatus.OUT_FOR_DELIVERY))
                .isInstanceOf(IllegalTransitionException.class);
        OrderView done = orders.changeStatus(cashier, placed.id(), OrderStatus.PICKED_UP);

        assertThat(done.status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(fx.count("SELECT count(*) FROM order_status_change WHERE order_id = ?", placed.id())).isEqualTo(4);
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE id = ? AND in_preparation_at IS NOT NULL"
                + " AND ready_at IS NOT NULL AND picked_up_at IS NOT NULL", placed.id())).isEqualTo(1);
    }

    @Test
    void modifyingMovesOnlyTheDifferenceAndRefusesAStaleVersion() {
        int margheritaS = fx.productSizeId("margherita", "S");
        BigDecimal doughBefore = fx.stock(1, "pizza_dough");
        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(), List.of(LineRequest.of(margheritaS, 1)), null));

        OrderView modified = orders.modify(cashier, placed.id(), placed.version(), List.of(LineRequest.of(margheritaS, 3)));

        BigDecimal perPizza = fx.recipeQuantity("margherita", "S", "pizza_dough");
        assertThat(fx.stock(1, "pizza_dough")).isEqualByComparingTo(doughBefore.subtract(perPizza.multiply(BigDecimal.valueOf(3))));
        assertThat(modified.total()).isEqualTo(placed.total().times(3));
        assertThat(modified.version()).isGreaterThan(placed.version());
        assertThatThrownBy(() -> orders.modify(cashier, placed.id(), placed.version(), List.of(LineRequest.of(margheritaS, 1))))
                .isInstanceOfSatisfying(ConcurrentChangeException.class, refusal -> {
                    assertThat(refusal.key()).as("still RECEIVED: reload and try again").isEqualTo("error.concurrentChange");
                    assertThat(refusal.args()).containsExactly("Order", placed.ticketNumber());
                });
    }

    @Test
    void modifyingOrCancellingAnOrderTheKitchenStartedSaysSoInsteadOfReloadAndTryAgain() {
        int margheritaS = fx.productSizeId("margherita", "S");
        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(), List.of(LineRequest.of(margheritaS, 1)), null));
        BigDecimal doughAfterPlacing = fx.stock(1, "pizza_dough");
        orders.changeStatus(pizzaiolo, placed.id(), OrderStatus.IN_PREPARATION);

        // The cashier saves the basket loaded before the kitchen started it: his version is stale too.
        assertThatThrownBy(() -> orders.modify(cashier, placed.id(), placed.version(), List.of(LineRequest.of(margheritaS, 2))))
                .isInstanceOfSatisfying(OrderLockedException.class, refusal -> {
                    assertThat(refusal.key()).isEqualTo("error.order.startedInKitchen");
                    assertThat(refusal.args()).containsExactly(placed.ticketNumber(), OrderStatus.IN_PREPARATION);
                });
        OrderView started = orders.find(cashier, placed.id());
        assertThatThrownBy(() -> orders.modify(cashier, placed.id(), started.version(), List.of(LineRequest.of(margheritaS, 2))))
                .as("with the fresh version as well").isInstanceOf(OrderLockedException.class)
                .extracting(refusal -> ((OrderLockedException) refusal).key()).isEqualTo("error.order.startedInKitchen");
        assertThatThrownBy(() -> orders.cancel(cashier, placed.id(), "Erreur de saisie"))
                .isInstanceOf(OrderLockedException.class)
                .extracting(refusal -> ((OrderLockedException) refusal).key()).isEqualTo("error.order.startedInKitchen");

        assertThat(fx.stock(1, "pizza_dough")).as("nothing written").isEqualByComparingTo(doughAfterPlacing);
        assertThat(orders.find(cashier, placed.id()).status()).isEqualTo(OrderStatus.IN_PREPARATION);
    }

    @Test
    void modifyingAnOrderCancelledOnAnotherTerminalSaysItWasCancelled() {
        int margheritaS = fx.productSizeId("margherita", "S");
        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(), List.of(LineRequest.of(margheritaS, 1)), null));
        orders.cancel(cashier, placed.id(), "Le client a changé d’avis");

        assertThatThrownBy(() -> orders.modify(cashier, placed.id(), placed.version(), List.of(LineRequest.of(margheritaS, 2))))
                .isInstanceOfSatisfying(OrderLockedException.class, refusal -> {
                    assertThat(refusal.key()).isEqualTo("error.order.cancelledElsewhere");
                    assertThat(refusal.args()).containsExactly(placed.ticketNumber());
                });
    }

    @Test
    void aModifiedOrderIsStillOwedInFullWhenPaidOnDelivery() {
        int margheritaS = fx.productSizeId("margherita", "S");
        OrderView placed = orders.place(cashier, NewOrder.takeaway(1, inHalfAnHour(), List.of(LineRequest.of(margheritaS, 1)),
                PaymentRequest.of(fr.ocpizza.pos.domain.order.PaymentMethod.ON_DELIVERY)));

        OrderView modified = orders.modify(cashier, placed.id(), placed.version(), List.of(LineRequest.of(margheritaS, 2)));

        assertThat(modified.payments()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.PENDING);
            assertThat(p.amount()).isEqualTo(modified.total());
        });
    }

    @Test
    void anInactiveStoreTakesNoOrders() {
        fx.execute("UPDATE store SET active = false WHERE id = 4");
        try {
            assertThatThrownBy(() -> orders.place(fx.staff("caisse4"), NewOrder.takeaway(4, inHalfAnHour(),
                    List.of(LineRequest.of(fx.productSizeId("margherita", "S"), 1)), null)))
                    .hasMessageContaining("inactive");
        } finally {
            fx.execute("UPDATE store SET active = true WHERE id = 4");
        }
    }

    @Test
    void aDeliveryNeedsAnAddressAndAStoreSeesOnlyItsOwnOrders() {
        assertThatThrownBy(() -> orders.place(cashier, new NewOrder(1, Channel.PHONE, Fulfilment.DELIVERY, null, "Dupont", null,
                inHalfAnHour(), null, List.of(LineRequest.of(fx.productSizeId("margherita", "S"), 1)), null)))
                .hasMessageContaining("delivery address");
        assertThatThrownBy(() -> orders.place(fx.staff("caisse2"), NewOrder.takeaway(1, inHalfAnHour(),
                List.of(LineRequest.of(fx.productSizeId("margherita", "S"), 1)), null)))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
