package fr.ocpizza.pos.application.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.customer.DuplicateCustomerException;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {

    /** Each test gets numbers of its own: the database is shared by the class. */
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(10_00_00);

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static CustomerService customers;
    private static OrderService orders;
    private static StaffPrincipal cashier;

    @BeforeAll
    static void setUp() {
        db = ServiceDatabase.open();
        fx = db.fx();
        customers = new CustomerService(db.database().sessionFactory(), Clock.systemUTC());
        orders = new OrderService(db.database().sessionFactory(), Clock.systemUTC());
        cashier = fx.staff("caisse1");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    /** A fresh mobile number, as a cashier would type it: "06 12 10 00 01". */
    private static String freshMobile() {
        String digits = String.format("0612%06d", NEXT_NUMBER.incrementAndGet());
        return digits.replaceAll("(\\d{2})(?!$)", "$1 ");
    }

    private static NewCustomer newCustomer(String lastName, String phone) {
        return new NewCustomer(" Jeanne ", lastName, phone,
                new FrenchAddress("Domicile", "12 rue de la Roquette", "Bât. B", "75011", "Paris", "Code 1234A"), null);
    }

    private long customerCount() {
        return fx.count("SELECT count(*) FROM customer");
    }

    private long rowsWritten() {
        return fx.count("SELECT (SELECT count(*) FROM customer) + (SELECT count(*) FROM customer_phone)"
                + " + (SELECT count(*) FROM customer_address)");
    }

    @Test
    void createdCustomerIsFoundByTheSameNumberTypedAnotherWay() {
        String typed = freshMobile();
        CustomerCard created = customers.create(cashier, 1, newCustomer("Martin", typed));

        String international = "+33 " + typed.replace(" ", "").substring(1);
        CustomerCard found = customers.findByPhone(cashier, 1, international).orElseThrow();

        assertThat(found).isEqualTo(created);
        assertThat(found.firstName()).isEqualTo("Jeanne");
        assertThat(found.lastName()).isEqualTo("Martin");
        assertThat(found.phones()).singleElement().satisfies(phone -> {
            assertThat(phone.e164()).isEqualTo("+33" + typed.replace(" ", "").substring(1));
            assertThat(phone.display()).isEqualTo(typed);
        });
        assertThat(found.addresses()).singleElement().satisfies(address -> {
            assertThat(address.oneLine()).isEqualTo("12 rue de la Roquette, Bât. B, 75011 Paris");
            assertThat(address.instructions()).isEqualTo("Code 1234A");
        });
        assertThat(found.lastOrders()).isEmpty();
        assertThat(customers.findByPhone(cashier, 1, freshMobile())).isEmpty();
    }

    @Test
    void customerMayBeCreatedWithoutAddressAndGetOneLater() {
        String phone = freshMobile();
        CustomerCard created = customers.create(cashier, 1, new NewCustomer(null, "Durand", phone, null, "Sonner fort"));
        assertThat(created.addresses()).isEmpty();
        assertThat(created.note()).isEqualTo("Sonner fort");

        CustomerCard.SavedAddress added = customers.addAddress(cashier, created.customerId(),
                FrenchAddress.of("3 avenue Mozart", "75116", "Paris"));

        assertThat(customers.findByPhone(cashier, 1, phone).orElseThrow().addresses()).containsExactly(added);
    }

    @Test
    void invalidPhoneOrMissingNameIsRefusedAndWritesNothing() {
        long before = rowsWritten();

        assertThatThrownBy(() -> customers.create(cashier, 1, newCustomer("Martin", "06 12 34 56")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("10 digits starting with 0");
        assertThatThrownBy(() -> customers.create(cashier, 1, newCustomer("  ", freshMobile())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("last name");
        assertThatThrownBy(() -> customers.findByPhone(cashier, 1, "12345"))
                .isInstanceOf(ValidationException.class);

        assertThat(rowsWritten()).isEqualTo(before);
    }

    @Test
    void addressRefusedByTheDatabaseRollsTheWholeCustomerBack() {
        // A line 1 longer than anything sensible is not refused by the address check; a check the
        // database does make must undo the customer and the phone written before it in the transaction.
        long before = rowsWritten();
        String phone = freshMobile();
        fx.execute("ALTER TABLE customer_address ADD CONSTRAINT test_short_line1 CHECK (length(line1) < 200)");
        try {
            assertThatThrownBy(() -> customers.create(cashier, 1, new NewCustomer("A", "Long", phone,
                    FrenchAddress.of("x".repeat(300), "75011", "Paris"), null)))
                    .isNotInstanceOf(PosException.class);
        } finally {
            fx.execute("ALTER TABLE customer_address DROP CONSTRAINT test_short_line1");
        }
        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(customers.findByPhone(cashier, 1, phone)).isEmpty();
    }

    @Test
    void samePhoneAndSameLastNameIsRefusedButAHouseholdMayShareANumber() {
        String phone = freshMobile();
        CustomerCard first = customers.create(cashier, 1, newCustomer("Bernard", phone));
        long before = customerCount();

        assertThatThrownBy(() -> customers.create(cashier, 1, newCustomer(" bernard ", phone.replace(" ", ""))))
                .isInstanceOf(DuplicateCustomerException.class)
                .hasMessageContaining("already has the number " + phone)
                .hasMessageContaining("customer " + first.customerId());
        assertThat(customerCount()).isEqualTo(before);

        CustomerCard partner = customers.create(cashier, 1, newCustomer("Petit", phone));
        assertThat(customers.findAllByPhone(cashier, 1, phone)).extracting(CustomerCard::customerId)
                .containsExactlyInAnyOrder(first.customerId(), partner.customerId());
    }

    @Test
    void cardShowsTheLastOrdersNewestFirstAndRepeatsTheLastOneWithItsToppings() {
        String phone = freshMobile();
        CustomerCard customer = customers.create(cashier, 1, newCustomer("Robert", phone));
        long addressId = customer.addresses().get(0).id();
        int reineM = fx.productSizeId("reine", "M");
        int margheritaS = fx.productSizeId("margherita", "S");
        int cocaU = fx.productSizeId("coca_cola", "U");
        LineRequest reine = new LineRequest(reineM, 2, Set.of(fx.ingredientId("mozzarella")),
                Set.of(fx.ingredientId("mushrooms")), "bien cuite");

        OrderView first = orders.place(cashier, phoneOrder(customer.customerId(), null, Fulfilment.TAKEAWAY,
                List.of(LineRequest.of(margheritaS, 1))));
        OrderView second = orders.place(cashier, phoneOrder(customer.customerId(), addressId, Fulfilment.DELIVERY,
                List.of(reine, LineRequest.of(cocaU, 3))));

        CustomerCard card = customers.findByPhone(cashier, 1, phone).orElseThrow();
        assertThat(card.lastOrders()).extracting(CustomerCard.PastOrder::orderId).containsExactly(second.id(), first.id());
        CustomerCard.PastOrder last = card.lastOrders().get(0);
        assertThat(last.ticketNumber()).isEqualTo(second.ticketNumber());
        assertThat(last.total()).isEqualTo(second.total());
        assertThat(last.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(last.storeId()).isEqualTo(1);
        assertThat(last.businessDate()).isNotNull();
        assertThat(last.linesSummary()).isEqualTo("2 × Reine (M), 3 × Coca-Cola 33 cl (U)");

        RepeatedOrder repeated = customers.lastOrderAsLines(cashier, 1, customer.customerId());
        assertThat(repeated.fromOrderId()).isEqualTo(second.id());
        assertThat(repeated.lines()).containsExactly(reine, LineRequest.of(cocaU, 3));
        assertThat(repeated.skipped()).isEmpty();
        assertThat(orders.quote(cashier, 1, repeated.lines()).total()).isEqualTo(second.total());
    }

    @Test
    void onlyTheFiveLastOrdersAreShown() {
        String phone = freshMobile();
        CustomerCard customer = customers.create(cashier, 1, newCustomer("Richard", phone));
        int margheritaS = fx.productSizeId("margherita", "S");
        for (int i = 0; i < 6; i++) {
            orders.place(cashier, phoneOrder(customer.customerId(), null, Fulfilment.TAKEAWAY,
                    List.of(LineRequest.of(margheritaS, 1))));
        }

        assertThat(customers.findByPhone(cashier, 1, phone).orElseThrow().lastOrders()).hasSize(5);
    }

    @Test
    void repeatingSkipsAProductNoLongerSoldAndSaysWhich() {
        CustomerCard customer = customers.create(cashier, 1, newCustomer("Moreau", freshMobile()));
        int calzoneL = fx.productSizeId("calzone", "L");
        int diavolaM = fx.productSizeId("diavola", "M");
        orders.place(cashier, phoneOrder(customer.customerId(), null, Fulfilment.TAKEAWAY,
                List.of(LineRequest.of(calzoneL, 1), LineRequest.of(diavolaM, 2))));

        fx.execute("UPDATE product SET available = false WHERE code = 'calzone'");
        try {
            RepeatedOrder repeated = customers.lastOrderAsLines(cashier, 1, customer.customerId());

            assertThat(repeated.lines()).containsExactly(LineRequest.of(diavolaM, 2));
            assertThat(repeated.skipped()).containsExactly("Calzone (L)");
        } finally {
            fx.execute("UPDATE product SET available = true WHERE code = 'calzone'");
        }
    }

    @Test
    void repeatingCarriesTheSecondHalfOfAHalfAndHalfAndSkipsItWhenAHalfIsNoLongerSold() {
        String phone = freshMobile();
        CustomerCard customer = customers.create(cashier, 1, newCustomer("Garnier", phone));
        int reineM = fx.productSizeId("reine", "M");
        int calzoneM = fx.productSizeId("calzone", "M");
        int diavolaM = fx.productSizeId("diavola", "M");
        LineRequest halfAndHalf = new LineRequest(reineM, 2, Set.of(fx.ingredientId("mozzarella")),
                Set.of(fx.ingredientId("mushrooms")), "bien cuite", diavolaM);
        LineRequest withCalzone = LineRequest.halfAndHalf(diavolaM, calzoneM, 1);
        OrderView placed = orders.place(cashier, phoneOrder(customer.customerId(), null, Fulfilment.TAKEAWAY,
                List.of(halfAndHalf, withCalzone)));

        assertThat(customers.findByPhone(cashier, 1, phone).orElseThrow().lastOrders().get(0).linesSummary())
                .isEqualTo("2 × ½ Reine + ½ Diavola (M), 1 × ½ Diavola + ½ Calzone (M)");
        RepeatedOrder repeated = customers.lastOrderAsLines(cashier, 1, customer.customerId());
        assertThat(repeated.lines()).containsExactly(halfAndHalf, withCalzone);
        assertThat(orders.quote(cashier, 1, repeated.lines()).total()).isEqualTo(placed.total());

        fx.execute("UPDATE product SET available = false WHERE code = 'calzone'");
        try {
            RepeatedOrder withoutCalzone = customers.lastOrderAsLines(cashier, 1, customer.customerId());

            assertThat(withoutCalzone.lines()).containsExactly(halfAndHalf);
            assertThat(withoutCalzone.skipped()).containsExactly("½ Diavola + ½ Calzone (M)");
        } finally {
            fx.execute("UPDATE product SET available = true WHERE code = 'calzone'");
        }
    }

    @Test
    void repeatingForACustomerWithoutOrdersSaysSo() {
        CustomerCard customer = customers.create(cashier, 1, newCustomer("Simon", freshMobile()));

        assertThatThrownBy(() -> customers.lastOrderAsLines(cashier, 1, customer.customerId()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no earlier order");
    }

    @Test
    void aPizzaioloOrACashierOfAnotherStoreIsRefusedAndNothingIsWritten() {
        String phone = freshMobile();
        CustomerCard customer = customers.create(cashier, 1, newCustomer("Laurent", phone));
        StaffPrincipal pizzaiolo = fx.staff("pizzaiolo1");
        StaffPrincipal otherCashier = fx.staff("caisse2");
        long before = rowsWritten();

        assertThatThrownBy(() -> customers.findByPhone(pizzaiolo, 1, phone)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> customers.create(pizzaiolo, 1, newCustomer("Autre", freshMobile())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> customers.addAddress(pizzaiolo, customer.customerId(),
                FrenchAddress.of("1 rue X", "75011", "Paris"))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> customers.lastOrderAsLines(pizzaiolo, 1, customer.customerId()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> customers.findByPhone(otherCashier, 1, phone)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> customers.create(otherCashier, 1, newCustomer("Autre", freshMobile())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> customers.lastOrderAsLines(otherCashier, 1, customer.customerId()))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(rowsWritten()).isEqualTo(before);
        assertThat(customers.findByPhone(fx.staff("gerant1"), 1, phone)).isPresent();
        assertThat(customers.findByPhone(fx.staff("direction"), 1, phone)).isPresent();
        assertThat(customers.findByPhone(otherCashier, 2, phone)).isPresent();
    }

    private static NewOrder phoneOrder(long customerId, Long addressId, Fulfilment fulfilment, List<LineRequest> lines) {
        return new NewOrder(1, Channel.PHONE, fulfilment, customerId, null, addressId,
                Instant.now().plus(Duration.ofMinutes(40)), null, lines, null);
    }
}
