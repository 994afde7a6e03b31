package fr.ocpizza.pos.application.order;

import fr.ocpizza.pos.application.Audit;
import fr.ocpizza.pos.application.Outbox;
import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.application.StaffIds;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.stock.StockLedger;
import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderLockedException;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PricedLine;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.StockRequirement;
import fr.ocpizza.pos.persistence.CatalogQueries;
import fr.ocpizza.pos.persistence.entity.OrderEntity;
import fr.ocpizza.pos.persistence.entity.OrderLineEntity;
import fr.ocpizza.pos.persistence.entity.OrderLineTopping;
import fr.ocpizza.pos.persistence.entity.OrderStatusChangeEntity;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;

/**
 * The order use cases: price, place, modify, cancel, and move through the life cycle. Each
 * method is one transaction that checks the caller's permission first; on any refusal nothing
 * is written.
 */
public final class OrderService {

    /** A promise this far in the past is a typing error, not an order. */
    private static final Duration PROMISE_TOLERANCE = Duration.ofMinutes(5);
    /** Orders done with: the board keeps them for their own business day only. */
    private static final List<OrderStatus> CLOSED = Arrays.stream(OrderStatus.values()).filter(OrderStatus::isFinal).toList();

    private final SessionFactory sessions;
    private final Clock clock;
    private final OrderViews views = new OrderViews();

    public OrderService(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Prices a basket without writing anything (the counter's running total). */
    public PricedOrder quote(StaffPrincipal caller, int storeId, List<LineRequest> lines) {
        Permissions.PLACE_ORDER.check(caller, storeId);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return OrderPricing.price(CatalogQueries.menuFor(session, productSizeIds(lines)), lines);
        });
    }

    /**
     * Places an order in one transaction: the order and its lines, the stock its recipes consume
     * with their ledger rows, the payment, the status history and the outbox events.
     */
    public OrderView place(StaffPrincipal caller, NewOrder request) {
        Permissions.PLACE_ORDER.check(caller, request.storeId());
        Instant now = clock.instant();
        validate(request, now);
        return sessions.fromTransaction(session -> {
            boolean active = CatalogQueries.storeActive(session, request.storeId())
                    .orElseThrow(() -> new NotFoundException("Store", request.storeId()));
            if (!active) {
                throw new ValidationException("error.store.closed", "Store " + request.storeId()
                        + " is marked inactive: it takes no orders. A manager can reactivate it.", request.storeId());
            }
            Menu menu = CatalogQueries.menuFor(session, productSizeIds(request.lines()));
            PricedOrder priced = OrderPricing.price(menu, request.lines());
            Long staffId = StaffIds.of(caller);

            OrderEntity order = new OrderEntity();
            order.storeId = request.storeId();
            order.channel = request.channel();
            order.fulfilment = request.fulfilment();
            order.customerId = request.customerId();
            order.customerName = blankToNull(request.customerName());
            order.deliveryAddressId = request.deliveryAddressId();
            order.promisedAt = request.promisedAt();
            order.note = blankToNull(request.note());
            order.createdBy = staffId;
            order.moveTo(OrderStatus.RECEIVED, now, staffId);
            setLines(order, priced);
            session.persist(order);
            session.flush();

            StockLedger ledger = new StockLedger(session, request.storeId(), now);
            List<StockRequirement> needs = StockRequirement.of(menu, priced);
            ledger.apply(negated(needs), labels(needs), menu, MovementKind.ORDER_CONSUMPTION, order.id, staffId, null);

            if (request.payment() != null) {
                Payments.record(session, order, request.payment(), staffId, now);
            }
            session.persist(new OrderStatusChangeEntity(order.id, null, OrderStatus.RECEIVED, staffId, now));
            session.flush();
            Outbox.orderEvent(session, EventType.ORDER_PLACED, order, now);
            ledger.publishEvents(menu);
            return views.placed(order, menu, request.payment() == null ? List.of() : Payments.of(session, order.id));
        });
    }

