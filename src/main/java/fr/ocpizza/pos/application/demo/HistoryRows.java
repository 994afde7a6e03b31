package fr.ocpizza.pos.application.demo;

import fr.ocpizza.pos.application.Audit;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.PaymentStatus;
import fr.ocpizza.pos.domain.order.PricedLine;
import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.persistence.CopyRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The rows of the demo history, table by table, as the terminals and the online shop write them
 * (docs/schema.md sections 3 and 5), ready to be sent by COPY in the order of their foreign keys.
 */
final class HistoryRows {

    private final CopyRows customers = new CopyRows("customer (id, first_name, last_name, email, created_at)");
    private final CopyRows phones = new CopyRows("customer_phone (customer_id, phone, label)");
    private final CopyRows addresses = new CopyRows(
            "customer_address (id, customer_id, label, line1, postal_code, city, instructions, created_at)");
    // business_date and ticket_number are left out: the trigger numbers the orders, in the order sent.
    private final CopyRows orders = new CopyRows("customer_order (id, store_id, channel, fulfilment, status, customer_id,"
            + " customer_name, delivery_address_id, external_ref, promised_at, note, total_cents, vat_cents, created_by,"
            + " updated_by, version, received_at, in_preparation_at, ready_at, out_for_delivery_at, delivered_at,"
            + " picked_up_at, cancelled_at, cancel_reason, updated_at)");
    private final CopyRows lines = new CopyRows("order_line (id, order_id, line_no, product_size_id, product_name, size_code,"
            + " quantity, unit_price_cents, vat_rate, line_total_cents, note, second_half_product_size_id, second_half_name)");
    private final CopyRows toppings = new CopyRows("order_line_topping (order_line_id, ingredient_id, change, price_cents)");
    private final CopyRows statuses = new CopyRows(
            "order_status_change (order_id, from_status, to_status, staff_id, changed_at)");
    private final CopyRows payments = new CopyRows("payment (order_id, method, status, amount_cents, tendered_cents,"
            + " change_cents, provider, provider_order_id, provider_capture_id, staff_id, created_at, updated_at)");
    private final CopyRows movements = new CopyRows("stock_movement (store_id, ingredient_id, kind, quantity_delta,"
            + " quantity_after, order_id, staff_id, reason, reference, created_at)");
    private final CopyRows audit = new CopyRows("audit_log (at, staff_id, store_id, action, entity, entity_id, details)");

    void customers(DemoCustomers pool) {
        for (DemoCustomers.Customer c : pool.all()) {
            customers.add(c.id()).add(c.firstName()).add(c.lastName()).add(c.email()).add(c.since()).row();
            phones.add(c.id()).add(c.phone()).add("mobile").row();
            addresses.add(c.addressId()).add(c.id()).add("Domicile").add(c.street()).add(c.postalCode()).add("Paris")
                    .add(c.instructions()).add(c.since()).row();
        }
    }

    void order(PlannedOrder o, LongSupplier lineIds) {
        DemoCustomers.Customer customer = o.customer();
        orders.add(o.id()).add(o.storeId()).add(o.channel()).add(o.fulfilment()).add(o.status())
                .add(customer == null ? null : customer.id()).add(o.customerName())
                .add(o.fulfilment() == Fulfilment.DELIVERY ? customer.addressId() : null)
                .add(o.externalRef()).add(o.promisedAt()).add(o.note()).add(o.totalCents())
                .add(o.priced().vatTotal().cents()).add(o.createdBy()).add(o.updatedBy()).add(o.steps().size())
                .add(o.receivedAt()).add(o.at(OrderStatus.IN_PREPARATION)).add(o.at(OrderStatus.READY))
                .add(o.at(OrderStatus.OUT_FOR_DELIVERY)).add(o.at(OrderStatus.DELIVERED)).add(o.at(OrderStatus.PICKED_UP))
                .add(o.at(OrderStatus.CANCELLED)).add(o.cancelReason()).add(o.updatedAt()).row();
        for (PricedLine line : o.priced().lines()) {
            long lineId = lineIds.getAsLong();
            lines.add(lineId).add(o.id()).add(line.lineNo()).add(line.productSize().id()).add(line.productSize().productName())
                    .add(line.productSize().sizeCode()).add(line.quantity()).add(line.unitPrice().cents())
                    .add(line.productSize().vatRate()).add(line.lineTotal().cents()).add(line.note())
                    .add(line.isHalfAndHalf() ? line.secondHalf().id() : null)
                    .add(line.isHalfAndHalf() ? line.secondHalf().productName() : null).row();
            for (ToppingChange topping : line.toppings()) {
                toppings.add(lineId).add(topping.ingredientId()).add(topping.kind())
                        .add(topping.kind() == ToppingChange.Kind.ADD ? topping.price().cents() : 0).row();
            }
        }
        statuses.add(o.id()).add(null).add(OrderStatus.RECEIVED).add(o.createdBy()).add(o.receivedAt()).row();
        OrderStatus from = OrderStatus.RECEIVED;
        for (PlannedOrder.Step step : o.steps()) {
            statuses.add(o.id()).add(from).add(step.status()).add(step.staffId()).add(step.at()).row();
            from = step.status();
        }
        payment(o);
        if (o.cancelled()) {
            PlannedOrder.Step cancel = o.steps().get(o.steps().size() - 1);
            audit.add(cancel.at()).add(cancel.staffId()).add(o.storeId()).add(Audit.ORDER_CANCELLED).add("customer_order")
                    .add(o.id()).add("{\"reason\": \"" + o.cancelReason() + "\"}").row();
        }
    }

    /**
     * One payment per order. Cash and card at the counter are taken at once; PayPal is captured
     * by the shop (refunded by it when the order is cancelled); paid at the door or at pickup stays
     * PENDING, as the terminals leave it (docs/schema.md section 8), and is cancelled with its order.
     */
    private void payment(PlannedOrder o) {
        PaymentMethod method = o.paymentMethod();
        boolean online = o.createdBy() == null;
        PaymentStatus status = switch (method) {
            case CASH, CARD -> PaymentStatus.CAPTURED;
            case PAYPAL -> o.cancelled() ? PaymentStatus.REFUNDED : PaymentStatus.CAPTURED;
            case ON_DELIVERY -> o.cancelled() ? PaymentStatus.CANCELLED : PaymentStatus.PENDING;
        };
        Integer tendered = o.tenderedCents();
        boolean paypal = method == PaymentMethod.PAYPAL;
        payments.add(o.id()).add(method).add(status).add(o.totalCents()).add(tendered)
                .add(tendered == null ? null : tendered - o.totalCents())
                .add(paypal ? "PAYPAL" : null).add(paypal ? "DEMO-PP-" + o.externalRef() : null)
                .add(paypal ? "DEMO-CAP-" + o.externalRef() : null).add(online ? null : o.createdBy())
                .add(o.receivedAt()).add(o.cancelled() ? o.updatedAt() : o.receivedAt()).row();
    }

    void ledger(int storeId, HistoryLedger ledger) {
        for (HistoryLedger.Movement m : ledger.movements()) {
            movements.add(storeId).add(m.ingredientId()).add(m.kind()).add(m.delta()).add(m.after()).add(m.orderId())
                    .add(m.staffId()).add(m.reason()).add(m.reference()).add(m.at()).row();
        }
    }

    /** Sends every table, parents first; returns the ledger rows written. */
    long copy(Connection connection) throws SQLException {
        for (CopyRows table : List.of(customers, phones, addresses, orders, lines, toppings, statuses, payments, audit)) {
            table.copy(connection);
        }
        return movements.copy(connection);
    }
}
