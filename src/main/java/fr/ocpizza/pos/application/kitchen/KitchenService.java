package fr.ocpizza.pos.application.kitchen;

import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.application.order.OrderService;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.LinePortion;
import fr.ocpizza.pos.persistence.CatalogQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The kitchen display's use cases: the open tickets of a store, the last bumped ones, a recipe
 * reminder, and starting and bumping a ticket. Reads are read-only transactions returning
 * records; status changes go through {@link OrderService#changeStatus}, which owns the life cycle,
 * the history and the outbox event.
 */
public final class KitchenService {

    /** How far back the recall list looks: a recall is about tickets of the current service. */
    static final Duration RECALL_WINDOW = Duration.ofHours(24);
    /** More than a screen of recalls is noise; also bounds what a caller may ask for. */
    static final int MAX_RECALL = 50;

    private final SessionFactory sessions;
    private final OrderService orders;
    private final Clock clock;

    public KitchenService(SessionFactory sessions, OrderService orders, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions);
        this.orders = Objects.requireNonNull(orders);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The store's tickets still to make (RECEIVED or IN_PREPARATION), oldest promise first. */
    public List<KitchenTicket> openTickets(StaffPrincipal caller, int storeId) {
        Permissions.VIEW_ORDERS.check(caller, storeId);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return KitchenTickets.open(session, storeId);
        });
    }

    /** The store's last bumped tickets (at most {@code limit}, of the last 24 hours), most recent first. */
    public List<KitchenTicket> recentlyReady(StaffPrincipal caller, int storeId, int limit) {
        Permissions.VIEW_ORDERS.check(caller, storeId);
        int bounded = Math.max(1, Math.min(limit, MAX_RECALL));
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return KitchenTickets.recentlyReady(session, storeId, clock.instant().minus(RECALL_WINDOW), bounded);
        });
    }

    /** One ticket as it is now, whatever its status (a recall, a single refresh). */
    public KitchenTicket ticket(StaffPrincipal caller, long orderId) {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            KitchenTicket ticket = KitchenTickets.one(session, orderId).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("Order", orderId));
            // Checked once the order's store is known, as OrderService#find does.
            Permissions.VIEW_ORDERS.check(caller, ticket.storeId());
            return ticket;
        });
    }

    /** The reminder of a product size: its ingredients with the quantities of that size, and its steps. */
    public RecipeReminder recipe(StaffPrincipal caller, int productSizeId) {
        // Recipes belong to the chain's menu, not to a store: the role is all there is to check.
        Permissions.VIEW_ORDERS.checkRole(caller);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return loadRecipe(session, productSizeId);
        });
    }

    /**
     * The reminder of one ticket line as it is to be made: the recipe of its size, or each half's
     * at half quantities, with the customer's removals (marked, at zero) and extras (at the
     * quantity of the line's size): one portion as {@link LinePortion} takes it from stock.
     */
    public LineReminder lineReminder(StaffPrincipal caller, long orderId, int lineNo) {
        Permissions.VIEW_ORDERS.checkRole(caller);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            Object[] line = session.createNativeQuery(
                            "SELECT o.store_id, l.id, l.product_size_id, l.second_half_product_size_id, l.quantity"
                                    + " FROM order_line l JOIN customer_order o ON o.id = l.order_id"
                                    + " WHERE l.order_id = :order AND l.line_no = :line", Object[].class)
                    .setParameter("order", orderId).setParameter("line", lineNo).getResultList().stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("Order line", orderId + "/" + lineNo));
            // Checked once the order's store is known, as #ticket does.
            Permissions.VIEW_ORDERS.check(caller, ((Number) line[0]).intValue());
            int first = ((Number) line[2]).intValue();
            Integer second = line[3] == null ? null : ((Number) line[3]).intValue();
            Menu menu = CatalogQueries.menuFor(session, second == null ? List.of(first) : List.of(first, second));
            List<ToppingChange> toppings = session.createNativeQuery(
                            "SELECT ingredient_id, change FROM order_line_topping WHERE order_line_id = :line"
                                    + " ORDER BY ingredient_id", Object[].class)
                    .setParameter("line", ((Number) line[1]).longValue()).getResultList().stream()
                    .map(row -> {
                        int ingredient = ((Number) row[0]).intValue();
                        return new ToppingChange(ingredient, menu.ingredient(ingredient).name(),
                                ToppingChange.Kind.valueOf((String) row[1]), Money.ZERO);
                    })
                    .toList();
            LinePortion portion = LinePortion.of(menu, menu.productSize(first),
                    second == null ? null : menu.productSize(second), toppings);
            List<RecipeReminder> recipes = portion.parts().stream().map(part -> new RecipeReminder(part.size().id(),
                    part.size().productName(), part.size().sizeCode(), part.size().category(),
                    part.recipe().entrySet().stream().map(item -> {
                        Ingredient ingredient = menu.ingredient(item.getKey());
                        return new RecipeReminder.Ingredient(ingredient.name(), item.getValue(),
                                portion.takes(item.getKey(), item.getValue()), ingredient.unit(),
                                portion.removed().contains(item.getKey()));
                    }).toList(),
                    steps(session, part.size().productId()), part.half())).toList();
            List<LineReminder.Extra> extras = portion.extras().entrySet().stream().map(extra -> {
                Ingredient ingredient = menu.ingredient(extra.getKey());
                BigDecimal inRecipe = portion.parts().stream()
                        .map(part -> part.recipe().getOrDefault(extra.getKey(), BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                return new LineReminder.Extra(ingredient.name(), extra.getValue(), ingredient.unit(), inRecipe);
            }).toList();
            return new LineReminder(((Number) line[4]).intValue(), recipes, extras);
        });
    }

    private static RecipeReminder loadRecipe(Session session, int productSizeId) {
        Object[] product = session.createNativeQuery(
                        "SELECT p.id, p.name, ps.size_code, p.category FROM product_size ps"
                                + " JOIN product p ON p.id = ps.product_id WHERE ps.id = :id", Object[].class)
                .setParameter("id", productSizeId).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Product size", productSizeId));
        // Ingredient ids follow the demo's assembly order (dough, sauce, cheese, toppings, herbs).
        List<RecipeReminder.Ingredient> ingredients = session.createNativeQuery(
                        "SELECT i.name, ri.quantity, i.unit FROM recipe_item ri JOIN ingredient i ON i.id = ri.ingredient_id"
                                + " WHERE ri.product_size_id = :id ORDER BY i.id", Object[].class)
                .setParameter("id", productSizeId).getResultList().stream()
                .map(row -> new RecipeReminder.Ingredient((String) row[0], (BigDecimal) row[1], Unit.fromSymbol((String) row[2])))
                .toList();
        return new RecipeReminder(productSizeId, (String) product[1], (String) product[2],
                ProductCategory.valueOf((String) product[3]), ingredients, steps(session, ((Number) product[0]).intValue()),
                false);
    }

    private static List<RecipeReminder.Step> steps(Session session, int productId) {
        return session.createNativeQuery(
                        "SELECT step_no, instruction FROM recipe_step WHERE product_id = :product ORDER BY step_no", Object[].class)
                .setParameter("product", productId).getResultList().stream()
                .map(row -> new RecipeReminder.Step(((Number) row[0]).intValue(), (String) row[1]))
                .toList();
    }

    /** "Commencer": RECEIVED → IN_PREPARATION. A ticket already started elsewhere is refused. */
    public OrderView start(StaffPrincipal caller, long orderId) {
        return orders.changeStatus(caller, orderId, OrderStatus.IN_PREPARATION);
    }

    /** "Prêt" (the bump): IN_PREPARATION → READY. */
    public OrderView bump(StaffPrincipal caller, long orderId) {
        return orders.changeStatus(caller, orderId, OrderStatus.READY);
    }
}
