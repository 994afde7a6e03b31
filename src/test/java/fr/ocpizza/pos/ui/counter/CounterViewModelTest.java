package fr.ocpizza.pos.ui.counter;

import static fr.ocpizza.pos.ui.counter.CounterRoom.plain;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counter room without a screen: its children and the rules that link them (order type,
 * payment, phone customer, promised time, basket), against a real database, no waiting.
 */
class CounterViewModelTest {

    private static CounterRoom room;
    private static Fixtures fx;

    private final AtomicInteger proposals = new AtomicInteger();
    private CounterViewModel counter;
    private BasketViewModel basket;

    @BeforeAll
    static void setUp() {
        room = new CounterRoom();
        fx = room.fx;
    }

    @AfterAll
    static void tearDown() {
        room.close();
    }

    @BeforeEach
    void newOrder() {
        counter = room.open(proposals);
        basket = counter.basket();
    }

    private ProductTile tile(String productCode) {
        return CounterRoom.tile(counter, productCode);
    }

    private String error() {
        return counter.banners().errorProperty().get();
    }

    private String notice() {
        return plain(counter.banners().noticeProperty().get());
    }

    // ---------------------------------------------------------------- basket and menu

    @Test
    void aSecondTouchOnAPlainProductCountsItAgainButAChangedLineStaysApart() {
        counter.add(tile("reine"));
        counter.add(tile("reine"));
        assertThat(basket.rows()).singleElement().satisfies(row -> assertThat(row.line().quantity()).isEqualTo(2));

        counter.editor().toggleExtra(fx.ingredientId("mozzarella"));
        counter.add(tile("reine"));
        assertThat(basket.rows()).extracting(row -> row.line().quantity()).containsExactly(2, 1);
        assertThat(basket.totalProperty().get()).isEqualTo(Money.ofCents(2 * (1400 + 200) + 1400));
    }

    @Test
    void theSizeOfALineChangesWithItsExtrasPricedForTheNewSize() {
        counter.add(tile("margherita"));
        counter.editor().toggleExtra(fx.ingredientId("ham"));
        counter.editor().changeSize("L");
        assertThat(basket.rows().get(0).label()).isEqualTo("Margherita L");
        assertThat(basket.totalProperty().get()).isEqualTo(Money.ofCents(1400 + 250));
    }

    @Test
    void aDrinkHasNoToppingsAndNoSecondHalf() {
        counter.menu().showCategory(ProductCategory.DRINK);
        counter.add(tile("coca_cola"));
        assertThat(counter.editor().toppingChoices()).isEmpty();
        assertThat(counter.editor().secondHalfChoices()).isEmpty();
        assertThat(basket.pizzaCount()).isZero();
    }

    @Test
    void altSizeResizesTheLineBeingEditedOtherwiseTheTilesOfTheMenu() {
        counter.add(tile("reine"));
        counter.chooseSize("L");
        assertThat(counter.menu().pizzaSizeProperty().get()).isEqualTo("L");
        assertThat(basket.rows().get(0).label()).as("the line is not being edited").isEqualTo("Reine M");

        counter.editor().open();
        counter.chooseSize("S");
        assertThat(basket.rows().get(0).label()).isEqualTo("Reine S");
        assertThat(counter.menu().pizzaSizeProperty().get()).isEqualTo("L");
    }

    @Test
    void escapeClosesTheEditorThenEmptiesTheSearchThenClosesTheBanners() {
        counter.add(tile("reine"));
        counter.editor().open();
        counter.menu().searchProperty().set("coca");
        counter.showNotice("Ticket imprimé.");

        counter.escape();
        assertThat(counter.editor().openProperty().get()).isFalse();
        assertThat(counter.menu().searchProperty().get()).isEqualTo("coca");
        counter.escape();
        assertThat(counter.menu().searchProperty().get()).isEmpty();
        assertThat(notice()).isEqualTo("Ticket imprimé.");
        counter.escape();
        assertThat(notice()).isEmpty();
    }

    @Test
    void theEditorClosesWhenItsLineLeavesTheBasketButFollowsTheSelectionToAnotherLine() {
        counter.add(tile("reine"));
        counter.add(tile("margherita"));
        counter.editor().open();
        basket.moveSelection(-1);
        assertThat(basket.selectedProperty().get().label()).isEqualTo("Reine M");
        assertThat(counter.editor().openProperty().get()).isTrue();

        basket.removeSelected();
        assertThat(basket.selectedProperty().get().label()).isEqualTo("Margherita M");
        assertThat(counter.editor().openProperty().get()).isFalse();
    }

