package fr.ocpizza.pos.ui.counter.customer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.customer.NewCustomer;
import fr.ocpizza.pos.application.customer.RepeatedOrder;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.store.StoreDirectory;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.testsupport.CurrentThreadTaskExecutor;
import fr.ocpizza.pos.testsupport.Fixtures;
import fr.ocpizza.pos.testsupport.ServiceDatabase;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.counter.customer.PhoneCustomerViewModel.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phone customer panel's logic against a real database, with no screen and no waiting. */
class PhoneCustomerViewModelTest {

    /** Each test gets numbers of its own: the database is shared by the class. */
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(20_00_00);

    private static ServiceDatabase db;
    private static Fixtures fx;
    private static CustomerService customers;
    private static OrderService orders;
    private static StaffPrincipal cashier;

    private final List<RepeatedOrder> repeated = new ArrayList<>();
    private PhoneCustomerViewModel viewModel;

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

    @BeforeEach
    void newPanel() {
        viewModel = new PhoneCustomerViewModel(customers, new StoreDirectory(db.database().sessionFactory()),
                new CurrentThreadTaskExecutor(), Messages.french(), cashier, 1, ZoneId.of("Europe/Paris"));
        viewModel.setOnRepeat(repeated::add);
    }

    /** "06 98 20 00 01": ten digits, as a cashier types them. */
    private static String freshNumber() {
        return String.format("0698%06d", NEXT_NUMBER.incrementAndGet()).replaceAll("(\\d{2})(?!$)", "$1 ");
    }

    private static CustomerCard recorded(String lastName, String phone) {
        return customers.create(cashier, 1, new NewCustomer("Jeanne", lastName, phone,
                new FrenchAddress("Domicile", "12 rue de la Roquette", null, "75011", "Paris", "Code 1234A"), null));
    }

    private long customerRows() {
        return fx.count("SELECT (SELECT count(*) FROM customer) + (SELECT count(*) FROM customer_address)");
    }

    @Test
    void theNumberIsLookedUpByItselfOnceItHasTenDigits() {
        String number = freshNumber();
        CustomerCard known = recorded("Martin", number);

        viewModel.phoneProperty().set(number.substring(0, number.length() - 1));
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.EMPTY);

