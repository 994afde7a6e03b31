package fr.ocpizza.pos.persistence;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.stock.StockLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Reads the menu and the stock as domain records, in the caller's transaction. Every call reads
 * the database, so a menu change made in the back office counts at the next order, on every
 * terminal, without a restart.
 */
public final class CatalogQueries {

    private CatalogQueries() {
    }

    /** The whole menu (a few hundred rows: cheaper than guessing what is needed). */
    public static Menu menu(Session session) {
        return new Menu(productSizes(session, null), ingredients(session), extras(session));
    }

    /** The menu restricted to the given product sizes, with every ingredient and extra. */
    public static Menu menuFor(Session session, Collection<Integer> productSizeIds) {
        return new Menu(productSizes(session, productSizeIds.stream().distinct().toArray(Integer[]::new)),
                ingredients(session), extras(session));
    }

    private static List<ProductSize> productSizes(Session session, Integer[] onlyIds) {
        String filter = onlyIds == null ? "" : " WHERE ps.id = ANY(:ids)";
        var recipeQuery = session.createNativeQuery(
                "SELECT ri.product_size_id, ri.ingredient_id, ri.quantity FROM recipe_item ri"
                        + (onlyIds == null ? "" : " WHERE ri.product_size_id = ANY(:ids)"), Object[].class);
        var sizeQuery = session.createNativeQuery(
                "SELECT ps.id, p.id, p.code, p.name, p.category, ps.size_code, ps.price_cents, p.vat_rate, p.available"
                        + " FROM product_size ps JOIN product p ON p.id = ps.product_id" + filter
                        + " ORDER BY p.sort_order, p.name, ps.id", Object[].class);
        if (onlyIds != null) {
            recipeQuery.setParameter("ids", onlyIds);
            sizeQuery.setParameter("ids", onlyIds);
        }
        Map<Integer, Map<Integer, BigDecimal>> recipes = new HashMap<>();
        for (Object[] row : recipeQuery.getResultList()) {
            recipes.computeIfAbsent(((Number) row[0]).intValue(), id -> new HashMap<>())
                    .put(((Number) row[1]).intValue(), (BigDecimal) row[2]);
        }
        List<ProductSize> sizes = new ArrayList<>();
        for (Object[] row : sizeQuery.getResultList()) {
            int id = ((Number) row[0]).intValue();
            sizes.add(new ProductSize(id, ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                    ProductCategory.valueOf((String) row[4]), (String) row[5], Money.ofCents(((Number) row[6]).longValue()),
                    (BigDecimal) row[7], (Boolean) row[8], recipes.getOrDefault(id, Map.of())));
        }
        return sizes;
    }

    public static List<Ingredient> ingredients(Session session) {
        return session.createNativeQuery("SELECT id, code, name, unit FROM ingredient ORDER BY name", Object[].class)
                .getResultList().stream()
                .map(row -> new Ingredient(((Number) row[0]).intValue(), (String) row[1], (String) row[2],
                        Unit.fromSymbol((String) row[3])))
                .toList();
    }

    private static List<ExtraTopping> extras(Session session) {
        return session.createNativeQuery("SELECT ingredient_id, size_code, quantity, price_cents FROM extra_topping",
                        Object[].class)
                .getResultList().stream()
                .map(row -> new ExtraTopping(((Number) row[0]).intValue(), (String) row[1], (BigDecimal) row[2],
                        Money.ofCents(((Number) row[3]).longValue())))
                .toList();
    }

    /** Every ingredient's stock in a store, by ingredient name. */
    public static List<StockLevel> stock(Session session, int storeId) {
        return session.createNativeQuery(
                        "SELECT s.store_id, i.id, i.code, i.name, i.unit, s.quantity, s.low_threshold"
                                + " FROM stock s JOIN ingredient i ON i.id = s.ingredient_id"
                                + " WHERE s.store_id = :store ORDER BY i.name", Object[].class)
                .setParameter("store", storeId)
                .getResultList().stream()
                .map(row -> new StockLevel(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), (String) row[2],
                        (String) row[3], Unit.fromSymbol((String) row[4]), (BigDecimal) row[5], (BigDecimal) row[6]))
                .toList();
    }

    /** Whether the store exists and takes orders ({@code store.active}); empty when it does not exist. */
    public static java.util.Optional<Boolean> storeActive(Session session, int storeId) {
        return session.createNativeQuery("SELECT active FROM store WHERE id = :id", Boolean.class)
                .setParameter("id", storeId).getResultList().stream().findFirst();
    }
}
