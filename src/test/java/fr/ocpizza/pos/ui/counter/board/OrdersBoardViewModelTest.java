package fr.ocpizza.pos.ui.counter.board;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.kitchen.KitchenService;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.order.PaymentRequest;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ManualLiveFeed;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import fr.ocpizza.pos.ui.common.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shop orders board's logic against a real database, with no screen: live events come from a
 * feed the test drives, background work runs on the test's thread.
 */
class OrdersBoardViewModelTest {

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static OrderService orders;
    private static KitchenService kitchen;
    private static KitchenOrders counter;
    private static BoardOrders board;
    private static StaffPrincipal pizzaiolo;

    private final ManualLiveFeed feed = new ManualLiveFeed();
    private final List<OrderView> modified = new ArrayList<>();
    private final List<OrderView> reprinted = new ArrayList<>();
    private OrdersBoardViewModel viewModel;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        kitchen = new KitchenService(db.database().sessionFactory(), orders, Clock.systemUTC());
        counter = new KitchenOrders(orders, fx, 1).stockUp(50_000);
        board = new BoardOrders(orders, new CustomerService(db.database().sessionFactory(), Clock.systemUTC()), counter, 1);
        pizzaiolo = fx.staff("pizzaiolo1");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @AfterEach
    void closeBoard() {
        if (viewModel != null) {
            viewModel.close();
        }
    }

    @Test
    void theBoardLoadsAtTheFeedsResyncNewestFirstWithCountsPerStatus() {
        OrderView older = counter.takeaway(20, counter.line("reine", "M", 1));
        OrderView newer = counter.phone(30, "Durand", "sonner deux fois", counter.line("margherita", "L", 2));
        kitchen.start(pizzaiolo, older.id());
        open("caisse1", 1);
        assertThat(viewModel.loadedProperty().get()).as("nothing read before the feed says so").isFalse();

        feed.resync();

        assertThat(viewModel.loadedProperty().get()).isTrue();
        List<Long> ids = viewModel.orders().stream().map(OrderView::id).toList();
        assertThat(ids.indexOf(newer.id())).isLessThan(ids.indexOf(older.id())).isNotNegative();
        assertThat(viewModel.countProperty(OrderStatus.IN_PREPARATION).get())
                .isEqualTo(count(OrderStatus.IN_PREPARATION)).isPositive();
        assertThat(viewModel.countProperty(OrderStatus.RECEIVED).get()).isEqualTo(count(OrderStatus.RECEIVED));
    }

    @Test
    void anOrderEventReloadsThatOrderAndKeepsTheSelectionAndItsDetail() {
        OrderView order = counter.takeaway(20, counter.line("calzone", "M", 1));
        openAndLoad();
        select(order);
        viewModel.openDetail();
        assertThat(viewModel.canModifyBinding().get()).isTrue();

        kitchen.start(pizzaiolo, order.id());
        feed.orderEvent(EventType.ORDER_STATUS_CHANGED, order.id(), "IN_PREPARATION");

        assertThat(item(order).orElseThrow().status()).isEqualTo(OrderStatus.IN_PREPARATION);
        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(order.id());
        assertThat(viewModel.selectedProperty().get().status()).isEqualTo(OrderStatus.IN_PREPARATION);
        assertThat(viewModel.detailOpenProperty().get()).isTrue();
        assertThat(viewModel.canModifyBinding().get()).isFalse();
        assertThat(viewModel.canCancelBinding().get()).isFalse();
        assertThat(viewModel.texts().lockedReason(viewModel.selectedProperty().get()))
                .startsWith("La commande est « en préparation » : elle ne peut plus être modifiée ni annulée");

        OrderView placed = counter.takeaway(25, counter.line("diavola", "S", 1));
        feed.orderEvent(EventType.ORDER_PLACED, placed.id(), "RECEIVED");
        assertThat(viewModel.orders().get(0).id()).as("a new order comes on top").isEqualTo(placed.id());
        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(order.id());
    }

    @Test
    void f4AndF8OnAnOrderTheKitchenStartedSayWhyInsteadOfDoingNothing() {
        OrderView order = counter.takeaway(20, counter.line("calzone", "M", 1));
        kitchen.start(pizzaiolo, order.id());
        openAndLoad();
        select(order);

        viewModel.modify();

        assertThat(modified).isEmpty();
        assertThat(viewModel.errorProperty().get())
                .startsWith("La cuisine a commencé la commande n° " + order.ticketNumber() + " (elle est « en préparation »)");
        viewModel.dismissError();
        viewModel.beginCancel();
        assertThat(viewModel.cancelForm().openProperty().get()).isFalse();
        assertThat(viewModel.errorProperty().get()).startsWith("La cuisine a commencé la commande n° " + order.ticketNumber());
    }