    @Test
    void enterInTheSearchAddsTheFirstProductShownOrSaysNothingMatches() {
        counter.menu().searchProperty().set("vege");
        counter.addFirstMatch();
        assertThat(basket.rows()).extracting(BasketRow::label).containsExactly("Végétarienne M");
        assertThat(counter.menu().searchProperty().get()).isEmpty();

        counter.menu().searchProperty().set("xyz");
        counter.addFirstMatch();
        assertThat(error()).startsWith("Aucun produit ne correspond à « xyz »");
    }

    // ---------------------------------------------------------------- payment

    @Test
    void cashShowsTheChangeOrWhatIsMissingAndRefusesWhatIsNotAnAmount() {
        counter.add(tile("reine"));
        counter.payment().tenderedProperty().set("20,50");
        assertThat(plain(counter.payment().changeDueProperty().get())).isEqualTo("Rendu : 6,50 €");
        counter.payment().tenderedProperty().set("10");
        assertThat(plain(counter.payment().changeDueProperty().get())).isEqualTo("Il manque 4,00 €");

        counter.payment().tenderedProperty().set("vingt");
        assertThat(counter.payment().tenderedInvalidProperty().get()).isTrue();
        long before = fx.count("SELECT count(*) FROM customer_order");
        counter.submit();
        assertThat(error()).contains("« vingt » n’est pas un montant");
        assertThat(fx.count("SELECT count(*) FROM customer_order")).isEqualTo(before);
        assertThat(basket.rows()).hasSize(1);

        counter.payment().tenderedProperty().set("10");
        counter.submit();
        assertThat(plain(error())).contains("14,00 €").contains("4,00 €");
        assertThat(basket.rows()).as("the basket stays").hasSize(1);

        counter.payment().tenderedProperty().set("");
        counter.submit();
        assertThat(error()).isEmpty();
        assertThat(basket.rows()).isEmpty();
        assertThat(notice()).contains("enregistrée : 14,00 €").contains("Rendu : 0,00 €");
    }

    @Test
    void f12AsksForTheCashAmountFirstOnlyWhenCashIsDueAndNothingWasTyped() {
        assertThat(counter.waitsForCashAmount()).as("an empty basket").isFalse();
        counter.add(tile("reine"));
        assertThat(counter.waitsForCashAmount()).isTrue();
        counter.payment().tenderedProperty().set("20");
        assertThat(counter.waitsForCashAmount()).isFalse();
        counter.payment().tenderedProperty().set("");
        counter.payment().methodProperty().set(PaymentMethod.CARD);
        assertThat(counter.waitsForCashAmount()).isFalse();
    }

    @Test
    void theOrderTypeBringsItsUsualPaymentButAModificationKeepsItsTypeAndPayment() {
        counter.chooseOrderType(OrderType.PHONE_PICKUP);
        assertThat(counter.payment().methodProperty().get()).isEqualTo(PaymentMethod.ON_DELIVERY);
        counter.chooseOrderType(OrderType.EAT_IN);
        assertThat(counter.payment().methodProperty().get()).isEqualTo(PaymentMethod.CASH);

        KitchenOrders kitchen = new KitchenOrders(room.orders, fx, 1);
        OrderView placed = kitchen.takeaway(30, kitchen.line("margherita", "M", 1));
        counter.modify(placed);
        counter.chooseOrderType(OrderType.PHONE_DELIVERY);
        assertThat(counter.orderTypeProperty().get()).isEqualTo(OrderType.TAKEAWAY);
        assertThat(counter.customerShownProperty().get()).isFalse();
    }

    // ---------------------------------------------------------------- phone customer

    @Test
    void aPhoneTypeTellsThePanelItsFulfilmentAndShowsIt() {
        PhoneCustomerViewModel customer = counter.customer();
        assertThat(counter.customerShownProperty().get()).isFalse();
        assertThat(customer.fulfilmentProperty().get()).isEqualTo(Fulfilment.TAKEAWAY);

        counter.chooseOrderType(OrderType.PHONE_DELIVERY);
        assertThat(counter.customerShownProperty().get()).isTrue();
        assertThat(customer.fulfilmentProperty().get()).isEqualTo(Fulfilment.DELIVERY);
        counter.chooseOrderType(OrderType.EAT_IN);
        assertThat(customer.fulfilmentProperty().get()).isEqualTo(Fulfilment.EAT_IN);
        assertThat(counter.customerShownProperty().get()).isFalse();
    }

