package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ManualLiveFeed;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.counter.board.BoardTexts;
import fr.ocpizza.pos.ui.counter.board.CancelReason;
import fr.ocpizza.pos.ui.counter.board.OrdersBoardViewModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One counter built once per terminal and used by one cashier after another: each login starts
 * afresh, and everything written goes under the cashier logged in, never the one before.
 */
class CounterSessionTest {

    private static CounterRoom room;
    private static Fixtures fx;

    @BeforeAll
    static void setUp() {
        room = new CounterRoom();
        fx = room.fx;
    }

    @AfterAll
    static void tearDown() {
        room.close();
    }

    @Test
    void aPrebuiltCounterReadsNothingBeforeALoginAndRefusesToWorkForNobody() {
        CounterSession session = new CounterSession();
        ManualLiveFeed feed = new ManualLiveFeed();
        CounterViewModel counter = room.prebuilt(session, feed);
        assertThat(feed.isSubscribed()).as("no stock events followed for nobody").isFalse();
        assertThat(counter.menu().tiles()).as("no menu read for nobody").isEmpty();
        assertThat(counter.promise().chosenTimeProperty().get()).isNull();
        assertThatThrownBy(session::cashier).isInstanceOf(IllegalStateException.class);

        counter.startSession(room.cashier);
        assertThat(feed.isSubscribed()).isTrue();
        feed.resync();
        assertThat(counter.menu().tiles()).isNotEmpty();
        assertThat(counter.promise().chosenTimeProperty().get()).isNotNull();
    }

    @Test
    void eachCashierOfTheSameCounterPlacesModifiesAndCancelsUnderHisOwnNameAndStartsAfresh() {
        StaffPrincipal a = room.cashier;
        StaffPrincipal b = fx.staff("gerant1");
        CounterSession session = new CounterSession();
        ManualLiveFeed feed = new ManualLiveFeed();
        CounterViewModel counter = room.prebuilt(session, feed);
        List<OrderView> toModify = new ArrayList<>();
        // The board follows the feed on its own subscription: the manual feed has one listener.
        ManualLiveFeed boardFeed = new ManualLiveFeed();
        OrdersBoardViewModel board = new OrdersBoardViewModel(room.orders, boardFeed, new CurrentThreadTaskExecutor(),
                session, 1, Clock.systemUTC(), new BoardTexts(Messages.french(), CounterRoom.PARIS), toModify::add,
                order -> { });
        board.connect();

        counter.startSession(a);
        board.startSession();
        feed.resync();
        counter.add(CounterRoom.tile(counter, "reine"));
        counter.submit();
        OrderView byA = counter.lastOrderProperty().get();
        assertThat(byA).isNotNull();
        // A leaves work behind: a basket with an undo history, a phone number typed, an order type.
        counter.add(CounterRoom.tile(counter, "margherita"));
        counter.add(CounterRoom.tile(counter, "margherita"));
        counter.chooseOrderType(OrderType.PHONE_PICKUP);
        counter.customer().phoneProperty().set(room.recordedCustomer("Lefort"));
        assertThat(counter.customer().customerProperty().get()).isNotNull();
        counter.menu().searchProperty().set("coca");

        // A logs out: his basket and customer leave memory at once, before anybody logs in.
        counter.endSession();
        assertThat(counter.basket().isEmpty()).as("A's basket is gone at his logout").isTrue();
        assertThat(counter.customer().customerProperty().get()).as("and his customer").isNull();

        counter.startSession(b);
        board.startSession();
        assertThat(counter.basket().isEmpty()).as("B does not get A's basket").isTrue();
        counter.basket().undo();
        assertThat(counter.basket().isEmpty()).as("nor A's undo history").isTrue();
        assertThat(counter.orderTypeProperty().get()).isEqualTo(OrderType.TAKEAWAY);
        assertThat(counter.customer().phoneProperty().get()).isEmpty();
        assertThat(counter.customer().customerProperty().get()).isNull();
        assertThat(counter.menu().searchProperty().get()).isEmpty();
        assertThat(counter.lastOrderProperty().get()).isNull();
        assertThat(counter.banners().noticeProperty().get()).isEmpty();

        counter.add(CounterRoom.tile(counter, "reine"));
        counter.submit();
        OrderView byB = counter.lastOrderProperty().get();
        assertThat(byB).isNotNull();
        assertThat(byB.id()).isNotEqualTo(byA.id());
        assertThat(createdBy(byA)).isEqualTo(a.staffId());
        assertThat(createdBy(byB)).isEqualTo(b.staffId());

        // B modifies A's order from the board: under B.
        boardFeed.resync();
        board.select(board.orders().stream().filter(o -> o.id() == byA.id()).findFirst().orElseThrow());
        board.modify();
        counter.modify(toModify.get(0));
        counter.basket().increment();
        counter.submit();
        assertThat(updatedBy(byA)).as("modified by B").isEqualTo(b.staffId());

        counter.startSession(a);
        board.startSession();
        assertThat(board.selectedProperty().get()).as("A does not find B's selection").isNull();
        boardFeed.resync();
        board.select(board.orders().stream().filter(o -> o.id() == byB.id()).findFirst().orElseThrow());
        board.beginCancel();
        board.cancelForm().reasonProperty().set(CancelReason.ENTRY_MISTAKE);
        board.confirmCancel();
        assertThat(fx.ids("SELECT id FROM customer_order WHERE id = ? AND status = 'CANCELLED'", byB.id())).hasSize(1);
        assertThat(updatedBy(byB)).as("cancelled by A").isEqualTo(a.staffId());
    }

    private static long createdBy(OrderView order) {
        return fx.ids("SELECT created_by FROM customer_order WHERE id = ?", order.id()).get(0);
    }

    private static long updatedBy(OrderView order) {
        return fx.ids("SELECT updated_by FROM customer_order WHERE id = ?", order.id()).get(0);
    }
}