        viewModel.phoneProperty().set(number.replace(" ", "."));
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.FOUND);
        assertThat(viewModel.customerProperty().get().customerId()).isEqualTo(known.customerId());
        assertThat(viewModel.customerNameProperty().get()).isEqualTo("Jeanne Martin");
        assertThat(viewModel.card().addresses()).extracting(CustomerCard.SavedAddress::line1).containsExactly("12 rue de la Roquette");
        assertThat(viewModel.deliveryAddressProperty().get()).isEqualTo(known.addresses().get(0));
    }

    @Test
    void anUnknownNumberOpensTheFormAndEnterOnNonsenseSaysWhatToType() {
        viewModel.phoneProperty().set(freshNumber());
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.NOT_FOUND);
        assertThat(viewModel.customerProperty().get()).isNull();
        assertThat(viewModel.readyProperty().get()).isFalse();

        viewModel.phoneProperty().set("06 12");
        assertThat(viewModel.stateProperty().get()).as("another number: the form waits for it").isEqualTo(State.EMPTY);
        viewModel.lookUp();
        assertThat(viewModel.phoneErrorProperty().get()).startsWith("« 06 12 » n’est pas un numéro français");
    }

    @Test
    void everyWrongFieldOfTheFormSaysWhatToDoAndNothingIsWritten() {
        viewModel.fulfilmentProperty().set(Fulfilment.DELIVERY);
        viewModel.phoneProperty().set(freshNumber());
        AddressForm address = viewModel.records().address();
        address.line1Property().set("3 rue Oberkampf");
        address.postalCodeProperty().set("7501");
        long before = customerRows();

        viewModel.records().save();

        assertThat(viewModel.records().form().lastNameErrorProperty().get()).isEqualTo("Le client doit avoir un nom (ou le seul nom qu’il donne).");
        assertThat(address.postalCodeErrorProperty().get())
                .isEqualTo("« 7501 » n’est pas un code postal français : tapez exactement 5 chiffres, par exemple 75011.");
        assertThat(address.cityErrorProperty().get()).isEqualTo("L’adresse doit comporter la ville.");
        assertThat(address.line1ErrorProperty().get()).isEmpty();
        assertThat(customerRows()).isEqualTo(before);
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.NOT_FOUND);
    }

    @Test
    void aDeliveryNeedsTheAddressATakeawayDoesNot() {
        viewModel.fulfilmentProperty().set(Fulfilment.DELIVERY);
        viewModel.phoneProperty().set(freshNumber());
        viewModel.records().form().lastNameProperty().set("Petit");
        viewModel.records().save();
        assertThat(viewModel.records().address().line1ErrorProperty().get()).isEqualTo("L’adresse doit comporter le numéro et la rue (ligne 1).");
        assertThat(viewModel.customerProperty().get()).isNull();

        viewModel.fulfilmentProperty().set(Fulfilment.TAKEAWAY);
        viewModel.records().save();
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.FOUND);
        assertThat(viewModel.customerNameProperty().get()).isEqualTo("Petit");
        assertThat(viewModel.deliveryAddressProperty().get()).isNull();
        assertThat(viewModel.readyProperty().get()).isTrue();

        viewModel.fulfilmentProperty().set(Fulfilment.DELIVERY);
        assertThat(viewModel.readyProperty().get()).isFalse();
        assertThat(viewModel.card().missingAddressProperty().get()).isTrue();
    }

    @Test
    void aValidFormCreatesTheCustomerWithHisAddressAndSelectsIt() {
        String number = freshNumber();
        viewModel.fulfilmentProperty().set(Fulfilment.DELIVERY);
        viewModel.phoneProperty().set(number);
        viewModel.records().form().firstNameProperty().set("Luc");
        viewModel.records().form().lastNameProperty().set("Bernard");
        AddressForm address = viewModel.records().address();
        address.line1Property().set("8 boulevard Voltaire");
        address.line2Property().set("3e étage");
        address.postalCodeProperty().set("75 011");
        address.cityProperty().set("Paris");
        address.instructionsProperty().set("Code 42B");

        viewModel.records().save();

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.FOUND);
        assertThat(viewModel.noticeProperty().get()).isEqualTo("Client enregistré : Luc Bernard.");
        assertThat(viewModel.deliveryAddressProperty().get().oneLine()).isEqualTo("8 boulevard Voltaire, 3e étage, 75011 Paris");
        assertThat(viewModel.readyProperty().get()).isTrue();
        assertThat(address.line1Property().get()).as("form emptied for the next one").isEmpty();
        assertThat(customers.findByPhone(cashier, 1, number)).map(CustomerCard::lastName).contains("Bernard");
    }

    @Test
    void anotherAddressIsAddedInlineAndBecomesTheDeliveryAddress() {
        String number = freshNumber();
        recorded("Moreau", number);
        viewModel.fulfilmentProperty().set(Fulfilment.DELIVERY);
        viewModel.phoneProperty().set(number);

        viewModel.records().startAddingAddress();
        viewModel.records().address().line1Property().set("40 rue de Charonne");
        viewModel.records().address().postalCodeProperty().set("75099");
        viewModel.records().address().cityProperty().set("Paris");
        viewModel.records().saveAddress();
        assertThat(viewModel.records().address().postalCodeErrorProperty().get()).startsWith("Le code postal 75099 n’existe pas à Paris");
        assertThat(viewModel.card().addresses()).hasSize(1);

        viewModel.records().address().postalCodeProperty().set("75011");
        viewModel.records().saveAddress();
        assertThat(viewModel.card().addresses()).hasSize(2);
        assertThat(viewModel.deliveryAddressProperty().get().line1()).isEqualTo("40 rue de Charonne");
        assertThat(viewModel.records().addingAddressProperty().get()).isFalse();

        viewModel.card().selectAddress(viewModel.card().addresses().get(0));
        assertThat(viewModel.deliveryAddressProperty().get().line1()).isEqualTo("12 rue de la Roquette");
    }

    @Test
    void theLastOrdersAreListedAndTheLastOneIsRepeatedThroughTheCallback() {
        String number = freshNumber();
        CustomerCard known = recorded("Garnier", number);
        orders.place(cashier, new NewOrder(1, Channel.PHONE, Fulfilment.DELIVERY, known.customerId(), "Jeanne Garnier",
                known.addresses().get(0).id(), Instant.now().plus(Duration.ofMinutes(40)), null,
                List.of(LineRequest.of(fx.productSizeId("reine", "M"), 2), LineRequest.of(fx.productSizeId("coca_cola", "U"), 1)),
                null));

        viewModel.phoneProperty().set(number);

        assertThat(viewModel.card().lastOrders()).hasSize(1);
        assertThat(viewModel.texts().pastOrder(viewModel.card().lastOrders().get(0)))
                .contains("OC Pizza Bastille").contains("2 × Reine (M), 1 × Coca-Cola 33 cl (U)").contains("€");
        assertThat(viewModel.card().canRepeatProperty().get()).isTrue();

        viewModel.repeatLastOrder();

        assertThat(repeated).hasSize(1);
        assertThat(repeated.get(0).lines()).extracting(LineRequest::quantity).containsExactly(2, 1);
        assertThat(viewModel.noticeProperty().get()).isEqualTo("Dernière commande reprise : 2 lignes.");
    }

    @Test
    void customersSharingANumberArePickedFromAList() {
        String number = freshNumber();
        recorded("Roux", number);
        CustomerCard second = recorded("Fontaine", number);

        viewModel.phoneProperty().set(number);
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.CHOOSING);
        assertThat(viewModel.card().matches()).hasSize(2);
        assertThat(viewModel.customerProperty().get()).isNull();

        viewModel.card().choose(viewModel.card().matches().stream().filter(c -> c.customerId() == second.customerId()).findFirst().orElseThrow());
        assertThat(viewModel.customerNameProperty().get()).isEqualTo("Jeanne Fontaine");
        assertThat(viewModel.card().canRepeatProperty().get()).as("no order yet").isFalse();
    }

    @Test
    void clearEmptiesThePanelForTheNextCall() {
        String number = freshNumber();
        recorded("Lambert", number);
        viewModel.phoneProperty().set(number);
        viewModel.records().form().firstNameProperty().set("x");

        viewModel.clear();

        assertThat(viewModel.phoneProperty().get()).isEmpty();
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(viewModel.customerProperty().get()).isNull();
        assertThat(viewModel.customerNameProperty().get()).isEmpty();
        assertThat(viewModel.records().form().firstNameProperty().get()).isEmpty();
        assertThat(viewModel.readyProperty().get()).isFalse();

        viewModel.phoneProperty().set(number);
        assertThat(viewModel.stateProperty().get()).as("the same number looked up again").isEqualTo(State.FOUND);
    }
}