    /**
     * Replaces the lines of a RECEIVED order. The stock follows: only the difference between the
     * old and the new consumption moves, as ORDER_MODIFICATION ledger rows. {@code expectedVersion}
     * is the version the cashier saw; if the order changed since, nothing is written: refused with
     * an {@link OrderLockedException} when it moved past RECEIVED (the kitchen started it, another
     * terminal cancelled it: trying again cannot help), with a {@link ConcurrentChangeException}
     * when it is still RECEIVED but was modified elsewhere (reload and try again).
     */
    public OrderView modify(StaffPrincipal caller, long orderId, long expectedVersion, List<LineRequest> lines) {
        return onOrder(orderId, true, (session, order) -> {
            Permissions.MODIFY_ORDER.check(caller, order.storeId);
            checkStillReceived(order);
            if (order.version != expectedVersion) {
                throw new ConcurrentChangeException("Order", order.ticketNumber);
            }
            Instant now = clock.instant();
            Menu menu = CatalogQueries.menuFor(session, productSizeIds(lines));
            PricedOrder priced = OrderPricing.price(menu, lines);
            StockLedger ledger = new StockLedger(session, order.storeId, now);
            List<StockRequirement> needs = StockRequirement.of(menu, priced);
            Map<Integer, BigDecimal> deltas = new TreeMap<>();
            ledger.consumedBy(order.id).forEach((ingredient, consumed) -> deltas.merge(ingredient, consumed, BigDecimal::add));
            negated(needs).forEach((ingredient, delta) -> deltas.merge(ingredient, delta, BigDecimal::add));
            ledger.apply(deltas, labels(needs), menu, MovementKind.ORDER_MODIFICATION, order.id,
                    StaffIds.of(caller), null);
            order.lines.clear();
            session.flush();
            setLines(order, priced);
            order.updatedAt = now;
            order.updatedBy = StaffIds.of(caller);
            session.flush();
            Payments.followNewTotal(session, order, now);
            Outbox.orderEvent(session, EventType.ORDER_UPDATED, order, now);
            ledger.publishEvents(menu);
            return views.of(session, order);
        });
    }

    /**
     * Cancels a RECEIVED order and gives its stock back through ORDER_CANCELLATION ledger rows;
     * refused with an {@link OrderLockedException} once it moved past RECEIVED.
     */
    public OrderView cancel(StaffPrincipal caller, long orderId, String reason) {
        return onOrder(orderId, true, (session, order) -> {
            Permissions.CANCEL_ORDER.check(caller, order.storeId);
            checkStillReceived(order);
            order.status.checkTransition(order.id, OrderStatus.CANCELLED, order.fulfilment);
            Instant now = clock.instant();
            Long staffId = StaffIds.of(caller);
            StockLedger ledger = new StockLedger(session, order.storeId, now);
            Map<Integer, BigDecimal> restore = ledger.consumedBy(order.id);
            Menu menu = CatalogQueries.menuFor(session, List.of());
            ledger.apply(restore, Map.of(), menu, MovementKind.ORDER_CANCELLATION, order.id, staffId, reason);
            OrderStatus from = order.status;
            order.moveTo(OrderStatus.CANCELLED, now, staffId);
            order.cancelReason = blankToNull(reason);
            Payments.cancelPending(session, order.id, now);
            session.persist(new OrderStatusChangeEntity(order.id, from, OrderStatus.CANCELLED, staffId, now));
            Audit.record(session, caller, order.storeId, Audit.ORDER_CANCELLED, "customer_order", order.id,
                    reason == null ? Map.of() : Map.of("reason", reason), now);
            session.flush();
            Outbox.orderEvent(session, EventType.ORDER_CANCELLED, order, now);
            ledger.publishEvents(menu);
            return views.of(session, order);
        });
    }

