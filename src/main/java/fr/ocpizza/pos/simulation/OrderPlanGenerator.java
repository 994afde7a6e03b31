package fr.ocpizza.pos.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws the run's orders one after the other from one seeded {@link Random}, so the same seed
 * gives the same customers, baskets and payment choices whatever the number of writers.
 * <p>
 * The mix, from what a Paris pizzeria's web orders look like: 1 to 4 pizzas (mostly 1 or 2),
 * size M twice as often as S or L, an extra topping on about one pizza in seven and a removed
 * topping on one in ten, drinks in half the baskets, desserts in a quarter; 60 % deliveries,
 * 60 % paid with PayPal, and about a third of the orders from a customer who ordered earlier in
 * the run.
 */
final class OrderPlanGenerator {

    private static final int[] PIZZA_COUNT_WEIGHTS = {35, 35, 20, 10};
    private static final List<String> ORDER_NOTES = List.of("Sonner deux fois", "Sans couverts, merci",
            "Appeler en arrivant", "Merci de ne pas sonner, bébé qui dort");
    private static final List<String> LINE_NOTES = List.of("Bien cuite", "Peu de sauce", "Coupée en 8", "Pas trop cuite");

    private final Random random;
    private final ShopMenu menu;
    private final ParisCustomers newCustomers;
    private final String favouritePizza;
    private final List<ShopCustomer> earlierCustomers = new ArrayList<>();
    private int sequence;

    /**
     * @param favouritePizza a pizza code that makes up half of the pizzas ordered (a rush on one
     *                       product), or null for the usual mix
     */
    OrderPlanGenerator(long seed, ShopMenu menu, String storePostalCode, String favouritePizza) {
        this.random = new Random(seed);
        this.menu = menu;
        this.newCustomers = new ParisCustomers(random, storePostalCode);
        this.favouritePizza = favouritePizza;
    }

    /** The next order of the run. */
    OrderPlan next() {
        ShopCustomer customer;
        if (!earlierCustomers.isEmpty() && random.nextInt(3) == 0) {
            customer = pick(earlierCustomers);
        } else {
            customer = newCustomers.next();
            earlierCustomers.add(customer);
        }
        OrderPlan.Fulfilment fulfilment = random.nextInt(10) < 6 ? OrderPlan.Fulfilment.DELIVERY : OrderPlan.Fulfilment.TAKEAWAY;
        OrderPlan.Payment payment = random.nextInt(10) < 6 ? OrderPlan.Payment.PAYPAL : OrderPlan.Payment.ON_DELIVERY;
        Basket basket = basket();
        // Delivery takes longer to promise than a pickup; both stay within 30 to 45 minutes.
        int promisedIn = fulfilment == OrderPlan.Fulfilment.DELIVERY ? 35 + random.nextInt(11) : 30 + random.nextInt(11);
        String note = random.nextInt(8) == 0 ? pick(ORDER_NOTES) : null;
        return new OrderPlan(sequence++, customer, fulfilment, payment, basket, promisedIn, note);
    }

    private Basket basket() {
        List<Basket.Line> lines = new ArrayList<>();
        int pizzas = 1 + weighted(PIZZA_COUNT_WEIGHTS);
        for (int i = 0; i < pizzas; i++) {
            add(lines, pizza());
        }
        if (!menu.drinks().isEmpty() && random.nextBoolean()) {
            int drinks = 1 + random.nextInt(pizzas);
            for (int i = 0; i < drinks; i++) {
                add(lines, plain(pick(menu.drinks())));
            }
        }
        if (!menu.desserts().isEmpty() && random.nextInt(4) == 0) {
            int desserts = 1 + random.nextInt(2);
            for (int i = 0; i < desserts; i++) {
                add(lines, plain(pick(menu.desserts())));
            }
        }
        return new Basket(lines);
    }

    private Basket.Line pizza() {
        String code = favouritePizza != null && random.nextBoolean() ? favouritePizza : pick(menu.pizzaCodes());
        List<ShopMenu.Size> sizes = menu.pizzaSizes(code);
        ShopMenu.Size size = sizes.get(sizeIndex(sizes));
        List<ShopMenu.Extra> added = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        // Only toppings are taken off (nobody orders a pizza without its dough), and never one that is also added.
        List<Integer> removable = size.recipe().keySet().stream().filter(menu::isTopping).sorted().toList();
        if (!removable.isEmpty() && random.nextInt(10) == 0) {
            removed.add(pick(removable));
        }
        List<ShopMenu.Extra> extras = menu.extras(size.sizeCode()).stream()
                .filter(extra -> !removed.contains(extra.ingredientId())).toList();
        if (!extras.isEmpty() && random.nextInt(7) == 0) {
            added.add(pick(extras));
        }
        String note = random.nextInt(20) == 0 ? pick(LINE_NOTES) : null;
        return new Basket.Line(size, 1, added, removed, note);
    }

    /** M twice as likely as S or L; a pizza sold in fewer sizes draws among those. */
    private int sizeIndex(List<ShopMenu.Size> sizes) {
        int[] weights = sizes.stream().mapToInt(size -> "M".equals(size.sizeCode()) ? 2 : 1).toArray();
        return weighted(weights);
    }

    private static Basket.Line plain(ShopMenu.Size size) {
        return new Basket.Line(size, 1, List.of(), List.of(), null);
    }

    /** Two identical plain lines become one line of quantity 2, as the site's basket shows them. */
    private static void add(List<Basket.Line> lines, Basket.Line line) {
        if (line.isPlain()) {
            for (int i = 0; i < lines.size(); i++) {
                Basket.Line existing = lines.get(i);
                if (existing.isPlain() && existing.size().productSizeId() == line.size().productSizeId()) {
                    lines.set(i, existing.withOneMore());
                    return;
                }
            }
        }
        lines.add(line);
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