    @Test
    void modifyingAnOrderCancelledOnAnotherTerminalSaysItWasCancelled() {
        OrderView order = counter.takeaway(20, counter.line("reine", "M", 1));
        openAndLoad();
        select(order);
        // Cancelled at the other till; its event has not reached this board yet.
        orders.cancel(counter.cashier(), order.id(), "Erreur de saisie");

        viewModel.modify();

        assertThat(modified).isEmpty();
        assertThat(viewModel.errorProperty().get()).isEqualTo("La commande n° " + order.ticketNumber()
                + " a été annulée sur un autre poste entre-temps : rien n’a été enregistré."
                + " Si le client la veut encore, prenez une nouvelle commande.");
        assertThat(viewModel.selectedProperty().get().status()).as("read afresh").isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void anOrderEventReadsThatOrderOnlyAndAResyncReadsTheWholeBoard() {
        OrderView named = counter.takeaway(20, counter.line("reine", "M", 1));
        OrderView other = counter.takeaway(20, counter.line("calzone", "M", 1));
        openAndLoad();

        kitchen.start(pizzaiolo, named.id());
        kitchen.start(pizzaiolo, other.id());
        feed.orderEvent(EventType.ORDER_STATUS_CHANGED, named.id(), "IN_PREPARATION");

        assertThat(item(named).orElseThrow().status()).isEqualTo(OrderStatus.IN_PREPARATION);
        assertThat(item(other).orElseThrow().status()).as("not read: its event has not come yet")
                .isEqualTo(OrderStatus.RECEIVED);
        assertThat(viewModel.countProperty(OrderStatus.IN_PREPARATION).get()).as("counted again, the other not yet")
                .isEqualTo(count(OrderStatus.IN_PREPARATION) - 1);

        feed.resync();

        assertThat(item(other).orElseThrow().status()).isEqualTo(OrderStatus.IN_PREPARATION);
    }

    @Test
    void filtersAndSearchNarrowTheList() {
        OrderView takeaway = counter.takeaway(20, counter.line("reine", "S", 1));
        OrderView phone = counter.phone(20, "Élodie Martin", null, counter.line("reine", "S", 1));
        OrderView delivery = board.delivery("Lefèvre", "06 11 22 33 44", counter.line("reine", "S", 1));
        OrderView eatIn = board.eatIn("Bernard", counter.line("reine", "S", 1));
        kitchen.start(pizzaiolo, eatIn.id());
        openAndLoad();
        BoardFilter filter = viewModel.filter();

        filter.channel(Channel.PHONE).set(true);
        assertThat(shown()).contains(phone.id(), delivery.id()).doesNotContain(takeaway.id(), eatIn.id());
        filter.fulfilment(Fulfilment.DELIVERY).set(true);
        assertThat(shown()).contains(delivery.id()).doesNotContain(phone.id());
        filter.clear();

        filter.status(OrderStatus.IN_PREPARATION).set(true);
        assertThat(shown()).contains(eatIn.id()).doesNotContain(takeaway.id(), phone.id(), delivery.id());
        filter.status(OrderStatus.RECEIVED).set(true);
        assertThat(shown()).as("several statuses: any of them").contains(eatIn.id(), takeaway.id(), phone.id());
        filter.clear();

        filter.searchProperty().set("elodie");
        assertThat(shown()).containsExactly(phone.id());
        filter.searchProperty().set("LEFEVRE");
        assertThat(shown()).containsExactly(delivery.id());
        filter.searchProperty().set("n° " + takeaway.ticketNumber());
        assertThat(shown()).contains(takeaway.id())
                .allSatisfy(id -> assertThat(Integer.toString(find(id).ticketNumber())).startsWith(Integer.toString(takeaway.ticketNumber())));
        filter.clear();
        assertThat(shown()).contains(takeaway.id(), phone.id(), delivery.id(), eatIn.id());
    }

    @Test
    void aFilterThatHidesTheSelectedOrderClearsTheSelection() {
        OrderView order = counter.takeaway(20, counter.line("reine", "S", 1));
        openAndLoad();
        select(order);
        viewModel.openDetail();

        viewModel.filter().status(OrderStatus.CANCELLED).set(true);

        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.detailOpenProperty().get()).isFalse();
    }

