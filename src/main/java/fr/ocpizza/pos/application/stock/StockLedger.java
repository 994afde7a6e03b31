package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.application.Outbox;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.ShortStockException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Moves stock in the caller's transaction: the stock rows are locked, checked, updated and
 * given one ledger row each, so two terminals never drive a stock below zero nor lose each
 * other's change. Rows are locked in ingredient-id order so concurrent orders cannot deadlock.
 */
public final class StockLedger {

    private final Session session;
    private final int storeId;
    private final Instant at;
    private final List<Change> changes = new ArrayList<>();

    /** A stock row after a change, with its threshold: what the stock events report. */
    private record Change(int ingredientId, BigDecimal delta, BigDecimal quantityAfter, BigDecimal threshold) {
    }

    public StockLedger(Session session, int storeId, Instant at) {
        this.session = session;
        this.storeId = storeId;
        this.at = at;
    }

    /**
     * Applies signed deltas (negative: taken from stock) for an order. A delta that would leave
     * less than zero throws {@link ShortStockException}, naming the ingredient and the products;
     * the caller's transaction then rolls back and nothing is written.
     * <p>
     * Two round trips whatever the number of ingredients: the rows are locked in ingredient
     * order and checked, then updated with their ledger rows in one statement.
     */
    public void apply(Map<Integer, BigDecimal> deltas, Map<Integer, List<String>> productLabels, Menu menu,
                      MovementKind kind, Long orderId, Long staffId, String reason) {
        apply(deltas, productLabels, menu, kind, orderId, staffId, reason, null);
    }

    /**
     * As {@link #apply(Map, Map, Menu, MovementKind, Long, Long, String)}, with an external
     * reference on every ledger row (a supplier's delivery note).
     */
    public void apply(Map<Integer, BigDecimal> deltas, Map<Integer, List<String>> productLabels, Menu menu,
                      MovementKind kind, Long orderId, Long staffId, String reason, String reference) {
        Map<Integer, BigDecimal> moves = new TreeMap<>();
        deltas.forEach((ingredientId, delta) -> {
            if (delta.signum() != 0) {
                moves.put(ingredientId, delta);
            }
        });
        if (moves.isEmpty()) {
            return;
        }
        Integer[] ids = moves.keySet().toArray(Integer[]::new);
        Map<Integer, Object[]> locked = lock(moves.keySet());
        for (Map.Entry<Integer, BigDecimal> move : moves.entrySet()) {
            Object[] row = locked.get(move.getKey());
            BigDecimal available = row == null ? BigDecimal.ZERO : (BigDecimal) row[1];
            if (row == null || available.add(move.getValue()).signum() < 0) {
                Ingredient ingredient = menu.ingredient(move.getKey());
                throw new ShortStockException(ingredient.name(), ingredient.unit().symbol(),
                        String.join(", ", productLabels.getOrDefault(move.getKey(), List.of())), move.getValue().negate(),
                        available);
            }
        }
        session.createNativeQuery("WITH moved AS ("
                        + "  UPDATE stock s SET quantity = s.quantity + m.delta, version = s.version + 1, updated_at = :at"
                        + "  FROM unnest(CAST(:ids AS integer[]), CAST(:deltas AS numeric[])) AS m(ingredient_id, delta)"
                        + "  WHERE s.store_id = :store AND s.ingredient_id = m.ingredient_id"
                        + "  RETURNING s.ingredient_id, m.delta, s.quantity)"
                        + " INSERT INTO stock_movement (store_id, ingredient_id, kind, quantity_delta, quantity_after,"
                        + "   order_id, staff_id, reason, reference, created_at)"
                        + " SELECT :store, ingredient_id, :kind, delta, quantity, :order, :staff, :reason, :reference, :at"
                        + " FROM moved",
                        Object.class)
                .setParameter("at", at)
                .setParameter("ids", ids)
                .setParameter("deltas", moves.values().toArray(BigDecimal[]::new))
                .setParameter("store", storeId)
                .setParameter("kind", kind.name())
                .setParameter("order", orderId, Long.class)
                .setParameter("staff", staffId, Long.class)
                .setParameter("reason", reason, String.class)
                .setParameter("reference", reference, String.class)
                .executeUpdate();
        moves.forEach((ingredientId, delta) -> {
            Object[] row = locked.get(ingredientId);
            changes.add(new Change(ingredientId, delta, ((BigDecimal) row[1]).add(delta), (BigDecimal) row[2]));
        });
    }

