package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.application.order.NewOrder;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Places the orders the kitchen tests look at, as the counter of a store would (its cashier,
 * through {@link OrderService}), and stocks the store up so that hundreds of orders fit.
 */
public final class KitchenOrders {

    private final OrderService orders;
    private final Fixtures fx;
    private final int storeId;
    private final StaffPrincipal cashier;

    public KitchenOrders(OrderService orders, Fixtures fx, int storeId) {
        this.orders = orders;
        this.fx = fx;
        this.storeId = storeId;
        this.cashier = fx.staff("caisse" + storeId);
    }

    /** A supplier delivery of {@code quantity} of every ingredient of the store, ledger included. */
    public KitchenOrders stockUp(int quantity) {
        fx.execute("WITH upd AS (UPDATE stock SET quantity = quantity + ? WHERE store_id = ? RETURNING ingredient_id, quantity)"
                + " INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta, quantity_after, reason)"
                + " SELECT ?, ingredient_id, 'DELIVERY', ?, quantity, 'kitchen tests' FROM upd",
                BigDecimal.valueOf(quantity), storeId, storeId, BigDecimal.valueOf(quantity));
        return this;
    }

    /** A counter takeaway promised in {@code minutes}, with the given lines. */
    public OrderView takeaway(int minutes, LineRequest... lines) {
        return orders.place(cashier, NewOrder.takeaway(storeId, promised(minutes), List.of(lines), null));
    }

    /** A phone order for a named customer, with a note for the whole order. */
    public OrderView phone(int minutes, String customer, String note, LineRequest... lines) {
        return orders.place(cashier, new NewOrder(storeId, Channel.PHONE, Fulfilment.TAKEAWAY, null, customer, null,
                promised(minutes), note, List.of(lines), null));
    }

    /** {@code quantity} of a product size as the menu lists it. */
    public LineRequest line(String product, String size, int quantity) {
        return LineRequest.of(fx.productSizeId(product, size), quantity);
    }

    /** {@code quantity} half-and-half pizzas of one size: half {@code first}, half {@code second} (product codes). */
    public LineRequest halfAndHalf(String first, String second, String size, int quantity) {
        return LineRequest.halfAndHalf(fx.productSizeId(first, size), fx.productSizeId(second, size), quantity);
    }

    /** A line with extras and removals (ingredient codes) and a note. */
    public LineRequest line(String product, String size, int quantity, Set<String> added, Set<String> removed, String note) {
        return new LineRequest(fx.productSizeId(product, size), quantity, ids(added), ids(removed), note);
    }

    /**
     * {@code count} open online orders of {@code quantity} × Margherita M, promised a minute apart
     * from {@code firstInMinutes}, written straight into the order tables in one statement: a
     * load for the screens, with no stock movement and no event (the live feed's watchdog sees
     * them as changes without events and reloads). Returns their ids, soonest promise first.
     */
    public List<Long> bulkOpenOrders(int count, int firstInMinutes, int quantity) {
        fx.execute("WITH o AS (INSERT INTO customer_order (store_id, channel, fulfilment, status, promised_at,"
                + " total_cents, vat_cents)"
                + " SELECT ?, 'ONLINE', 'TAKEAWAY', 'RECEIVED', now() + make_interval(mins => ? + g), 0, 0"
                + " FROM generate_series(0, ? - 1) AS g RETURNING id)"
                + " INSERT INTO order_line (order_id, line_no, product_size_id, product_name, size_code, quantity,"
                + " unit_price_cents, vat_rate, line_total_cents, note)"
                + " SELECT o.id, 1, ps.id, p.name, ps.size_code, ?, 0, p.vat_rate, 0, 'load test' FROM o"
                + " CROSS JOIN product_size ps JOIN product p ON p.id = ps.product_id"
                + " WHERE p.code = 'margherita' AND ps.size_code = 'M'",
                storeId, firstInMinutes, count, quantity);
        return fx.ids("SELECT o.id FROM customer_order o JOIN order_line l ON l.order_id = o.id"
                + " WHERE o.store_id = ? AND l.note = 'load test' ORDER BY o.promised_at, o.id", storeId);
    }

    /** Makes an order look received {@code minutes} ago (its age on the board). */
    public void receivedMinutesAgo(long orderId, int minutes) {
        fx.execute("UPDATE customer_order SET received_at = now() - make_interval(mins => ?) WHERE id = ?", minutes, orderId);
    }

    public StaffPrincipal cashier() {
        return cashier;
    }

    private Set<Integer> ids(Set<String> codes) {
        return codes.stream().map(fx::ingredientId).collect(java.util.stream.Collectors.toSet());
    }

    private static Instant promised(int minutes) {
        return Instant.now().plus(Duration.ofMinutes(minutes));
    }
}