    @Test
    void modifyHandsTheFreshOrderToTheCounterWhileItIsReceived() {
        OrderView order = counter.takeaway(20, counter.line("reine", "L", 1));
        openAndLoad();
        select(order);

        viewModel.modify();

        assertThat(modified).extracting(OrderView::id).containsExactly(order.id());
        assertThat(modified.get(0).status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void modifyAndCancelAreRefusedWithTheReasonWhenTheKitchenGotThereFirst() {
        OrderView order = counter.takeaway(20, counter.line("reine", "L", 1));
        openAndLoad();
        select(order);
        // Started on the kitchen screen; its event has not reached this board yet.
        kitchen.start(pizzaiolo, order.id());

        viewModel.modify();

        assertThat(modified).isEmpty();
        assertThat(viewModel.errorProperty().get()).isEqualTo("La cuisine a commencé la commande n° " + order.ticketNumber()
                + " (elle est « en préparation ») : elle ne peut plus être modifiée ni annulée, rien n’a été enregistré."
                + " Vous pouvez encore prendre une nouvelle commande pour ce que le client ajoute ; pour retirer un produit"
                + " ou annuler, voyez avec la cuisine ou le gérant.");
        assertThat(viewModel.errorProperty().get()).as("not the stale-version refusal, which can never succeed here")
                .doesNotContain("autre poste", "Rechargez");
        assertThat(viewModel.selectedProperty().get().status()).as("read afresh").isEqualTo(OrderStatus.IN_PREPARATION);

        OrderView other = counter.takeaway(20, counter.line("reine", "L", 1));
        feed.orderEvent(EventType.ORDER_PLACED, other.id(), "RECEIVED");
        select(other);
        viewModel.beginCancel();
        viewModel.cancelForm().reasonProperty().set(CancelReason.ENTRY_MISTAKE);
        kitchen.start(pizzaiolo, other.id());
        viewModel.confirmCancel();

        assertThat(viewModel.errorProperty().get()).as("the service's own refusal")
                .startsWith("La cuisine a commencé la commande n° " + other.ticketNumber() + " (elle est « en préparation »)")
                .contains("elle ne peut plus être modifiée ni annulée");
        assertThat(orders.find(counter.cashier(), other.id()).status()).isEqualTo(OrderStatus.IN_PREPARATION);
        assertThat(viewModel.cancelForm().openProperty().get()).isFalse();
    }

    @Test
    void cancellingNeedsAReasonAndGivesTheStockBack() {
        BigDecimal before = fx.stock(1, "ham");
        OrderView order = counter.takeaway(20, counter.line("reine", "L", 2));
        assertThat(fx.stock(1, "ham")).isLessThan(before);
        openAndLoad();
        select(order);

        viewModel.beginCancel();
        assertThat(viewModel.cancelForm().openProperty().get()).isTrue();
        assertThat(viewModel.cancelForm().canConfirmBinding().get()).as("no reason yet").isFalse();
        viewModel.cancelForm().reasonProperty().set(CancelReason.OTHER);
        assertThat(viewModel.cancelForm().canConfirmBinding().get()).as("other: say which").isFalse();
        viewModel.cancelForm().noteProperty().set("client parti sans attendre");
        assertThat(viewModel.cancelForm().canConfirmBinding().get()).isTrue();

        viewModel.confirmCancel();

        assertThat(viewModel.cancelForm().openProperty().get()).isFalse();
        assertThat(item(order).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(viewModel.noticeProperty().get())
                .isEqualTo("Commande n° " + order.ticketNumber() + " annulée : ses ingrédients sont revenus en stock.");
        assertThat(fx.stock(1, "ham")).isEqualByComparingTo(before);
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE id = ? AND cancel_reason = ?", order.id(),
                "Autre motif — client parti sans attendre")).isEqualTo(1);
    }

    @Test
    void aReadyTakeawayIsHandedOverAndADeliveryGoesOutThenIsDelivered() {
        OrderView takeaway = counter.takeaway(20, counter.line("margherita", "M", 1));
        OrderView delivery = board.delivery("Petit", "06 22 33 44 55", counter.line("margherita", "M", 1));
        for (OrderView order : List.of(takeaway, delivery)) {
            kitchen.start(pizzaiolo, order.id());
            kitchen.bump(pizzaiolo, order.id());
        }
        openAndLoad();

        select(takeaway);
        assertThat(viewModel.canHandOverBinding().get()).isTrue();
        assertThat(viewModel.canSendOutBinding().get()).isFalse();
        viewModel.advance();
        assertThat(item(takeaway).orElseThrow().status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(viewModel.noticeProperty().get()).isEqualTo("Commande n° " + takeaway.ticketNumber() + " remise au client.");
        assertThat(viewModel.canHandOverBinding().get()).isFalse();

        select(delivery);
        assertThat(viewModel.canHandOverBinding().get()).isFalse();
        viewModel.sendOut();
        assertThat(item(delivery).orElseThrow().status()).isEqualTo(OrderStatus.OUT_FOR_DELIVERY);
        assertThat(viewModel.canDeliverBinding().get()).isTrue();
        viewModel.deliver();
        assertThat(item(delivery).orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(orders.find(counter.cashier(), delivery.id()).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void aStatusAlreadyChangedElsewhereIsExplained() {
        OrderView order = counter.takeaway(20, counter.line("margherita", "S", 1));
        kitchen.start(pizzaiolo, order.id());
        kitchen.bump(pizzaiolo, order.id());
        openAndLoad();
        select(order);
        orders.changeStatus(fx.staff("gerant1"), order.id(), OrderStatus.PICKED_UP);

        viewModel.handOver();

        assertThat(viewModel.errorProperty().get()).isEqualTo("La commande n° " + order.ticketNumber()
                + " est déjà « retirée » (changée sur un autre poste) : rien n’a été fait, la liste est à jour.");
        assertThat(item(order).orElseThrow().status()).isEqualTo(OrderStatus.PICKED_UP);
    }

    @Test
    void reprintHandsTheSelectedOrderToTheCallback() {
        OrderView order = counter.takeaway(20, counter.line("margherita", "S", 1));
        openAndLoad();
        viewModel.reprint();
        assertThat(reprinted).as("nothing selected").isEmpty();
        select(order);
        viewModel.reprint();
        assertThat(reprinted).extracting(OrderView::id).containsExactly(order.id());
    }

    @Test
    void thePaymentStateSaysWhatIsLeftToPay() {
        OrderView paid = orders.place(counter.cashier(), NewOrder.takeaway(1,
                Instant.now().plus(Duration.ofMinutes(20)), List.of(counter.line("margherita", "S", 1)),
                PaymentRequest.cash(Money.parse("50"))));
        OrderView delivery = board.delivery("Roux", "06 33 44 55 66", counter.line("margherita", "S", 1));
        OrderView unpaid = counter.takeaway(20, counter.line("margherita", "S", 1));
        BoardTexts texts = texts();

        assertThat(texts.paymentState(paid)).isEqualTo("Payée");
        assertThat(texts.paymentState(delivery)).isEqualTo("À régler à la remise");
        assertThat(texts.paymentState(unpaid)).isEqualTo("Non payée");
        assertThat(texts.payment(paid.payments().get(0))).isEqualTo("Espèces · " + texts.money(paid.total()) + " · encaissé");
    }

    @Test
    void aCashierOfAnotherStoreIsRefusedAndSeesNothing() {
        counter.takeaway(20, counter.line("margherita", "M", 1));
        open("caisse2", 1);

        feed.resync();

        assertThat(viewModel.orders()).isEmpty();
        assertThat(viewModel.errorProperty().get())
                .isEqualTo("Cette action concerne une autre pizzeria que la vôtre : elle n’est pas permise.");
    }

    @Test
    void closingStopsTheLiveUpdates() {
        openAndLoad();
        viewModel.close();
        OrderView order = counter.takeaway(20, counter.line("pescatore", "M", 1));

        feed.orderEvent(EventType.ORDER_PLACED, order.id(), "RECEIVED");

        assertThat(feed.isSubscribed()).isFalse();
        assertThat(item(order)).isEmpty();
    }

    private void open(String login, int storeId) {
        viewModel = new OrdersBoardViewModel(orders, feed, new CurrentThreadTaskExecutor(), fx.staff(login), storeId,
                Clock.systemUTC(), texts(), modified::add, reprinted::add);
        viewModel.connect();
    }

    private void openAndLoad() {
        open("caisse1", 1);
        feed.resync();
        assertThat(viewModel.loadedProperty().get()).isTrue();
    }

    private static BoardTexts texts() {
        return new BoardTexts(Messages.french(), ZoneId.of("Europe/Paris"));
    }

    private void select(OrderView order) {
        viewModel.select(item(order).orElseThrow());
    }

    private Optional<OrderView> item(OrderView order) {
        return viewModel.orders().stream().filter(o -> o.id() == order.id()).findFirst();
    }

    private OrderView find(long id) {
        return viewModel.orders().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    private List<Long> shown() {
        return viewModel.orders().stream().map(OrderView::id).toList();
    }

    private long count(OrderStatus status) {
        return orders.boardOf(counter.cashier(), 1).stream().filter(o -> o.status() == status).count();
    }
}
