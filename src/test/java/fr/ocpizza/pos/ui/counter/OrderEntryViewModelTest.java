package fr.ocpizza.pos.ui.counter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.stock.StockService;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.testsupport.ManualLiveFeed;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order being taken, without a screen: its rules against a real database, no waiting. */
class OrderEntryViewModelTest {

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static OrderService orders;
    private static StaffPrincipal cashier;

    private OrderEntryViewModel entry;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        cashier = fx.staff("caisse1");
        new KitchenOrders(orders, fx, 1).stockUp(100_000);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @BeforeEach
    void newOrder() {
        StockService stock = new StockService(db.database().sessionFactory());
        ManualLiveFeed feed = new ManualLiveFeed();
        entry = new OrderEntryViewModel(orders, () -> stock.whatCanBeMade(cashier, 1), feed, new CurrentThreadTaskExecutor(),
                cashier, 1, Clock.systemUTC(), Messages.french());
        entry.connect();
        feed.resync();
    }

    private ProductTile tile(String productCode) {
        return entry.tiles().stream().filter(tile -> tile.size().productCode().equals(productCode)).findFirst().orElseThrow();
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aSecondTouchOnAPlainProductCountsItAgainButAChangedLineStaysApart() {
        entry.add(tile("reine"));
        entry.add(tile("reine"));
        assertThat(entry.rows()).singleElement().satisfies(row -> assertThat(row.line().quantity()).isEqualTo(2));

        entry.toggleExtra(fx.ingredientId("mozzarella"));
        entry.add(tile("reine"));
        assertThat(entry.rows()).extracting(row -> row.line().quantity()).containsExactly(2, 1);
        assertThat(entry.totalProperty().get()).isEqualTo(Money.ofCents(2 * (1400 + 200) + 1400));
    }

    @Test
    void theSizeOfALineChangesWithItsExtrasPricedForTheNewSize() {
        entry.add(tile("margherita"));
        entry.toggleExtra(fx.ingredientId("ham"));
        entry.changeSize("L");
        assertThat(entry.rows().get(0).label()).isEqualTo("Margherita L");
        assertThat(entry.totalProperty().get()).isEqualTo(Money.ofCents(1400 + 250));
    }

    @Test
    void aDrinkHasNoToppingsAndNoSecondHalf() {
        entry.categoryProperty().set(ProductCategory.DRINK);
        entry.add(tile("coca_cola"));
        assertThat(entry.toppingChoices()).isEmpty();
        assertThat(entry.secondHalfChoices()).isEmpty();
        assertThat(entry.pizzaCount()).isZero();
    }

    @Test
    void cashShowsTheChangeOrWhatIsMissingAndRefusesWhatIsNotAnAmount() {
        entry.add(tile("reine"));
        entry.tenderedProperty().set("20,50");
        assertThat(plain(entry.changeDueProperty().get())).isEqualTo("Rendu : 6,50 €");
        entry.tenderedProperty().set("10");
        assertThat(plain(entry.changeDueProperty().get())).isEqualTo("Il manque 4,00 €");

        entry.tenderedProperty().set("vingt");
        assertThat(entry.tenderedInvalidProperty().get()).isTrue();
        long before = fx.count("SELECT count(*) FROM customer_order");
        entry.submit();
        assertThat(entry.errorProperty().get()).contains("« vingt » n’est pas un montant");
        assertThat(fx.count("SELECT count(*) FROM customer_order")).isEqualTo(before);
        assertThat(entry.rows()).hasSize(1);

        entry.tenderedProperty().set("10");
        entry.submit();
        assertThat(plain(entry.errorProperty().get())).contains("14,00 €").contains("4,00 €");
        assertThat(entry.rows()).as("the basket stays").hasSize(1);

        entry.tenderedProperty().set("");
        entry.submit();
        assertThat(entry.errorProperty().get()).isEmpty();
        assertThat(entry.rows()).isEmpty();
        assertThat(plain(entry.noticeProperty().get())).contains("enregistrée : 14,00 €").contains("Rendu : 0,00 €");
    }

    @Test
    void aPhoneOrderNeedsItsCustomerAndADeliveryItsAddress() {
        entry.orderTypeProperty().set(OrderType.PHONE_DELIVERY);
        assertThat(entry.paymentMethodProperty().get()).isEqualTo(PaymentMethod.ON_DELIVERY);
        entry.add(tile("reine"));
        entry.submit();
        assertThat(entry.errorProperty().get()).startsWith("Livraison : choisissez le client et son adresse");

        entry.orderTypeProperty().set(OrderType.PHONE_PICKUP);
        entry.customerNameProperty().set("M. Lefèvre");
        entry.submit();
        assertThat(entry.errorProperty().get()).isEmpty();
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE customer_name = 'M. Lefèvre' AND channel = 'PHONE'"
                + " AND fulfilment = 'TAKEAWAY'")).isOne();
    }

    @Test
    void anInvalidPromisedTimeStopsTheOrder() {
        entry.add(tile("reine"));
        entry.promiseValidProperty().set(false);
        entry.submit();
        assertThat(entry.errorProperty().get()).startsWith("L’heure promise n’est pas valide");
        assertThat(entry.rows()).hasSize(1);
    }

    @Test
    void aModificationReplacesTheLinesOfTheOrderAndAbandoningLeavesItUntouched() {
        KitchenOrders counter = new KitchenOrders(orders, fx, 1);
        OrderView placed = counter.takeaway(30, counter.line("margherita", "M", 1));
        entry.modify(placed);
        assertThat(entry.editingProperty().get()).isEqualTo(placed);
        entry.discard();
        assertThat(entry.editingProperty().get()).isNull();
        assertThat(fx.count("SELECT total_cents FROM customer_order WHERE id = ?", placed.id())).isEqualTo(1150);

        entry.modify(placed);
        entry.increment();
        entry.submit();
        assertThat(fx.count("SELECT total_cents FROM customer_order WHERE id = ?", placed.id())).isEqualTo(2300);
        assertThat(entry.editingProperty().get()).isNull();

        // The board's copy is now stale: a second change from it is refused, nothing written.
        entry.modify(placed);
        entry.increment();
        entry.submit();
        assertThat(entry.errorProperty().get()).isNotEmpty();
        assertThat(fx.count("SELECT total_cents FROM customer_order WHERE id = ?", placed.id())).isEqualTo(2300);
        assertThat(entry.rows()).extracting(row -> row.line().quantity()).isEqualTo(List.of(2));
    }
}
