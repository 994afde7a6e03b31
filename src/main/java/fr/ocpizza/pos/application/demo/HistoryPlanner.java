package fr.ocpizza.pos.application.demo;

import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.stock.StockRequirement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Plays one pizzeria's past days: how many orders each day (Friday and Saturday busier), at what
 * time (a lunch and an evening peak), by which channel, with which pizzas, and how fast the kitchen
 * and the riders went. Deterministic: each day draws from a random generator seeded by the store
 * and the date, so the same date always gets the same orders.
 */
final class HistoryPlanner {

    /** Orders on an ordinary day at a store of factor 1. */
    private static final double ORDERS_PER_DAY = 52;
    /** Monday … Sunday. */
    private static final double[] WEEKDAY = {0.75, 0.8, 0.9, 0.95, 1.35, 1.55, 1.05};
    /** Share of the day's orders per hour, from 11:00 to 22:00 (none outside the opening hours). */
    private static final double[] HOURS = {0.35, 2.3, 1.6, 0.3, 0, 0, 0, 0.6, 2.3, 3.0, 1.9, 0.75};
    private static final int FIRST_HOUR = 11;
    /** How often customers pick each pizza (by product code; others 1). */
    private static final Map<String, Integer> FAVOURITES = Map.of("margherita", 9, "reine", 8, "quatre_fromages", 6,
            "diavola", 5, "royale", 4, "calzone", 4, "chevre_miel", 4, "savoyarde", 3, "vegetarienne", 3, "burrata", 3);
    private static final Map<String, Integer> DRINKS = Map.of("coca_cola", 8, "mineral_water", 4, "coca_zero", 3,
            "peroni", 4, "sparkling_water", 2, "orangina", 2, "iced_tea", 2, "chianti", 1);
    private static final List<String> CANCEL_REASONS = List.of("Client injoignable", "Annulé par le client au téléphone",
            "Adresse hors zone de livraison", "Attente trop longue", "Erreur de saisie", "Client injoignable",
            "Commande en double");
    private static final List<String> LINE_NOTES = List.of("bien cuite", "coupée en 8", "peu cuite", "sans sel");
    private static final List<String> ORDER_NOTES = List.of("Sonner deux fois", "Laisser à l'accueil",
            "Appeler en bas de l'immeuble", "Pour un anniversaire");
    private static final DateTimeFormatter REF_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The staff of the store whose names go on the orders. */
    record Crew(long cashier, long pizzaiolo, long rider) {
    }

    private final int storeId;
    private final double storeFactor;
    private final ZoneId zone;
    private final Menu menu;
    private final List<ProductSize> pizzas;
    private final List<ProductSize> drinks;
    private final List<ProductSize> desserts;
    private final Set<Integer> missing;
    private final Crew crew;
    private final DemoCustomers customers;
    private final LongSupplier orderIds;

    /**
     * @param missing ingredients the store has none of (the Marais's burrata): what needs them was
     *                never sold there in the history either
     */
    HistoryPlanner(int storeId, double storeFactor, ZoneId zone, Menu menu, Set<Integer> missing, Crew crew,
                   DemoCustomers customers, LongSupplier orderIds) {
        this.storeId = storeId;
        this.storeFactor = storeFactor;
        this.zone = zone;
        this.menu = menu;
        List<ProductSize> sellable = menu.productSizes().stream()
                .filter(size -> size.available() && size.recipe().keySet().stream().noneMatch(missing::contains))
                .sorted(Comparator.comparingInt(ProductSize::id))
                .toList();
        this.pizzas = sellable.stream().filter(size -> size.category() == ProductCategory.PIZZA).toList();
        this.drinks = sellable.stream().filter(size -> size.category() == ProductCategory.DRINK).toList();
        this.desserts = sellable.stream().filter(size -> size.category() == ProductCategory.DESSERT).toList();
        this.missing = Set.copyOf(missing);
        this.crew = crew;
        this.customers = customers;
        this.orderIds = orderIds;
    }