    /**
     * Moves an order one step along its life cycle: the kitchen starts and bumps it, the counter
     * hands it over, the rider takes it out and delivers it. Cancelling goes through {@link #cancel}.
     */
    public OrderView changeStatus(StaffPrincipal caller, long orderId, OrderStatus target) {
        if (target == OrderStatus.CANCELLED) {
            return cancel(caller, orderId, null);
        }
        return onOrder(orderId, false, (session, order) -> {
            permissionFor(target).check(caller, order.storeId);
            order.status.checkTransition(order.id, target, order.fulfilment);
            Instant now = clock.instant();
            OrderStatus from = order.status;
            order.moveTo(target, now, StaffIds.of(caller));
            session.persist(new OrderStatusChangeEntity(order.id, from, target, StaffIds.of(caller), now));
            session.flush();
            Outbox.orderEvent(session, EventType.ORDER_STATUS_CHANGED, order, now);
            return views.of(session, order);
        });
    }

    public OrderView find(StaffPrincipal caller, long orderId) {
        return sessions.fromTransaction(session -> {
            OrderEntity order = session.find(OrderEntity.class, orderId);
            if (order == null) {
                throw new NotFoundException("Order", orderId);
            }
            Permissions.VIEW_ORDERS.check(caller, order.storeId);
            return views.of(session, order);
        });
    }