    /**
     * Locks the store's stock rows of these ingredients, in ingredient order (the order
     * {@link #apply} locks them in, so that no two transactions deadlock), and returns their
     * quantities: what a count or a waste is checked against before it moves anything. An
     * ingredient the store does not stock is absent from the map.
     */
    public Map<Integer, BigDecimal> lockQuantities(Collection<Integer> ingredientIds) {
        Map<Integer, BigDecimal> quantities = new TreeMap<>();
        lock(ingredientIds).forEach((id, row) -> quantities.put(id, (BigDecimal) row[1]));
        return quantities;
    }

    private Map<Integer, Object[]> lock(Collection<Integer> ingredientIds) {
        Map<Integer, Object[]> locked = new TreeMap<>();
        if (ingredientIds.isEmpty()) {
            return locked;
        }
        session.createNativeQuery("SELECT ingredient_id, quantity, low_threshold FROM stock"
                        + " WHERE store_id = :store AND ingredient_id = ANY(:ids) ORDER BY ingredient_id FOR UPDATE", Object[].class)
                .setParameter("store", storeId)
                .setParameter("ids", ingredientIds.stream().sorted().toArray(Integer[]::new))
                .getResultList()
                .forEach(row -> locked.put(((Number) row[0]).intValue(), row));
        return locked;
    }

    /** The net quantity each ingredient has given to an order so far (positive: consumed). */
    public Map<Integer, BigDecimal> consumedBy(long orderId) {
        Map<Integer, BigDecimal> consumed = new TreeMap<>();
        session.createNativeQuery("SELECT ingredient_id, -SUM(quantity_delta) FROM stock_movement"
                        + " WHERE order_id = :order GROUP BY ingredient_id", Object[].class)
                .setParameter("order", orderId)
                .getResultList()
                .forEach(row -> consumed.put(((Number) row[0]).intValue(), (BigDecimal) row[1]));
        return consumed;
    }

    /**
     * Writes the stock events of the changes made: one STOCK_CHANGED with the new quantities,
     * and one STOCK_LOW per ingredient that went down to or under its threshold.
     */
    public void publishEvents(Menu menu) {
        if (changes.isEmpty()) {
            return;
        }
        Outbox.write(session, EventType.STOCK_CHANGED, storeId, null, at, payload -> {
            var items = payload.putArray("items");
            for (Change change : changes) {
                items.addObject()
                        .put("ingredientId", change.ingredientId())
                        .put("ingredientCode", menu.ingredient(change.ingredientId()).code())
                        .put("quantity", change.quantityAfter())
                        .put("delta", change.delta());
            }
        });
        for (Change change : changes) {
            BigDecimal before = change.quantityAfter().subtract(change.delta());
            boolean crossedDown = change.delta().signum() < 0
                    && change.quantityAfter().compareTo(change.threshold()) <= 0
                    && before.compareTo(change.threshold()) > 0;
            if (crossedDown) {
                Ingredient ingredient = menu.ingredient(change.ingredientId());
                Outbox.write(session, EventType.STOCK_LOW, storeId, null, at, payload -> payload
                        .put("ingredientId", ingredient.id())
                        .put("ingredientCode", ingredient.code())
                        .put("ingredientName", ingredient.name())
                        .put("unit", ingredient.unit().symbol())
                        .put("quantity", change.quantityAfter())
                        .put("lowThreshold", change.threshold()));
            }
        }
    }
}
