package fr.ocpizza.pos.application.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.IllegalTransitionException;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.IntStream;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kitchen display's use cases against a real database, permission refusals included. */
class KitchenServiceTest {

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static KitchenService kitchen;
    private static KitchenOrders store1;
    private static KitchenOrders store2;
    private static StaffPrincipal pizzaiolo1;
    private static StaffPrincipal pizzaiolo2;
    private static StaffPrincipal cashier1;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        OrderService orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        kitchen = new KitchenService(db.database().sessionFactory(), orders, Clock.systemUTC());
        store1 = new KitchenOrders(orders, fx, 1).stockUp(100_000);
        store2 = new KitchenOrders(orders, fx, 2);
        pizzaiolo1 = fx.staff("pizzaiolo1");
        pizzaiolo2 = fx.staff("pizzaiolo2");
        cashier1 = fx.staff("caisse1");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void openTicketsCarryEverythingTheKitchenReadsOldestPromiseFirst() {
        OrderView later = store1.takeaway(50, store1.line("margherita", "L", 1));
        OrderView sooner = store1.phone(20, "Dupont", "Sonner deux fois",
                store1.line("reine", "M", 2, Set.of("mozzarella"), Set.of("mushrooms"), "bien cuite"),
                store1.line("coca_cola", "U", 1));

        List<KitchenTicket> mine = mine(kitchen.openTickets(pizzaiolo1, 1), later, sooner);

        assertThat(mine).extracting(KitchenTicket::orderId).containsExactly(sooner.id(), later.id());
        KitchenTicket ticket = mine.get(0);
        assertThat(ticket.ticketNumber()).isEqualTo(sooner.ticketNumber());
        assertThat(ticket.channel()).isEqualTo(Channel.PHONE);
        assertThat(ticket.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(ticket.customerName()).isEqualTo("Dupont");
        assertThat(ticket.note()).isEqualTo("Sonner deux fois");
        // PostgreSQL keeps microseconds, rounded.
        assertThat(ticket.promisedAt()).isCloseTo(sooner.promisedAt(), within(1, java.time.temporal.ChronoUnit.MICROS));
        assertThat(ticket.receivedAt()).isNotNull();
        assertThat(ticket.lines()).hasSize(2);
        KitchenTicket.Line reine = ticket.lines().get(0);
        assertThat(reine.productName()).isEqualTo("Reine");
        assertThat(reine.sizeCode()).isEqualTo("M");
        assertThat(reine.quantity()).isEqualTo(2);
        assertThat(reine.category()).isEqualTo(ProductCategory.PIZZA);
        assertThat(reine.added()).containsExactly("Mozzarella fior di latte");
        assertThat(reine.removed()).containsExactly("Champignons de Paris");
        assertThat(reine.note()).isEqualTo("bien cuite");
        assertThat(reine.productSizeId()).isEqualTo(fx.productSizeId("reine", "M"));
        assertThat(ticket.lines().get(1).category()).isEqualTo(ProductCategory.DRINK);
    }

    @Test
    void startedTicketsStayAndBumpedOrCancelledOnesLeaveTheBoard() {
        OrderView started = store1.takeaway(30, store1.line("diavola", "M", 1));
        OrderView bumped = store1.takeaway(30, store1.line("diavola", "S", 1));
        OrderView cancelled = store1.takeaway(30, store1.line("diavola", "L", 1));

        kitchen.start(pizzaiolo1, started.id());
        kitchen.start(pizzaiolo1, bumped.id());
        OrderView ready = kitchen.bump(pizzaiolo1, bumped.id());
        new OrderService(db.database().sessionFactory(), Clock.systemUTC()).cancel(cashier1, cancelled.id(), "test");

        assertThat(ready.status()).isEqualTo(OrderStatus.READY);
        List<KitchenTicket> mine = mine(kitchen.openTickets(pizzaiolo1, 1), started, bumped, cancelled);
        assertThat(mine).extracting(KitchenTicket::orderId).containsExactly(started.id());
        assertThat(mine.get(0).status()).isEqualTo(OrderStatus.IN_PREPARATION);
        assertThat(mine.get(0).startedAt()).isNotNull();
    }

    @Test
    void openTicketsReadsFortyOrdersInThreeStatements() {
        IntStream.range(0, 40).forEach(i -> store1.takeaway(60 + i,
                store1.line("reine", "M", 1, Set.of("ham"), Set.of(), null), store1.line("orangina", "U", 2)));
        Statistics statistics = db.database().sessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            List<KitchenTicket> tickets = kitchen.openTickets(pizzaiolo1, 1);

            assertThat(tickets).hasSizeGreaterThanOrEqualTo(40);
            assertThat(statistics.getPrepareStatementCount()).as("orders, lines, toppings").isEqualTo(3);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void recentlyReadyListsTheLastBumpedMostRecentFirst() {
        OrderView first = store1.takeaway(15, store1.line("calzone", "M", 1));
        OrderView second = store1.takeaway(15, store1.line("calzone", "S", 1));
        for (OrderView order : List.of(first, second)) {
            kitchen.start(pizzaiolo1, order.id());
            kitchen.bump(pizzaiolo1, order.id());
        }

        List<KitchenTicket> recent = kitchen.recentlyReady(pizzaiolo1, 1, 2);

        assertThat(recent).extracting(KitchenTicket::orderId).containsExactly(second.id(), first.id());
        assertThat(recent.get(0).status()).isEqualTo(OrderStatus.READY);
        assertThat(recent.get(0).readyAt()).isNotNull();
        assertThat(recent.get(0).lines()).extracting(KitchenTicket.Line::productName).containsExactly("Calzone");
    }

    @Test
    void ticketGivesOneOrderWhateverItsStatus() {
        OrderView order = store1.takeaway(25, store1.line("parma", "L", 1));
        kitchen.start(pizzaiolo1, order.id());
        kitchen.bump(pizzaiolo1, order.id());

        KitchenTicket ticket = kitchen.ticket(pizzaiolo1, order.id());

        assertThat(ticket.status()).isEqualTo(OrderStatus.READY);
        assertThat(ticket.lines()).extracting(KitchenTicket.Line::sizeCode).containsExactly("L");
        assertThatThrownBy(() -> kitchen.ticket(pizzaiolo1, 987_654_321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void recipeGivesTheQuantitiesOfTheSizeAndTheStepsInOrder() {
        RecipeReminder recipe = kitchen.recipe(pizzaiolo1, fx.productSizeId("reine", "L"));

        assertThat(recipe.productName()).isEqualTo("Reine");
        assertThat(recipe.sizeCode()).isEqualTo("L");
        assertThat(recipe.ingredients().get(0).name()).isEqualTo("Pâte à pizza");
        RecipeReminder.Ingredient mozzarella = recipe.ingredients().stream()
                .filter(i -> i.name().startsWith("Mozzarella")).findFirst().orElseThrow();
        assertThat(mozzarella.quantity()).isEqualByComparingTo(fx.recipeQuantity("reine", "L", "mozzarella"));
        assertThat(mozzarella.unit()).isEqualTo(Unit.GRAM);
        assertThat(recipe.steps()).extracting(RecipeReminder.Step::number).containsExactly(1, 2, 3, 4);
        assertThat(recipe.steps().get(0).instruction()).startsWith("Étaler la pâte");
        assertThatThrownBy(() -> kitchen.recipe(pizzaiolo1, 999_999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHalfAndHalfLineNamesBothHalvesAndItsRecipeGivesEachHalfAtHalfQuantities() {
        OrderView order = store1.takeaway(45, store1.halfAndHalf("reine", "quatre_fromages", "M", 1),
                store1.line("reine", "M", 1));

        KitchenTicket.Line halves = kitchen.ticket(pizzaiolo1, order.id()).lines().get(0);
        assertThat(halves.isHalfAndHalf()).isTrue();
        assertThat(halves.productName()).isEqualTo("Reine");
        assertThat(halves.secondHalfName()).isEqualTo("Quatre fromages");
        assertThat(halves.secondHalfProductSizeId()).isEqualTo(fx.productSizeId("quatre_fromages", "M"));
        assertThat(halves.displayName()).isEqualTo("½ Reine + ½ Quatre fromages");
        KitchenTicket.Line whole = mine(kitchen.openTickets(pizzaiolo1, 1), order).get(0).lines().get(1);
        assertThat(whole.isHalfAndHalf()).isFalse();
        assertThat(whole.displayName()).isEqualTo("Reine");

        List<RecipeReminder> recipes = kitchen.lineReminder(pizzaiolo1, order.id(), 1).recipes();

        assertThat(recipes).extracting(RecipeReminder::productName).containsExactly("Reine", "Quatre fromages");
        assertThat(recipes).allSatisfy(recipe -> assertThat(recipe.half()).isTrue());
        assertThat(mozzarella(recipes.get(0)).quantity()).isEqualByComparingTo("55");     // half of 110 g
        assertThat(mozzarella(recipes.get(1)).quantity()).isEqualByComparingTo("35");     // half of 70 g
        assertThat(recipes.get(0).steps()).isEqualTo(kitchen.recipe(pizzaiolo1, halves.productSizeId()).steps());
        List<RecipeReminder> wholeRecipe = kitchen.lineReminder(pizzaiolo1, order.id(), 2).recipes();
        assertThat(wholeRecipe).singleElement().satisfies(recipe -> {
            assertThat(recipe.half()).isFalse();
            assertThat(mozzarella(recipe).quantity()).isEqualByComparingTo("110");
        });
        assertThatThrownBy(() -> kitchen.lineReminder(pizzaiolo1, order.id(), 3)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kitchen.lineReminder(pizzaiolo2, order.id(), 1))
                .as("another store's line").isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theReminderOfALineWithARemovalAndAnExtraGivesWhatTheStockTookForIt() {
        OrderView order = store1.takeaway(45, store1.line("margherita", "M", 2, Set.of("mozzarella", "ham"), Set.of("basil"), null));

        LineReminder reminder = kitchen.lineReminder(pizzaiolo1, order.id(), 1);

        RecipeReminder recipe = reminder.recipes().get(0);
        RecipeReminder.Ingredient basil = recipe.ingredients().stream()
                .filter(i -> i.name().equals("Basilic frais")).findFirst().orElseThrow();
        assertThat(basil.removed()).isTrue();
        assertThat(basil.recipeQuantity()).isEqualByComparingTo("4");
        assertThat(basil.quantity()).as("nothing goes on").isZero();
        assertThat(recipe.ingredients()).filteredOn(i -> !i.name().equals("Basilic frais"))
                .noneMatch(RecipeReminder.Ingredient::removed);
        assertThat(reminder.extras()).extracting(LineReminder.Extra::name)
                .containsExactlyInAnyOrder("Mozzarella fior di latte", "Jambon blanc");
        LineReminder.Extra mozzarella = reminder.extras().stream()
                .filter(e -> e.name().startsWith("Mozzarella")).findFirst().orElseThrow();
        assertThat(mozzarella.quantity()).isEqualByComparingTo("55");     // an M extra
        assertThat(mozzarella.total()).isEqualByComparingTo("165");       // on top of the recipe's 110 g
        assertThat(reminder.quantity()).isEqualTo(2);
        assertThat(shownTimesQuantity(reminder)).isEqualTo(takenFromStock(order));
    }

    @Test
    void theReminderOfAHalfAndHalfWithChangesGivesWhatTheStockTookForIt() {
        OrderView order = store1.takeaway(45, new fr.ocpizza.pos.domain.order.LineRequest(fx.productSizeId("reine", "L"), 3,
                Set.of(fx.ingredientId("black_olives")), Set.of(fx.ingredientId("mushrooms")), null,
                fx.productSizeId("margherita", "L")));

        LineReminder reminder = kitchen.lineReminder(pizzaiolo1, order.id(), 1);

        assertThat(reminder.recipes()).extracting(RecipeReminder::productName).containsExactly("Reine", "Margherita");
        assertThat(reminder.recipes().get(0).ingredients()).filteredOn(RecipeReminder.Ingredient::removed)
                .extracting(RecipeReminder.Ingredient::name).containsExactly("Champignons de Paris");
        assertThat(reminder.extras()).extracting(LineReminder.Extra::quantity).containsExactly(new java.math.BigDecimal("20.000"));
        assertThat(shownTimesQuantity(reminder)).isEqualTo(takenFromStock(order));
    }

    /** What the reminder shows for one portion, summed per ingredient name, times the line's quantity. */
    private static Map<String, BigDecimal> shownTimesQuantity(LineReminder reminder) {
        Map<String, BigDecimal> shown = new TreeMap<>();
        reminder.recipes().forEach(recipe -> recipe.ingredients().forEach(i -> shown.merge(i.name(), i.quantity(), BigDecimal::add)));
        reminder.extras().forEach(extra -> shown.merge(extra.name(), extra.quantity(), BigDecimal::add));
        shown.values().removeIf(quantity -> quantity.signum() == 0);
        shown.replaceAll((name, quantity) -> quantity.multiply(BigDecimal.valueOf(reminder.quantity())).stripTrailingZeros());
        return shown;
    }

    /** The order's ledger rows (a one-line order), per ingredient name. */
    private static Map<String, BigDecimal> takenFromStock(OrderView order) {
        Map<String, BigDecimal> taken = new TreeMap<>(fx.decimalsByCode("SELECT i.name, -SUM(m.quantity_delta) FROM stock_movement m"
                + " JOIN ingredient i ON i.id = m.ingredient_id WHERE m.order_id = ? GROUP BY i.name", order.id()));
        assertThat(taken).as("the order took stock").isNotEmpty();
        taken.replaceAll((name, quantity) -> quantity.stripTrailingZeros());
        return taken;
    }

    private static RecipeReminder.Ingredient mozzarella(RecipeReminder recipe) {
        return recipe.ingredients().stream().filter(i -> i.name().startsWith("Mozzarella")).findFirst().orElseThrow();
    }

    @Test
    void aTicketStartedOnAnotherScreenCannotBeStartedAgain() {
        OrderView order = store1.takeaway(35, store1.line("royale", "M", 1));
        kitchen.start(pizzaiolo1, order.id());

        assertThatThrownBy(() -> kitchen.start(pizzaiolo1, order.id()))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("IN_PREPARATION");
    }

    @Test
    void aPizzaioloOfStore2CanNeitherSeeNorActOnStore1() {
        OrderView order = store1.takeaway(40, store1.line("orientale", "M", 1));

        assertThatThrownBy(() -> kitchen.openTickets(pizzaiolo2, 1)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kitchen.recentlyReady(pizzaiolo2, 1, 5)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kitchen.ticket(pizzaiolo2, order.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kitchen.start(pizzaiolo2, order.id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(kitchen.ticket(pizzaiolo1, order.id()).status()).as("nothing written").isEqualTo(OrderStatus.RECEIVED);
        assertThat(kitchen.openTickets(pizzaiolo2, 2)).as("his own store is fine")
                .allSatisfy(ticket -> assertThat(ticket.storeId()).isEqualTo(2));
    }

    @Test
    void aCashierMayLookButNeitherStartNorBump() {
        OrderView order = store1.takeaway(45, store1.line("hawaienne", "S", 1));

        assertThat(kitchen.openTickets(cashier1, 1)).extracting(KitchenTicket::orderId).contains(order.id());
        assertThatThrownBy(() -> kitchen.start(cashier1, order.id())).isInstanceOf(PermissionDeniedException.class);
        kitchen.start(pizzaiolo1, order.id());
        assertThatThrownBy(() -> kitchen.bump(cashier1, order.id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(kitchen.ticket(pizzaiolo1, order.id()).status()).isEqualTo(OrderStatus.IN_PREPARATION);
    }

    @Test
    void theStoreManagerMayStartAndBumpToo() {
        OrderView order = store2.takeaway(30, store2.line("margherita", "S", 1));
        StaffPrincipal manager2 = fx.staff("gerant2");

        kitchen.start(manager2, order.id());
        kitchen.bump(manager2, order.id());

        assertThat(kitchen.ticket(manager2, order.id()).status()).isEqualTo(OrderStatus.READY);
        assertThatThrownBy(() -> kitchen.start(fx.staff("gerant1"), store2.takeaway(30, store2.line("margherita", "S", 1)).id()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private static List<KitchenTicket> mine(List<KitchenTicket> tickets, OrderView... orders) {
        Set<Long> ids = java.util.Arrays.stream(orders).map(OrderView::id).collect(java.util.stream.Collectors.toSet());
        return tickets.stream().filter(ticket -> ids.contains(ticket.orderId())).toList();
    }
}
