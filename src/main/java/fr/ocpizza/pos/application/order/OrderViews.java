package fr.ocpizza.pos.application.order;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.persistence.CatalogQueries;
import fr.ocpizza.pos.persistence.entity.OrderEntity;
import fr.ocpizza.pos.persistence.entity.OrderLineEntity;
import fr.ocpizza.pos.persistence.entity.PaymentEntity;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Turns order entities into immutable {@link OrderView}s, loading lines and payments in bulk. */
final class OrderViews {

    /**
     * The view of an order just placed, from what the transaction already holds: no read-back
     * while the store's stock rows are still locked.
     */
    OrderView placed(OrderEntity order, Menu menu, List<PaymentEntity> payments) {
        return view(order, order.lines, payments, id -> menu.ingredient(id).name());
    }

    OrderView of(Session session, OrderEntity order) {
        return of(session, List.of(order)).get(0);
    }

    List<OrderView> of(Session session, List<OrderEntity> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<Long> ids = orders.stream().map(o -> o.id).toList();
        Map<Integer, String> ingredientNames = CatalogQueries.ingredients(session).stream()
                .collect(Collectors.toMap(Ingredient::id, Ingredient::name));
        Map<Long, List<PaymentEntity>> payments = session.createSelectionQuery(
                        "from PaymentEntity p where p.orderId in :ids order by p.id", PaymentEntity.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(Collectors.groupingBy(p -> p.orderId));
        // One query for the lines of every order (toppings follow in batches: default_batch_fetch_size).
        Map<Long, List<OrderLineEntity>> lines = session.createSelectionQuery(
                        "select l.order.id, l from OrderLineEntity l where l.order.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (OrderLineEntity) row[1], Collectors.toList())));
        return orders.stream().map(order -> view(order, lines.getOrDefault(order.id, List.of()),
                payments.getOrDefault(order.id, List.of()), ingredientNames::get)).toList();
    }

    private static OrderView view(OrderEntity order, List<OrderLineEntity> lines, List<PaymentEntity> payments,
                                  Function<Integer, String> ingredientName) {
        return new OrderView(order.id, order.storeId, order.businessDate, order.ticketNumber,
                order.channel, order.fulfilment, order.status, order.customerId, order.customerName,
                order.deliveryAddressId, order.promisedAt, order.note, Money.ofCents(order.totalCents),
                Money.ofCents(order.vatCents), order.version, order.receivedAt,
                lines.stream().sorted(Comparator.comparingInt(l -> l.lineNo)).map(line -> line(line, ingredientName)).toList(),
                payments.stream().map(OrderViews::payment).toList());
    }

    private static OrderView.Line line(OrderLineEntity line, Function<Integer, String> ingredientName) {
        return new OrderView.Line(line.lineNo, line.productSizeId, line.productName, line.sizeCode, line.quantity,
                Money.ofCents(line.unitPriceCents), Money.ofCents(line.lineTotalCents), line.vatRate,
                line.toppings.stream()
                        .map(t -> new ToppingChange(t.ingredientId, ingredientName.apply(t.ingredientId), t.change,
                                Money.ofCents(t.priceCents)))
                        .toList(),
                line.note, line.secondHalfProductSizeId, line.secondHalfName);
    }

    private static OrderView.Payment payment(PaymentEntity p) {
        return new OrderView.Payment(p.method, p.status, Money.ofCents(p.amountCents),
                p.tenderedCents == null ? null : Money.ofCents(p.tenderedCents),
                p.changeCents == null ? null : Money.ofCents(p.changeCents));
    }
}
