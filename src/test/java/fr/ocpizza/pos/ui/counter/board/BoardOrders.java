package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.application.customer.CustomerService;
import fr.ocpizza.pos.application.customer.NewCustomer;
import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.application.order.PaymentRequest;
import fr.ocpizza.pos.domain.customer.FrenchAddress;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.testsupport.KitchenOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The orders of every kind the board tests need, placed by the store's cashier through the services. */
final class BoardOrders {

    private final OrderService orders;
    private final CustomerService customers;
    private final KitchenOrders counter;
    private final int storeId;

    BoardOrders(OrderService orders, CustomerService customers, KitchenOrders counter, int storeId) {
        this.orders = orders;
        this.customers = customers;
        this.counter = counter;
        this.storeId = storeId;
    }

    /** A phone delivery for a new customer, paid at the door. */
    OrderView delivery(String lastName, String phone, LineRequest... lines) {
        CustomerCard card = customers.create(counter.cashier(), storeId, new NewCustomer(null, lastName, phone,
                FrenchAddress.of("12 rue de la Roquette", "75011", "Paris"), null));
        return orders.place(counter.cashier(), new NewOrder(storeId, Channel.PHONE, Fulfilment.DELIVERY, card.customerId(),
                lastName, card.addresses().get(0).id(), Instant.now().plus(Duration.ofMinutes(40)), "interphone 2B",
                List.of(lines), PaymentRequest.of(PaymentMethod.ON_DELIVERY)));
    }

    /** An eat-in order from the counter, for a named customer. */
    OrderView eatIn(String customer, LineRequest... lines) {
        return orders.place(counter.cashier(), new NewOrder(storeId, Channel.COUNTER, Fulfilment.EAT_IN, null, customer,
                null, Instant.now().plus(Duration.ofMinutes(15)), null, List.of(lines), null));
    }
}
