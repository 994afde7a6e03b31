package fr.ocpizza.pos.ui.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.kitchen.KitchenService;
import fr.ocpizza.pos.application.kitchen.KitchenTicket;
import fr.ocpizza.pos.application.kitchen.RecipeReminder;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ManualLiveFeed;
import fr.ocpizza.pos.testsupport.MutableClock;
import fr.ocpizza.pos.testsupport.QueuedTaskExecutor;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kitchen display's logic against a real database, with no screen: live events come from a
 * feed the test drives, background work runs on the test's thread.
 */
class KitchenViewModelTest {

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static OrderService orders;
    private static KitchenService kitchen;

    private final ManualLiveFeed feed = new ManualLiveFeed();
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger rings = new AtomicInteger();
    private KitchenViewModel viewModel;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        kitchen = new KitchenService(db.database().sessionFactory(), orders, Clock.systemUTC());
        for (int store = 1; store <= 4; store++) {
            new KitchenOrders(orders, fx, store).stockUp(50_000);
        }
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @AfterEach
    void closeScreen() {
        if (viewModel != null) {
            viewModel.close();
        }
    }

    @Test
    void aTicketShowsOnTheBoardAfterTheFeedsResync() {
        KitchenOrders store = store(1);
        OrderView order = store.takeaway(20, store.line("reine", "M", 1));
        open("pizzaiolo1", 1, new CurrentThreadTaskExecutor());
        assertThat(feed.isSubscribed()).isTrue();
        assertThat(feed.storeId()).isEqualTo(1);
        assertThat(viewModel.loadedProperty().get()).as("nothing read before the feed says so").isFalse();

        feed.resync();

        BoardTicket item = item(order).orElseThrow();
        assertThat(item.ticket().status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(item.arrivedAt()).as("already waiting at the first load: no flash").isNull();
        assertThat(viewModel.openCountProperty().get()).isEqualTo(viewModel.board().size());
        assertThat(rings.get()).isZero();
    }

    @Test
    void anOrderPlacedWhileOpenFlashesAndRingsOnce() {
        KitchenOrders store = store(1);
        openAndLoad("pizzaiolo1", 1);

        OrderView first = store.takeaway(25, store.line("diavola", "L", 1));
        OrderView second = store.takeaway(26, store.line("diavola", "S", 1));
        feed.orderEvent(EventType.ORDER_PLACED, first.id(), "RECEIVED");

        assertThat(item(first)).get().satisfies(item -> assertThat(item.isNewAt(clock.instant())).isTrue());
        assertThat(item(second)).as("the read after the first event sees both").isPresent();
        assertThat(rings.get()).isEqualTo(1);
        feed.orderEvent(EventType.ORDER_PLACED, second.id(), "RECEIVED");
        assertThat(rings.get()).as("nothing new the second time").isEqualTo(1);

        clock.advance(BoardTicket.FLASH);
        assertThat(item(first).orElseThrow().isNewAt(clock.instant())).as("the flash ends").isFalse();
    }

    @Test
    void stockEventsDoNotReloadTheBoard() {
        KitchenOrders store = store(1);
        openAndLoad("pizzaiolo1", 1);
        OrderView order = store.takeaway(30, store.line("marinara", "M", 1));

        feed.stockEvent();

        assertThat(item(order)).isEmpty();
    }

    @Test
    void startThenBumpThenRecallThenDismiss() {
        KitchenOrders store = store(1);
        OrderView order = store.takeaway(10, store.line("calzone", "L", 1));
        openAndLoad("pizzaiolo1", 1);

        viewModel.start(item(order).orElseThrow());
        assertThat(item(order).orElseThrow().ticket().isStarted()).isTrue();
        assertThat(kitchen.ticket(fx.staff("pizzaiolo1"), order.id()).status()).isEqualTo(OrderStatus.IN_PREPARATION);

        viewModel.bump(item(order).orElseThrow());
        assertThat(item(order)).as("a bumped ticket leaves the board").isEmpty();

        viewModel.openRecall();
        assertThat(viewModel.recallOpenProperty().get()).isTrue();
        KitchenTicket last = viewModel.recallList().get(0);
        assertThat(last.orderId()).isEqualTo(order.id());
        assertThat(last.status()).isEqualTo(OrderStatus.READY);

        viewModel.recall(last);
        assertThat(viewModel.recallOpenProperty().get()).isFalse();
        BoardTicket recalled = viewModel.board().get(0);
        assertThat(recalled.orderId()).as("recalled tickets come first").isEqualTo(order.id());
        assertThat(recalled.recalled()).isTrue();
        viewModel.start(recalled);
        assertThat(kitchen.ticket(fx.staff("pizzaiolo1"), order.id()).status()).as("display only").isEqualTo(OrderStatus.READY);

        viewModel.dismiss(recalled);
        assertThat(item(order)).isEmpty();
    }

    @Test
    void aTicketStartedOnAnotherScreenIsExplainedAndTheBoardReloads() {
        KitchenOrders store = store(1);
        OrderView order = store.takeaway(12, store.line("royale", "M", 1));
        openAndLoad("pizzaiolo1", 1);
        kitchen.start(fx.staff("gerant1"), order.id());

        viewModel.start(item(order).orElseThrow());

        assertThat(viewModel.errorProperty().get())
                .isEqualTo("Le ticket n° " + order.ticketNumber()
                        + " a changé sur un autre écran (déjà commencé ou déjà prêt) : le tableau est rechargé.");
        assertThat(item(order).orElseThrow().ticket().isStarted()).as("reloaded").isTrue();
        viewModel.dismissError();
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void allDayCountsThePizzasStillToMakeByProductAndSize() {
        KitchenOrders store = store(4);
        store.takeaway(20, store.line("reine", "M", 2), store.line("margherita", "L", 1), store.line("coca_cola", "U", 3));
        OrderView started = store.takeaway(25, store.line("reine", "M", 1));
        OrderView bumped = store.takeaway(15, store.line("reine", "M", 5));
        StaffPrincipal pizzaiolo4 = fx.staff("pizzaiolo4");
        kitchen.start(pizzaiolo4, started.id());
        kitchen.start(pizzaiolo4, bumped.id());
        kitchen.bump(pizzaiolo4, bumped.id());

        openAndLoad("pizzaiolo4", 4);

        assertThat(viewModel.allDay()).containsExactly(
                new AllDayCount("Reine", "M", 3), new AllDayCount("Margherita", "L", 1));

        OrderView more = store.takeaway(30, store.line("margherita", "L", 2));
        feed.orderEvent(EventType.ORDER_PLACED, more.id(), "RECEIVED");
        assertThat(viewModel.allDay()).as("updated live").containsExactly(
                new AllDayCount("Margherita", "L", 3), new AllDayCount("Reine", "M", 3));
    }

    @Test
    void aHalfAndHalfIsOnePizzaOfItsOwnWhoseReminderShowsBothHalvesAtHalfQuantities() {
        // Store 2: no other test of this class counts its pizzas.
        KitchenOrders store = store(2);
        OrderView order = store.takeaway(20, store.halfAndHalf("reine", "quatre_fromages", "M", 1), store.line("reine", "M", 1));
        openAndLoad("pizzaiolo2", 2);

        KitchenTicket ticket = item(order).orElseThrow().ticket();
        KitchenTicket.Line halves = ticket.lines().get(0);
        assertThat(viewModel.texts().line(halves)).isEqualTo("1 × ½ Reine + ½ Quatre fromages M");
        assertThat(viewModel.allDay()).containsExactlyInAnyOrder(
                new AllDayCount("½ Reine + ½ Quatre fromages", "M", 1), new AllDayCount("Reine", "M", 1));

        viewModel.openRecipe(ticket, halves);

        List<RecipeReminder> recipes = viewModel.reminderProperty().get().recipes();
        assertThat(recipes).extracting(RecipeReminder::productName).containsExactly("Reine", "Quatre fromages");
        assertThat(viewModel.texts().recipeTitle(recipes)).isEqualTo("½ Reine + ½ Quatre fromages — taille M");
        assertThat(viewModel.texts().ingredientsHeading(recipes.get(1))).isEqualTo("Ingrédients — ½ Quatre fromages");
        assertThat(viewModel.texts().stepsHeading(recipes.get(0))).isEqualTo("Étapes — Reine");
        assertThat(recipes.get(0).ingredients()).extracting(viewModel.texts()::quantity).contains("125 g", "55 g", "27,5 g");
    }

    @Test
    void aLineOpensItsRecipeReminder() {
        KitchenOrders store = store(1);
        OrderView order = store.takeaway(40, store.line("quatre_fromages", "S", 1, Set.of(), Set.of(), "bien cuite"));
        openAndLoad("pizzaiolo1", 1);

        KitchenTicket ticket = item(order).orElseThrow().ticket();
        viewModel.openRecipe(ticket, ticket.lines().get(0));

        assertThat(viewModel.reminderProperty().get().recipes()).hasSize(1);
        RecipeReminder recipe = viewModel.reminderProperty().get().recipes().get(0);
        assertThat(recipe.productName()).isEqualTo("Quatre fromages");
        assertThat(recipe.sizeCode()).isEqualTo("S");
        assertThat(recipe.half()).isFalse();
        assertThat(recipe.ingredients()).isNotEmpty();
        assertThat(recipe.steps()).hasSize(5);
        assertThat(viewModel.texts().quantity(recipe.ingredients().get(0))).isEqualTo("180 g");
        viewModel.closeRecipe();
        assertThat(viewModel.reminderProperty().get()).isNull();
    }

    @Test
    void theHeaderColourFollowsTheConfiguredThresholds() {
        KitchenOrders store = store(1);
        OrderView order = store.takeaway(60, store.line("parma", "M", 1));
        openAndLoad("pizzaiolo1", 1);
        KitchenTicket ticket = item(order).orElseThrow().ticket();

        assertThat(viewModel.ageLevel(ticket, viewModel.nowProperty().get())).isEqualTo(TicketAge.Level.FRESH);
        clock.advance(Duration.ofMinutes(6));
        viewModel.tick();
        assertThat(viewModel.ageLevel(ticket, viewModel.nowProperty().get())).isEqualTo(TicketAge.Level.WARN);
        clock.advance(Duration.ofMinutes(6));
        viewModel.tick();
        assertThat(viewModel.ageLevel(ticket, viewModel.nowProperty().get())).isEqualTo(TicketAge.Level.LATE);
        assertThat(TicketAge.format(ticket.receivedAt(), ticket.receivedAt().plusSeconds(754))).isEqualTo("12:34");
    }

    @Test
    void theTicketsBelowTheLastWholeRowAreCountedAndTheLateOnesAmongThem() {
        KitchenOrders store = store(1);
        // Promised after everything else of store 1: the last card of the board.
        OrderView last = store.takeaway(900, store.line("margherita", "S", 1));
        openAndLoad("pizzaiolo1", 1);
        int tickets = viewModel.board().size();
        assertThat(viewModel.board().get(tickets - 1).orderId()).isEqualTo(last.id());
        assertThat(viewModel.belowFoldProperty().get()).as("nothing hidden until the screen says").isZero();

        viewModel.boardShows(tickets - 1);
        assertThat(viewModel.belowFoldProperty().get()).isEqualTo(1);
        assertThat(viewModel.belowFoldLateProperty().get()).isZero();
        clock.advance(Duration.ofMinutes(11));
        viewModel.tick();
        assertThat(viewModel.belowFoldLateProperty().get()).as("it turned red below the fold").isEqualTo(1);
        assertThat(viewModel.texts().belowFold(viewModel.belowFoldProperty().get(), viewModel.belowFoldLateProperty().get()))
                .isEqualTo("▼ 1 ticket plus bas, dont 1 en retard");

        viewModel.boardShows(tickets);
        assertThat(viewModel.belowFoldProperty().get()).isZero();
        assertThat(viewModel.belowFoldLateProperty().get()).isZero();
        assertThat(viewModel.texts().belowFold(4, 0)).isEqualTo("▼ 4 tickets plus bas");
    }

    @Test
    void aBurstOfEventsCostsOneReadInFlightAndOnePending() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        open("pizzaiolo1", 1, queued);
        queued.runNext(); // the subscription
        feed.resync();
        assertThat(queued.waiting()).isEqualTo(1);

        for (int i = 0; i < 20; i++) {
            feed.orderEvent(EventType.ORDER_STATUS_CHANGED, 1, "READY");
        }
        assertThat(queued.waiting()).as("one read in flight, the others wait as one").isEqualTo(1);
        queued.runNext();
        assertThat(queued.waiting()).as("the pending read starts when the first is done").isEqualTo(1);
        queued.runNext();
        assertThat(queued.waiting()).isZero();
        assertThat(queued.ran()).isEqualTo(3);
        assertThat(viewModel.loadedProperty().get()).isTrue();
    }

    @Test
    void aPizzaioloOfAnotherStoreIsRefusedAndSeesNothing() {
        store(1).takeaway(20, store(1).line("margherita", "M", 1));
        open("pizzaiolo2", 1, new CurrentThreadTaskExecutor());

        feed.resync();

        assertThat(viewModel.board()).isEmpty();
        assertThat(viewModel.errorProperty().get()).isEqualTo(
                "Cette action concerne une autre pizzeria que la vôtre : elle n’est pas permise.");
    }

    @Test
    void closingStopsTheLiveUpdates() {
        KitchenOrders store = store(1);
        openAndLoad("pizzaiolo1", 1);

        viewModel.close();
        OrderView order = store.takeaway(20, store.line("pescatore", "M", 1));
        feed.orderEvent(EventType.ORDER_PLACED, order.id(), "RECEIVED");

        assertThat(feed.isSubscribed()).isFalse();
        assertThat(item(order)).isEmpty();
    }

    private void open(String login, int storeId, TaskExecutor executor) {
        KitchenSettings settings = new KitchenSettings(Duration.ofMinutes(5), Duration.ofMinutes(10), true, false);
        viewModel = new KitchenViewModel(kitchen, feed, executor, fx.staff(login), storeId, settings, clock,
                rings::incrementAndGet, new TicketTexts(Messages.french(), ZoneId.of("Europe/Paris")));
        viewModel.connect();
    }

    private void openAndLoad(String login, int storeId) {
        open(login, storeId, new CurrentThreadTaskExecutor());
        feed.resync();
        assertThat(viewModel.loadedProperty().get()).isTrue();
    }

    private Optional<BoardTicket> item(OrderView order) {
        return viewModel.board().stream().filter(item -> item.orderId() == order.id()).findFirst();
    }

    private static KitchenOrders store(int storeId) {
        return new KitchenOrders(orders, fx, storeId);
    }
}