    @Test
    void aPhoneDeliveryNeedsItsCustomerAndAddressThenTakesThemIntoTheOrder() {
        counter.chooseOrderType(OrderType.PHONE_DELIVERY);
        assertThat(counter.payment().methodProperty().get()).isEqualTo(PaymentMethod.ON_DELIVERY);
        counter.add(tile("reine"));
        counter.submit();
        assertThat(error()).startsWith("Livraison : choisissez le client et son adresse");

        counter.customer().phoneProperty().set(room.recordedCustomer("Lefèvre"));
        assertThat(counter.customer().readyProperty().get()).isTrue();
        counter.submit();
        assertThat(error()).isEmpty();
        assertThat(counter.customer().customerProperty().get()).as("the panel is emptied for the next call").isNull();
        assertThat(fx.count("SELECT count(*) FROM customer_order o JOIN customer c ON c.id = o.customer_id"
                + " JOIN customer_address a ON a.id = o.delivery_address_id AND a.customer_id = c.id"
                + " WHERE o.customer_name = 'Jeanne Lefèvre' AND o.channel = 'PHONE' AND o.fulfilment = 'DELIVERY'"
                + " AND c.last_name = 'Lefèvre'")).isOne();
    }

    @Test
    void aPhonePickupNeedsACustomerFromThePanel() {
        counter.chooseOrderType(OrderType.PHONE_PICKUP);
        counter.add(tile("reine"));
        counter.submit();
        assertThat(error()).startsWith("Commande téléphonique : tapez le numéro du client");

        counter.customer().phoneProperty().set(room.recordedCustomer("Perrin"));
        counter.submit();
        assertThat(error()).isEmpty();
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE customer_name = 'Jeanne Perrin' AND channel = 'PHONE'"
                + " AND fulfilment = 'TAKEAWAY' AND customer_id IS NOT NULL AND delivery_address_id IS NULL")).isOne();
    }

    @Test
    void anOrderPlacedEmptiesThePhonePanelForTheNextCallButAModificationLeavesIt() {
        counter.chooseOrderType(OrderType.PHONE_PICKUP);
        String number = room.recordedCustomer("Marchand");
        counter.customer().phoneProperty().set(number);
        KitchenOrders kitchen = new KitchenOrders(room.orders, fx, 1);
        OrderView earlier = kitchen.takeaway(30, kitchen.line("margherita", "M", 1));
        counter.modify(earlier);
        basket.increment();
        counter.submit();
        assertThat(counter.customer().customerProperty().get()).as("a modification is not the next call").isNotNull();

        counter.add(tile("reine"));
        counter.submit();
        assertThat(counter.customer().customerProperty().get()).isNull();
        assertThat(counter.customer().phoneProperty().get()).isEmpty();
    }

    @Test
    void theCustomersLastOrderGoesIntoTheBasketAsOneEdit() {
        String number = room.recordedCustomer("Garnier");
        long customerId = fx.ids("SELECT customer_id FROM customer_phone WHERE phone = ?", "+33" + number.substring(1)).get(0);
        room.orders.place(room.cashier, new NewOrder(1, Channel.PHONE, Fulfilment.TAKEAWAY, customerId, "Jeanne Garnier",
                null, Instant.now().plus(Duration.ofMinutes(40)), null,
                List.of(LineRequest.of(fx.productSizeId("reine", "M"), 2), LineRequest.of(fx.productSizeId("coca_cola", "U"), 1)),
                null));
        counter.chooseOrderType(OrderType.PHONE_PICKUP);
        counter.menu().showCategory(ProductCategory.DESSERT);
        counter.add(tile("tiramisu"));
        counter.customer().phoneProperty().set(number);

        counter.customer().repeatLastOrder();
        assertThat(basket.rows()).extracting(BasketRow::label).containsExactly("Tiramisu", "Reine M", "Coca-Cola 33 cl");
        assertThat(notice()).isEqualTo("Dernière commande du client reprise : vérifiez-la avec lui.");
        assertThat(basket.undoDescriptionProperty().get()).isEqualTo("reprise de la dernière commande");

        basket.undo();
        assertThat(basket.rows()).extracting(BasketRow::label).containsExactly("Tiramisu");
    }

    // ---------------------------------------------------------------- promised time

    @Test
    void onlyAChangeInTheNumberOfPizzasMovesThePromisedTime() {
        PromisedTimeViewModel promise = counter.promise();
        Instant empty = promise.chosenTimeProperty().get();
        assertThat(empty).as("proposed when the counter opens").isNotNull();
        int asked = proposals.get();

        counter.menu().showCategory(ProductCategory.DRINK);
        counter.add(tile("coca_cola"));
        assertThat(proposals.get()).as("a drink asks nothing").isEqualTo(asked);

        counter.menu().showCategory(ProductCategory.PIZZA);
        counter.add(tile("reine"));
        counter.add(tile("reine"));
        assertThat(proposals.get()).isEqualTo(asked + 2);
        assertThat(promise.chosenTimeProperty().get()).isEqualTo(empty.plus(Duration.ofMinutes(20)));

        counter.editor().setNote("bien cuite");
        assertThat(proposals.get()).as("a note does not change the pizzas").isEqualTo(asked + 2);
        basket.decrement();
        assertThat(promise.chosenTimeProperty().get()).isEqualTo(empty.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aDeliveryIsPromisedLaterThanAPickup() {
        Instant pickup = counter.promise().chosenTimeProperty().get();
        counter.chooseOrderType(OrderType.PHONE_DELIVERY);
        assertThat(counter.promise().chosenTimeProperty().get()).isEqualTo(pickup.plus(Duration.ofMinutes(20)));
    }

    @Test
    void aTimeSetByHandStaysWhileTheBasketGrowsAndTheOrderTakesItThenTheNextOrderIsProposedAgain() {
        PromisedTimeViewModel promise = counter.promise();
        promise.later();
        promise.later();
        Instant byHand = promise.chosenTimeProperty().get();
        counter.add(tile("reine"));
        assertThat(promise.chosenTimeProperty().get()).isEqualTo(byHand);

        counter.submit();
        long orderId = fx.ids("SELECT max(id) FROM customer_order WHERE store_id = 1").get(0);
        assertThat(fx.count("SELECT count(*) FROM customer_order WHERE id = ? AND promised_at = ?", orderId,
                java.sql.Timestamp.from(byHand))).isOne();
        assertThat(promise.changedByHandProperty().get()).as("the next order gets a proposal again").isFalse();
        assertThat(promise.chosenTimeProperty().get()).isEqualTo(promise.proposedTimeProperty().get());
    }

    @Test
    void anInvalidPromisedTimeStopsTheOrder() {
        counter.add(tile("reine"));
        counter.promise().textProperty().set("19:7");
        counter.submit();
        assertThat(error()).startsWith("L’heure promise n’est pas valide");
        assertThat(basket.rows()).hasSize(1);
    }

    // ---------------------------------------------------------------- modification

    @Test
    void aModificationReplacesTheLinesOfTheOrderAndAbandoningLeavesItUntouched() {
        KitchenOrders kitchen = new KitchenOrders(room.orders, fx, 1);
        OrderView placed = kitchen.takeaway(30, kitchen.line("margherita", "M", 1));
        counter.modify(placed);
        assertThat(counter.editingProperty().get()).isEqualTo(placed);
        assertThat(counter.hasSomethingToDiscard()).isTrue();
        counter.discard();
        assertThat(counter.editingProperty().get()).isNull();
        assertThat(notice()).isEqualTo("Modification abandonnée : la commande reste telle qu’elle était.");
        assertThat(fx.count("SELECT total_cents FROM customer_order WHERE id = ?", placed.id())).isEqualTo(1150);

        counter.modify(placed);
        basket.increment();
        counter.submit();
        assertThat(fx.count("SELECT total_cents FROM customer_order WHERE id = ?", placed.id())).isEqualTo(2300);
        assertThat(counter.editingProperty().get()).isNull();

        // The board's copy is now stale: a second change from it is refused, nothing written.
        counter.modify(placed);
        basket.increment();
        counter.submit();
        assertThat(error()).isNotEmpty();
        assertThat(fx.count("SELECT total_cents FROM customer_order WHERE id = ?", placed.id())).isEqualTo(2300);
        assertThat(basket.rows()).extracting(row -> row.line().quantity()).isEqualTo(List.of(2));
    }
}
