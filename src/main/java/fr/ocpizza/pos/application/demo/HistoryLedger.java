package fr.ocpizza.pos.application.demo;

import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.StockRequirement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stock ledger of one store's history: what each order took (and what a cancellation gave
 * back), and the supplier's deliveries that kept the shelves full.
 *
 * <p>The history must not drain today's stock: the store's current quantity {@code Q} (the
 * demo's opening stock) is where every ingredient starts and ends. Fresh goods (g, ml) come
 * every morning at 10:00, bottles, cans and desserts (pieces) once a week; each delivery brings
 * what the day (the week) will use, so that the balance comes back to {@code Q} at its end and
 * never goes under zero on the way. {@code quantity_after} is the running balance in time order,
 * which is also the rows' id order, so that {@code stock.quantity} stays the sum of the ledger.
 */
final class HistoryLedger {

    /** One ledger row. */
    record Movement(Instant at, int ingredientId, MovementKind kind, BigDecimal delta, BigDecimal after, Long orderId,
                    Long staffId, String reason, String reference) {
    }

    private static final DateTimeFormatter NOTE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final String storeCode;
    private final ZoneId zone;
    private final Long manager;
    private final List<Movement> movements = new ArrayList<>();
    private final Map<Integer, BigDecimal> finalQuantities = new TreeMap<>();

    private HistoryLedger(String storeCode, ZoneId zone, Long manager) {
        this.storeCode = storeCode;
        this.zone = zone;
        this.manager = manager;
    }

    /** An order-related change before deliveries are known. */
    private record Change(Instant at, MovementKind kind, BigDecimal delta, Long orderId, Long staffId, String reason) {
    }

    /**
     * @param current today's quantity per ingredient (the store's stock rows)
     * @param units   each ingredient's unit
     * @param days    the history's days, oldest first
     */
    static HistoryLedger of(String storeCode, ZoneId zone, Long manager, Map<Integer, BigDecimal> current,
                            Map<Integer, Unit> units, List<LocalDate> days, List<PlannedOrder> orders) {
        HistoryLedger ledger = new HistoryLedger(storeCode, zone, manager);
        Map<Integer, List<Change>> changes = new TreeMap<>();
        for (PlannedOrder order : orders) {
            for (StockRequirement need : order.needs()) {
                changes.computeIfAbsent(need.ingredientId(), id -> new ArrayList<>()).add(new Change(order.receivedAt(),
                        MovementKind.ORDER_CONSUMPTION, need.quantity().negate(), order.id(), order.createdBy(), null));
                if (order.cancelled()) {
                    PlannedOrder.Step cancel = order.steps().get(order.steps().size() - 1);
                    changes.get(need.ingredientId()).add(new Change(cancel.at(), MovementKind.ORDER_CANCELLATION,
                            need.quantity(), order.id(), cancel.staffId(), order.cancelReason()));
                }
            }
        }
        for (Map.Entry<Integer, BigDecimal> stock : current.entrySet()) {
            List<Change> ofIngredient = changes.getOrDefault(stock.getKey(), List.of());
            int blockDays = units.get(stock.getKey()) == Unit.PIECE ? 7 : 1;
            ledger.replay(stock.getKey(), stock.getValue(), ofIngredient, days, blockDays);
        }
        ledger.movements.sort(Comparator.comparing(Movement::at).thenComparing(Movement::ingredientId));
        return ledger;
    }

    /** Every row, oldest first. */
    List<Movement> movements() {
        return movements;
    }

    /** Where each ingredient ends: today's quantity, unless a block could not end there (then the stock row follows). */
    Map<Integer, BigDecimal> finalQuantities() {
        return finalQuantities;
    }

    private void replay(int ingredientId, BigDecimal opening, List<Change> changes, List<LocalDate> days, int blockDays) {
        List<Change> sorted = changes.stream().sorted(Comparator.comparing(Change::at)).toList();
        BigDecimal balance = opening;
        int next = 0;
        for (int first = 0; first < days.size(); first += blockDays) {
            LocalDate start = days.get(first);
            Instant deliveredAt = start.atTime(10, 0).atZone(zone).toInstant();
            Instant end = days.get(Math.min(first + blockDays, days.size()) - 1).plusDays(1).atStartOfDay(zone).toInstant();
            List<Change> block = new ArrayList<>();
            while (next < sorted.size() && sorted.get(next).at().isBefore(end)) {
                block.add(sorted.get(next++));
            }
            // Net use of the block, and the deepest it goes on the way (a cancellation gives back later).
            BigDecimal used = BigDecimal.ZERO;
            BigDecimal deepest = BigDecimal.ZERO;
            for (Change change : block) {
                used = used.subtract(change.delta());
                deepest = deepest.max(used);
            }
            BigDecimal delivery = used.add(opening).subtract(balance).max(deepest.subtract(balance)).max(BigDecimal.ZERO);
            if (delivery.signum() > 0) {
                balance = balance.add(delivery);
                movements.add(new Movement(deliveredAt, ingredientId, MovementKind.DELIVERY, delivery, balance, null, manager,
                        null, "BL-" + storeCode + "-" + NOTE_DAY.format(start)));
            }
            for (Change change : block) {
                balance = balance.add(change.delta());
                movements.add(new Movement(change.at(), ingredientId, change.kind(), change.delta(), balance, change.orderId(),
                        change.staffId(), change.reason(), null));
            }
        }
        finalQuantities.put(ingredientId, balance);
    }
}