    /** The orders of one business day, in the order they were received. */
    List<PlannedOrder> day(LocalDate date) {
        Random random = new Random(date.toEpochDay() * 1_000_003L + storeId);
        int count = (int) Math.round(ORDERS_PER_DAY * storeFactor * WEEKDAY[date.getDayOfWeek().getValue() - 1]
                * (0.88 + 0.24 * random.nextDouble()));
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(receivedAt(date, random));
        }
        times.sort(Comparator.naturalOrder());
        List<PlannedOrder> orders = new ArrayList<>();
        int web = 0;
        for (Instant at : times) {
            int hour = at.atZone(zone).getHour();
            Channel channel = channel(hour, random);
            if (channel == Channel.ONLINE) {
                web++;
            }
            orders.add(order(date, at, channel, web, busy(date, hour), random));
        }
        return orders;
    }

    private PlannedOrder order(LocalDate date, Instant received, Channel channel, int web, double busy, Random random) {
        Fulfilment fulfilment = switch (channel) {
            case COUNTER -> random.nextDouble() < 0.4 ? Fulfilment.EAT_IN : Fulfilment.TAKEAWAY;
            case PHONE -> random.nextDouble() < 0.55 ? Fulfilment.DELIVERY : Fulfilment.TAKEAWAY;
            case ONLINE -> random.nextDouble() < 0.65 ? Fulfilment.DELIVERY : Fulfilment.TAKEAWAY;
        };
        List<LineRequest> lines = basket(random);
        PricedOrder priced = OrderPricing.price(menu, lines);
        int pizzaCount = lines.stream().filter(line -> menu.productSize(line.productSizeId()).category() == ProductCategory.PIZZA)
                .mapToInt(LineRequest::quantity).sum();
        DemoCustomers.Customer customer = channel == Channel.COUNTER && random.nextDouble() < 0.85 ? null : customers.pick(random);
        String customerName = customer != null ? customer.fullName()
                : random.nextBoolean() ? null : customers.pick(random).firstName();
        Long createdBy = channel == Channel.ONLINE ? null : crew.cashier();
        Duration promise = switch (fulfilment) {
            case EAT_IN, TAKEAWAY -> Duration.ofMinutes(channel == Channel.COUNTER ? 12 + 2L * pizzaCount : 25);
            case DELIVERY -> Duration.ofMinutes(40 + 3L * pizzaCount);
        };
        Instant promisedAt = roundUpToFiveMinutes(received.plus(promise));
        PaymentMethod method = switch (channel) {
            case COUNTER -> random.nextDouble() < 0.35 ? PaymentMethod.CASH : PaymentMethod.CARD;
            case PHONE -> PaymentMethod.ON_DELIVERY;
            case ONLINE -> random.nextDouble() < 0.75 ? PaymentMethod.PAYPAL : PaymentMethod.ON_DELIVERY;
        };
        Integer tendered = method == PaymentMethod.CASH ? tendered(Math.toIntExact(priced.total().cents()), random) : null;
        // Counter orders are paid before the kitchen starts: only phone and web orders get cancelled.
        boolean cancelled = channel != Channel.COUNTER && random.nextDouble() < 0.045;
        List<PlannedOrder.Step> steps = new ArrayList<>();
        String reason = null;
        if (cancelled) {
            reason = CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size()));
            steps.add(new PlannedOrder.Step(OrderStatus.CANCELLED, received.plusSeconds(60 + random.nextInt(600)),
                    channel == Channel.ONLINE && random.nextBoolean() ? null : crew.cashier()));
        } else {
            Instant started = received.plusSeconds((long) ((60 + random.nextInt(300)) * busy));
            Instant ready = started.plusSeconds(60L * (8 + pizzaCount) + random.nextInt(300));
            steps.add(new PlannedOrder.Step(OrderStatus.IN_PREPARATION, started, crew.pizzaiolo()));
            steps.add(new PlannedOrder.Step(OrderStatus.READY, ready, crew.pizzaiolo()));
            if (fulfilment == Fulfilment.DELIVERY) {
                Instant out = ready.plusSeconds(60 + random.nextInt(420));
                steps.add(new PlannedOrder.Step(OrderStatus.OUT_FOR_DELIVERY, out, crew.rider()));
                steps.add(new PlannedOrder.Step(OrderStatus.DELIVERED, out.plusSeconds(480 + random.nextInt(1020)), crew.rider()));
            } else {
                int wait = fulfilment == Fulfilment.EAT_IN ? 30 + random.nextInt(150) : 60 + random.nextInt(600);
                steps.add(new PlannedOrder.Step(OrderStatus.PICKED_UP, ready.plusSeconds(wait), crew.cashier()));
            }
        }
        String note = fulfilment == Fulfilment.DELIVERY && random.nextDouble() < 0.1
                ? ORDER_NOTES.get(random.nextInt(ORDER_NOTES.size())) : null;
        String externalRef = channel == Channel.ONLINE
                ? String.format("DEMO-WEB-%d-%s-%03d", storeId, REF_DAY.format(date), web) : null;
        return new PlannedOrder(orderIds.getAsLong(), storeId, channel, fulfilment, received, promisedAt, priced,
                StockRequirement.of(menu, priced), customer,
                customerName, note, externalRef, createdBy, List.copyOf(steps), reason, method, tendered);
    }

    /** One to five pizzas (a few half-and-half, some with an extra or without an ingredient), drinks, desserts. */
    private List<LineRequest> basket(Random random) {
        double r = random.nextDouble();
        int pizzaCount = r < 0.45 ? 1 : r < 0.75 ? 2 : r < 0.9 ? 3 : r < 0.97 ? 4 : 5;
        Map<String, LineRequest> lines = new LinkedHashMap<>();
        for (int i = 0; i < pizzaCount; i++) {
            String size = sizeCode(random);
            ProductSize first = pick(pizzas, size, random);
            double kind = random.nextDouble();
            LineRequest line;
            if (kind < 0.06) {
                ProductSize second = pick(pizzas, size, random);
                line = second.productId() == first.productId() ? LineRequest.of(first.id(), 1)
                        : LineRequest.halfAndHalf(first.id(), second.id(), 1);
            } else if (kind < 0.18) {
                List<ExtraTopping> extras = menu.extrasFor(size).stream()
                        .filter(extra -> !missing.contains(extra.ingredientId())).toList();
                ExtraTopping extra = extras.get(random.nextInt(extras.size()));
                line = new LineRequest(first.id(), 1, Set.of(extra.ingredientId()), Set.of(), note(random));
            } else if (kind < 0.26) {
                List<Integer> removable = first.recipe().keySet().stream().sorted()
                        .filter(id -> !"pizza_dough".equals(menu.ingredient(id).code())).toList();
                line = new LineRequest(first.id(), 1, Set.of(), Set.of(removable.get(random.nextInt(removable.size()))),
                        note(random));
            } else {
                line = LineRequest.of(first.id(), 1);
            }
            add(lines, line);
        }
        int drinkCount = random.nextDouble() < 0.45 ? 0 : 1 + random.nextInt(Math.min(3, pizzaCount + 1));
        for (int i = 0; i < drinkCount; i++) {
            add(lines, LineRequest.of(weighted(drinks, DRINKS, random).id(), 1));
        }
        int dessertCount = random.nextDouble() < 0.75 ? 0 : random.nextDouble() < 0.8 ? 1 : 2;
        for (int i = 0; i < dessertCount && !desserts.isEmpty(); i++) {
            add(lines, LineRequest.of(desserts.get(random.nextInt(desserts.size())).id(), 1));
        }
        return List.copyOf(lines.values());
    }

    /** The same product twice makes one line of quantity 2, as the counter does. */
    private static void add(Map<String, LineRequest> lines, LineRequest line) {
        String key = line.productSizeId() + "/" + line.secondHalfProductSizeId() + "/" + line.addedIngredientIds()
                + "/" + line.removedIngredientIds() + "/" + line.note();
        lines.merge(key, line, (a, b) -> new LineRequest(a.productSizeId(), a.quantity() + b.quantity(),
                a.addedIngredientIds(), a.removedIngredientIds(), a.note(), a.secondHalfProductSizeId()));
    }

    private static String note(Random random) {
        return random.nextDouble() < 0.15 ? LINE_NOTES.get(random.nextInt(LINE_NOTES.size())) : null;
    }

    private static String sizeCode(Random random) {
        double r = random.nextDouble();
        return r < 0.2 ? "S" : r < 0.75 ? "M" : "L";
    }

    private static ProductSize pick(List<ProductSize> pizzas, String size, Random random) {
        List<ProductSize> ofSize = pizzas.stream().filter(p -> p.sizeCode().equals(size)).toList();
        return weighted(ofSize, FAVOURITES, random);
    }

    private static ProductSize weighted(List<ProductSize> sizes, Map<String, Integer> weights, Random random) {
        int total = sizes.stream().mapToInt(s -> weights.getOrDefault(s.productCode(), 1)).sum();
        int r = random.nextInt(total);
        for (ProductSize size : sizes) {
            r -= weights.getOrDefault(size.productCode(), 1);
            if (r < 0) {
                return size;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private Instant receivedAt(LocalDate date, Random random) {
        double total = 0;
        for (double weight : HOURS) {
            total += weight;
        }
        double r = random.nextDouble() * total;
        int hour = FIRST_HOUR;
        for (int i = 0; i < HOURS.length; i++) {
            r -= HOURS[i];
            if (r < 0) {
                hour = FIRST_HOUR + i;
                break;
            }
        }
        // Doors open at 11:30 and at 18:30.
        int firstMinute = hour == 11 || hour == 18 ? 30 : 0;
        int second = firstMinute * 60 + random.nextInt((60 - firstMinute) * 60);
        return date.atTime(hour, 0).plusSeconds(second).atZone(zone).toInstant();
    }

    /** Lunch is for walk-ins; evenings are for the phone and the web site. */
    private static Channel channel(int hour, Random random) {
        double r = random.nextDouble();
        if (hour < 16) {
            return r < 0.5 ? Channel.COUNTER : r < 0.7 ? Channel.PHONE : Channel.ONLINE;
        }
        return r < 0.3 ? Channel.COUNTER : r < 0.55 ? Channel.PHONE : Channel.ONLINE;
    }

    /** How much slower the kitchen starts at the peaks (Friday and Saturday evenings most). */
    private static double busy(LocalDate date, int hour) {
        double peak = hour == 12 || hour == 19 || hour == 20 ? 1.6 : 1.0;
        boolean weekend = date.getDayOfWeek() == DayOfWeek.FRIDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY;
        return weekend ? peak * 1.3 : peak;
    }

    /** What a customer hands over: the exact sum now and then, else the next 5, 10, 20 or 50 euros. */
    private static int tendered(int total, Random random) {
        if (random.nextDouble() < 0.25) {
            return total;
        }
        int[] notes = {500, 1000, 2000, 5000};
        int note = notes[random.nextInt(notes.length)];
        return ((total + note - 1) / note) * note;
    }

    private Instant roundUpToFiveMinutes(Instant at) {
        long step = 300;
        long seconds = at.getEpochSecond();
        return Instant.ofEpochSecond(((seconds + step - 1) / step) * step);
    }
}
