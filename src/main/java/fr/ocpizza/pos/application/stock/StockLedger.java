package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.application.Outbox;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.stock.ShortStockException;
import fr.ocpizza.pos.persistence.entity.StockMovementEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Moves stock in the caller's transaction: each change is one conditional UPDATE of the stock
 * row (so two terminals never drive it below zero, and never lose each other's change) and one
 * ledger row. Rows are touched in ingredient-id order so concurrent orders cannot deadlock.
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
     */
    public void apply(Map<Integer, BigDecimal> deltas, Map<Integer, List<String>> productLabels, Menu menu,
                      StockMovementEntity.Kind kind, Long orderId, Long staffId, String reason) {
        for (Map.Entry<Integer, BigDecimal> entry : new TreeMap<>(deltas).entrySet()) {
            BigDecimal delta = entry.getValue();
            if (delta.signum() == 0) {
                continue;
            }
            int ingredientId = entry.getKey();
            Object[] after = session.createNativeQuery(
                            "UPDATE stock SET quantity = quantity + :delta, version = version + 1, updated_at = :at"
                                    + " WHERE store_id = :store AND ingredient_id = :ingredient AND quantity + :delta >= 0"
                                    + " RETURNING quantity, low_threshold", Object[].class)
                    .setParameter("delta", delta)
                    .setParameter("at", at)
                    .setParameter("store", storeId)
                    .setParameter("ingredient", ingredientId)
                    .getResultList().stream().findFirst().orElse(null);
            if (after == null) {
                Ingredient ingredient = menu.ingredient(ingredientId);
                throw new ShortStockException(ingredient.name(), ingredient.unit().symbol(),
                        String.join(", ", productLabels.getOrDefault(ingredientId, List.of())), delta.negate(),
                        currentQuantity(ingredientId));
            }
            StockMovementEntity movement = new StockMovementEntity();
            movement.storeId = storeId;
            movement.ingredientId = ingredientId;
            movement.kind = kind;
            movement.quantityDelta = delta;
            movement.quantityAfter = (BigDecimal) after[0];
            movement.orderId = orderId;
            movement.staffId = staffId;
            movement.reason = reason;
            movement.createdAt = at;
            session.persist(movement);
            changes.add(new Change(ingredientId, delta, (BigDecimal) after[0], (BigDecimal) after[1]));
        }
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
        Outbox.write(session, Outbox.STOCK, "STOCK_CHANGED", storeId, null, at, payload -> {
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
                Outbox.write(session, Outbox.STOCK, "STOCK_LOW", storeId, null, at, payload -> payload
                        .put("ingredientId", ingredient.id())
                        .put("ingredientCode", ingredient.code())
                        .put("ingredientName", ingredient.name())
                        .put("unit", ingredient.unit().symbol())
                        .put("quantity", change.quantityAfter())
                        .put("lowThreshold", change.threshold()));
            }
        }
    }

    private BigDecimal currentQuantity(int ingredientId) {
        return session.createNativeQuery(
                        "SELECT quantity FROM stock WHERE store_id = :store AND ingredient_id = :ingredient", BigDecimal.class)
                .setParameter("store", storeId)
                .setParameter("ingredient", ingredientId)
                .getResultList().stream().findFirst().orElse(BigDecimal.ZERO);
    }
}
