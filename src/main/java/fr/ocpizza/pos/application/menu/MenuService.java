package fr.ocpizza.pos.application.menu;

import fr.ocpizza.pos.application.Audit;
import fr.ocpizza.pos.application.Outbox;
import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.domain.ConcurrentChangeException;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The chain's menu as the back office edits it: products, sizes, prices, VAT, availability,
 * recipes and preparation steps. The menu belongs to the chain (every pizzeria sells the same
 * products at the same prices), so changes are a chain manager's; store managers read it. Each
 * change is one transaction, audited, and announced to every pizzeria with a MENU_CHANGED event
 * so that counters reload their menu at once; orders and kitchens read the menu afresh anyway.
 */
public final class MenuService {

    /** The VAT rates French restaurants sell at (the schema's CHECK lists the same). */
    static final Set<BigDecimal> VAT_RATES = Set.of(new BigDecimal("5.50"), new BigDecimal("10.00"), new BigDecimal("20.00"));
    /** No menu item costs more: a price above is a typing error (cents typed as euros). */
    static final Money MAX_PRICE = Money.ofCents(100_00);
    static final int MAX_STEPS = 20;
    static final int MAX_STEP_LENGTH = 300;

    private final SessionFactory sessions;
    private final Clock clock;

    public MenuService(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Every product, in menu order. */
    public List<MenuProduct> products(StaffPrincipal caller) {
        Permissions.VIEW_MENU.checkRole(caller);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            Map<Integer, List<MenuProduct.Size>> sizes = new TreeMap<>();
            for (Object[] row : session.createNativeQuery(
                    "SELECT product_id, id, size_code, price_cents FROM product_size ORDER BY product_id", Object[].class).getResultList()) {
                sizes.computeIfAbsent(((Number) row[0]).intValue(), id -> new ArrayList<>())
                        .add(new MenuProduct.Size(((Number) row[1]).intValue(), (String) row[2], Money.ofCents(((Number) row[3]).longValue())));
            }
            List<MenuProduct> products = new ArrayList<>();
            for (Object[] row : session.createNativeQuery(
                    "SELECT id, code, name, category, vat_rate, available, version FROM product ORDER BY sort_order, name",
                    Object[].class).getResultList()) {
                int id = ((Number) row[0]).intValue();
                products.add(new MenuProduct(id, (String) row[1], (String) row[2], ProductCategory.valueOf((String) row[3]),
                        (BigDecimal) row[4], (Boolean) row[5], ((Number) row[6]).longValue(),
                        sizes.getOrDefault(id, List.of()).stream()
                                .sorted(Comparator.comparingInt(size -> "SMLU".indexOf(size.sizeCode()))).toList()));
            }
            return products;
        });
    }

    /** Every ingredient the recipes may use, by name. */
    public List<fr.ocpizza.pos.domain.menu.Ingredient> ingredients(StaffPrincipal caller) {
        Permissions.VIEW_MENU.checkRole(caller);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return fr.ocpizza.pos.persistence.CatalogQueries.ingredients(session);
        });
    }

    /** A product's recipe per size and its steps. */
    public MenuRecipe recipe(StaffPrincipal caller, int productId) {
        Permissions.VIEW_MENU.checkRole(caller);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            Object[] product = product(session, productId);
            List<String> sizeCodes = session.createNativeQuery(
                            "SELECT size_code FROM product_size WHERE product_id = :p", String.class)
                    .setParameter("p", productId).getResultList().stream()
                    .sorted(Comparator.comparingInt("SMLU"::indexOf)).toList();
            Map<Integer, Object[]> ingredients = new LinkedHashMap<>();
            Map<Integer, Map<String, BigDecimal>> quantities = new LinkedHashMap<>();
            for (Object[] row : session.createNativeQuery(
                    "SELECT i.id, i.name, i.unit, ps.size_code, ri.quantity FROM recipe_item ri"
                            + " JOIN product_size ps ON ps.id = ri.product_size_id JOIN ingredient i ON i.id = ri.ingredient_id"
                            + " WHERE ps.product_id = :p ORDER BY i.name", Object[].class)
                    .setParameter("p", productId).getResultList()) {
                int ingredientId = ((Number) row[0]).intValue();
                ingredients.putIfAbsent(ingredientId, row);
                quantities.computeIfAbsent(ingredientId, id -> new TreeMap<>()).put((String) row[3], (BigDecimal) row[4]);
            }
            List<MenuRecipe.Line> lines = new ArrayList<>();
            ingredients.forEach((id, row) -> lines.add(new MenuRecipe.Line(id, (String) row[1], Unit.fromSymbol((String) row[2]),
                    quantities.get(id))));
            List<String> steps = session.createNativeQuery(
                            "SELECT instruction FROM recipe_step WHERE product_id = :p ORDER BY step_no", String.class)
                    .setParameter("p", productId).getResultList();
            return new MenuRecipe(productId, (String) product[1], ((Number) product[2]).longValue(), sizeCodes, lines, steps);
        });
    }

    /** Changes prices, VAT rate and availability of a product; price and VAT changes are audited. */
    public MenuProduct updateProduct(StaffPrincipal caller, int productId, long expectedVersion, ProductChange change) {
        requireChainManager(caller);
        if (!VAT_RATES.contains(change.vatRate().setScale(2, java.math.RoundingMode.HALF_UP))) {
            throw new ValidationException("error.menu.vatRate", "A VAT rate of " + change.vatRate().stripTrailingZeros().toPlainString()
                    + " % does not exist for a restaurant: choose 5.5, 10 or 20.", change.vatRate().stripTrailingZeros().toPlainString());
        }
        change.pricesBySizeId().values().forEach(MenuService::checkPrice);
        Instant now = clock.instant();
        sessions.inTransaction(session -> {
            Object[] product = lockVersion(session, productId, expectedVersion);
            Map<String, Object> details = new LinkedHashMap<>();
            BigDecimal oldVat = (BigDecimal) product[3];
            if (oldVat.compareTo(change.vatRate()) != 0) {
                details.put("vatRate", Map.of("from", oldVat.toPlainString(), "to", change.vatRate().toPlainString()));
            }
            if ((Boolean) product[4] != change.available()) {
                details.put("available", change.available());
            }
            for (Map.Entry<Integer, Money> price : change.pricesBySizeId().entrySet()) {
                List<Object[]> size = session.createNativeQuery(
                                "SELECT size_code, price_cents FROM product_size WHERE id = :id AND product_id = :p", Object[].class)
                        .setParameter("id", price.getKey()).setParameter("p", productId).getResultList();
                if (size.isEmpty()) {
                    throw new NotFoundException("Product size", price.getKey());
                }
                long old = ((Number) size.get(0)[1]).longValue();
                if (old != price.getValue().cents()) {
                    details.put("price." + size.get(0)[0], Map.of("from", old, "to", price.getValue().cents()));
                    session.createNativeMutationQuery("UPDATE product_size SET price_cents = :c WHERE id = :id")
                            .setParameter("c", Math.toIntExact(price.getValue().cents())).setParameter("id", price.getKey())
                            .executeUpdate();
                }
            }
            if (details.isEmpty()) {
                return;
            }
            session.createNativeMutationQuery("UPDATE product SET vat_rate = :v, available = :a, version = version + 1 WHERE id = :p")
                    .setParameter("v", change.vatRate().setScale(2, java.math.RoundingMode.HALF_UP))
                    .setParameter("a", change.available()).setParameter("p", productId).executeUpdate();
            Audit.record(session, caller, null, details.keySet().stream().anyMatch(key -> key.startsWith("price") || key.equals("vatRate"))
                    ? "PRICE_CHANGED" : "PRODUCT_CHANGED", "product", productId, details, now);
            announce(session, productId, now);
        });
        return products(caller).stream().filter(p -> p.id() == productId).findFirst().orElseThrow();
    }

    /** Replaces a product's recipe (for the sizes given) and its steps; audited. */
    public MenuRecipe updateRecipe(StaffPrincipal caller, int productId, long expectedVersion, RecipeChange change) {
        requireChainManager(caller);
        if (change.steps().size() > MAX_STEPS || change.steps().stream().anyMatch(step -> step == null || step.isBlank()
                || step.strip().length() > MAX_STEP_LENGTH)) {
            throw new ValidationException("error.menu.steps", "Each preparation step needs a few words (at most "
                    + MAX_STEP_LENGTH + " characters), and at most " + MAX_STEPS + " steps: remove the empty ones.",
                    MAX_STEP_LENGTH, MAX_STEPS);
        }
        Instant now = clock.instant();
        sessions.inTransaction(session -> {
            lockVersion(session, productId, expectedVersion);
            for (Map.Entry<String, Map<Integer, BigDecimal>> size : change.quantitiesBySize().entrySet()) {
                List<Integer> sizeId = session.createNativeQuery(
                                "SELECT id FROM product_size WHERE product_id = :p AND size_code = :s", Integer.class)
                        .setParameter("p", productId).setParameter("s", size.getKey()).getResultList();
                if (sizeId.isEmpty()) {
                    throw new NotFoundException("Product size", size.getKey());
                }
                if (size.getValue().isEmpty()) {
                    throw new ValidationException("error.menu.recipeEmpty", "The recipe of size " + size.getKey()
                            + " has no ingredient: a product must take something from the stock.", size.getKey());
                }
                session.createNativeMutationQuery("DELETE FROM recipe_item WHERE product_size_id = :s")
                        .setParameter("s", sizeId.get(0)).executeUpdate();
                for (Map.Entry<Integer, BigDecimal> item : size.getValue().entrySet()) {
                    checkQuantity(session, item.getKey(), item.getValue());
                    session.createNativeMutationQuery(
                                    "INSERT INTO recipe_item (product_size_id, ingredient_id, quantity) VALUES (:s, :i, :q)")
                            .setParameter("s", sizeId.get(0)).setParameter("i", item.getKey()).setParameter("q", item.getValue())
                            .executeUpdate();
                }
            }
            session.createNativeMutationQuery("DELETE FROM recipe_step WHERE product_id = :p").setParameter("p", productId)
                    .executeUpdate();
            for (int i = 0; i < change.steps().size(); i++) {
                session.createNativeMutationQuery("INSERT INTO recipe_step (product_id, step_no, instruction) VALUES (:p, :n, :t)")
                        .setParameter("p", productId).setParameter("n", i + 1).setParameter("t", change.steps().get(i).strip())
                        .executeUpdate();
            }
            session.createNativeMutationQuery("UPDATE product SET version = version + 1 WHERE id = :p")
                    .setParameter("p", productId).executeUpdate();
            Audit.record(session, caller, null, "RECIPE_CHANGED", "product", productId,
                    Map.of("sizes", change.quantitiesBySize().keySet().stream().sorted().toList(), "steps", change.steps().size()), now);
            announce(session, productId, now);
        });
        return recipe(caller, productId);
    }

    private static void requireChainManager(StaffPrincipal caller) {
        Permissions.MANAGE_MENU.checkRole(caller);
        if (!caller.isChainManager()) {
            throw new PermissionDeniedException("error.menu.chainOnly", caller.login() + " manages store " + caller.storeId()
                    + "; the menu is the same in every pizzeria and only a chain manager may change it: ask the head office.",
                    caller.storeId());
        }
    }

    private static void checkPrice(Money price) {
        if (price.isNegative() || price.compareTo(MAX_PRICE) > 0) {
            throw new ValidationException("error.menu.price", "A price of " + price + " € is not plausible: type a price between 0"
                    + " and " + MAX_PRICE + " €, VAT included.", price, MAX_PRICE);
        }
    }

    private static void checkQuantity(Session session, int ingredientId, BigDecimal quantity) {
        List<Object[]> ingredient = session.createNativeQuery("SELECT name, unit FROM ingredient WHERE id = :i", Object[].class)
                .setParameter("i", ingredientId).getResultList();
        if (ingredient.isEmpty()) {
            throw new NotFoundException("Ingredient", ingredientId);
        }
        String name = (String) ingredient.get(0)[0];
        // A portion of anything above 2 kg, 2 l or 50 pieces is a unit mix-up, not a recipe.
        BigDecimal max = Unit.PIECE.symbol().equals(ingredient.get(0)[1]) ? BigDecimal.valueOf(50) : BigDecimal.valueOf(2000);
        if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(max) > 0 || quantity.scale() > 3) {
            throw new ValidationException("error.menu.quantity", "The quantity of " + name + " must be more than 0 and at most "
                    + max.toPlainString() + " " + ingredient.get(0)[1] + " per portion, with at most 3 decimals.",
                    name, max.toPlainString(), ingredient.get(0)[1]);
        }
    }

    private static Object[] product(Session session, int productId) {
        List<Object[]> rows = session.createNativeQuery(
                        "SELECT id, name, version, vat_rate, available FROM product WHERE id = :p", Object[].class)
                .setParameter("p", productId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Product", productId);
        }
        return rows.get(0);
    }

    /** Locks the product row and checks it is still the version the manager saw. */
    private static Object[] lockVersion(Session session, int productId, long expectedVersion) {
        List<Object[]> rows = session.createNativeQuery(
                        "SELECT id, name, version, vat_rate, available FROM product WHERE id = :p FOR UPDATE", Object[].class)
                .setParameter("p", productId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Product", productId);
        }
        if (((Number) rows.get(0)[2]).longValue() != expectedVersion) {
            throw new ConcurrentChangeException("Product", rows.get(0)[1]);
        }
        return rows.get(0);
    }

    /** One MENU_CHANGED per pizzeria: counters reload their menu and availability. */
    private static void announce(Session session, int productId, Instant at) {
        for (Integer storeId : session.createNativeQuery("SELECT id FROM store WHERE active ORDER BY id", Integer.class)
                .getResultList()) {
            Outbox.write(session, EventType.MENU_CHANGED, storeId, null, at, payload -> payload.put("productId", productId));
        }
    }
}
