package fr.ocpizza.pos.application.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * The regular customers of one demo pizzeria, made up: French names, mobile numbers that are
 * nobody's (a fixed, deterministic series), e-mails at the reserved example domains, and real
 * streets of the store's own arrondissement. A few are very regular; most order now and then.
 */
final class DemoCustomers {

    /** One customer, with one phone and one home address. */
    record Customer(long id, long addressId, String firstName, String lastName, String phone, String email,
                    String street, String postalCode, String instructions, Instant since) {

        String fullName() {
            return firstName + " " + lastName;
        }
    }

    private static final List<String> FIRST = List.of("Alice", "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah",
            "Emma", "Zoé", "Juliette", "Lucie", "Clara", "Mathilde", "Hugo", "Lucas", "Louis", "Gabriel", "Arthur",
            "Jules", "Nathan", "Théo", "Adam", "Maxime", "Paul", "Yanis", "Mehdi", "Nicolas", "Pierre", "Aïcha", "Tom");
    private static final List<String> LAST = List.of("Martin", "Bernard", "Dubois", "Robert", "Richard", "Durand",
            "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Roux", "Vincent", "Fournier", "Morel",
            "Mercier", "Dupont", "Bonnet", "Legrand", "Faure", "Blanc", "Guérin", "Perrin", "Nguyen", "Cohen", "Traoré");
    /** Streets of each demo store's arrondissement, by postal code. */
    private static final java.util.Map<String, List<String>> STREETS = java.util.Map.of(
            "75011", List.of("rue Oberkampf", "rue de la Roquette", "boulevard Voltaire", "rue Keller", "rue de Charonne"),
            "75018", List.of("rue Lepic", "rue des Abbesses", "rue Caulaincourt", "rue Ordener", "rue Custine"),
            "75017", List.of("rue des Batignolles", "rue Legendre", "rue des Dames", "rue Lemercier", "rue Nollet"),
            "75013", List.of("rue de la Butte-aux-Cailles", "rue Bobillot", "rue de Tolbiac", "rue des Cinq-Diamants"),
            "75004", List.of("rue Vieille-du-Temple", "rue des Rosiers", "rue du Roi-de-Sicile", "rue de la Verrerie"));

    private final List<Customer> customers;

    private DemoCustomers(List<Customer> customers) {
        this.customers = List.copyOf(customers);
    }

    /** {@code count} customers of a store, ids taken from the database's sequences. */
    static DemoCustomers of(int storeId, String postalCode, int count, Instant historyStart,
                            LongSupplier customerIds, LongSupplier addressIds) {
        Random random = new Random(7_919L * storeId);
        List<String> streets = STREETS.getOrDefault(postalCode, List.of("rue de Rivoli"));
        List<Customer> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            // 06 00 0s ss nn: a series of its own per store, so that no two demo customers share a number.
            String phone = String.format(Locale.ROOT, "+3360%d%02d%04d", storeId, random.nextInt(100), i);
            String email = ascii(first) + "." + ascii(last) + i + "@example." + (i % 2 == 0 ? "com" : "org");
            String street = (1 + random.nextInt(120)) + " " + streets.get(random.nextInt(streets.size()));
            String instructions = random.nextInt(3) == 0 ? null
                    : String.format(Locale.ROOT, "Code %d%s, %de étage", 1000 + random.nextInt(9000),
                    (char) ('A' + random.nextInt(6)), 1 + random.nextInt(6));
            Instant since = historyStart.minusSeconds(86_400L * (1 + random.nextInt(400)));
            list.add(new Customer(customerIds.getAsLong(), addressIds.getAsLong(), first, last, phone, email, street,
                    postalCode, instructions, since));
        }
        return new DemoCustomers(list);
    }

    List<Customer> all() {
        return customers;
    }

    /** A customer who orders again: the first of the list far more often than the last (regulars). */
    Customer pick(Random random) {
        double r = random.nextDouble();
        return customers.get((int) (customers.size() * r * r));
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