    /** Orders of a store received in [from, to), oldest first (exports, reports). */
    public List<OrderView> receivedBetween(StaffPrincipal caller, int storeId, Instant from, Instant to) {
        Permissions.VIEW_ORDERS.check(caller, storeId);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            List<OrderEntity> orders = session.createSelectionQuery(
                            "from OrderEntity o where o.storeId = :store and o.receivedAt >= :from and o.receivedAt < :to"
                                    + " order by o.receivedAt, o.id", OrderEntity.class)
                    .setParameter("store", storeId)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getResultList();
            return views.of(session, orders);
        });
    }

    /**
     * The counter's board of a store: every order of its current business day (the day in the
     * store's time zone, as the database trigger dates orders), whatever its status, and the
     * orders of earlier days still open (not delivered, picked up or cancelled). Oldest first.
     */
    public List<OrderView> boardOf(StaffPrincipal caller, int storeId) {
        Permissions.VIEW_ORDERS.check(caller, storeId);
        Instant now = clock.instant();
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            LocalDate today = session.createNativeQuery(
                            "SELECT CAST((CAST(:now AS timestamptz) AT TIME ZONE time_zone) AS date) FROM store WHERE id = :store",
                            LocalDate.class)
                    .setParameter("now", now)
                    .setParameter("store", storeId)
                    .getResultList().stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("Store", storeId));
            List<OrderEntity> orders = session.createSelectionQuery(
                            "from OrderEntity o where o.storeId = :store"
                                    + " and (o.businessDate = :today or o.status not in :closed)"
                                    + " order by o.receivedAt, o.id", OrderEntity.class)
                    .setParameter("store", storeId)
                    .setParameter("today", today)
                    .setParameter("closed", CLOSED)
                    .getResultList();
            return views.of(session, orders);
        });
    }

    private static Permissions permissionFor(OrderStatus target) {
        return switch (target) {
            case IN_PREPARATION, READY -> Permissions.PREPARE_ORDER;
            case PICKED_UP -> Permissions.HAND_OVER_ORDER;
            case OUT_FOR_DELIVERY, DELIVERED -> Permissions.DELIVER_ORDER;
            case RECEIVED, CANCELLED -> throw new IllegalArgumentException("No direct move to " + target);
        };
    }

    /**
     * Runs work on one order, turning a concurrent change by another terminal into a clear refusal.
     * {@code whileReceived}: the work is a modification or a cancellation, allowed only while the
     * order is RECEIVED; if another transaction (the kitchen starting it) won the race at commit,
     * the refusal says that the order moved on rather than "reload and try again".
     */
    private OrderView onOrder(long orderId, boolean whileReceived, OrderWork work) {
        try {
            return sessions.fromTransaction(session -> {
                OrderEntity order = session.find(OrderEntity.class, orderId);
                if (order == null) {
                    throw new NotFoundException("Order", orderId);
                }
                return work.apply(session, order);
            });
        } catch (OptimisticLockException | StaleStateException e) {
            OrderEntity now = sessions.fromTransaction(session -> session.find(OrderEntity.class, orderId));
            if (whileReceived && now != null && !now.status.isModifiable()) {
                throw OrderLockedException.of(now.ticketNumber, now.status);
            }
            // The ticket number is what people know; the id only if the order is gone.
            throw new ConcurrentChangeException("Order", now == null ? orderId : now.ticketNumber);
        }
    }

    /** Modify and cancel: only while RECEIVED; past it, trying again cannot help. */
    private static void checkStillReceived(OrderEntity order) {
        if (!order.status.isModifiable()) {
            throw OrderLockedException.of(order.ticketNumber, order.status);
        }
    }

    @FunctionalInterface
    private interface OrderWork {
        OrderView apply(Session session, OrderEntity order);
    }

    private void validate(NewOrder request, Instant now) {
        if (request.fulfilment() == Fulfilment.DELIVERY
                && (request.customerId() == null || request.deliveryAddressId() == null)) {
            throw new ValidationException("error.delivery.address",
                    "A delivery needs a customer and a delivery address: pick or create them first.");
        }
        if (request.promisedAt().isBefore(now.minus(PROMISE_TOLERANCE))) {
            throw new ValidationException("error.promise.past",
                    "The promised time " + request.promisedAt() + " is already past: choose a later time.",
                    request.promisedAt());
        }
    }

    private static void setLines(OrderEntity order, PricedOrder priced) {
        for (PricedLine line : priced.lines()) {
            OrderLineEntity entity = new OrderLineEntity();
            entity.order = order;
            entity.lineNo = line.lineNo();
            entity.productSizeId = line.productSize().id();
            entity.productName = line.productSize().productName();
            entity.sizeCode = line.productSize().sizeCode();
            entity.quantity = line.quantity();
            entity.unitPriceCents = toCents(line.unitPrice());
            entity.lineTotalCents = toCents(line.lineTotal());
            entity.vatRate = line.productSize().vatRate();
            entity.note = line.note();
            if (line.isHalfAndHalf()) {
                entity.secondHalfProductSizeId = line.secondHalf().id();
                entity.secondHalfName = line.secondHalf().productName();
            }
            line.toppings().forEach(t -> entity.toppings.add(
                    new OrderLineTopping(t.ingredientId(), t.kind(), toCents(t.price()))));
            order.lines.add(entity);
        }
        order.totalCents = toCents(priced.total());
        order.vatCents = toCents(priced.vatTotal());
    }

    static int toCents(Money money) {
        return Math.toIntExact(money.cents());
    }

    /** Every product size the lines name, second halves included: the menu the pricing needs. */
    private static List<Integer> productSizeIds(List<LineRequest> lines) {
        return lines.stream()
                .flatMap(line -> line.isHalfAndHalf()
                        ? Stream.of(line.productSizeId(), line.secondHalfProductSizeId())
                        : Stream.of(line.productSizeId()))
                .toList();
    }

    private static Map<Integer, BigDecimal> negated(List<StockRequirement> needs) {
        Map<Integer, BigDecimal> deltas = new TreeMap<>();
        needs.forEach(need -> deltas.put(need.ingredientId(), need.quantity().negate()));
        return deltas;
    }

    private static Map<Integer, List<String>> labels(List<StockRequirement> needs) {
        Map<Integer, List<String>> labels = new HashMap<>();
        needs.forEach(need -> labels.put(need.ingredientId(), need.productLabels()));
        return labels;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
