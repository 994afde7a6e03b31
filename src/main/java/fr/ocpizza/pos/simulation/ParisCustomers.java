package fr.ocpizza.pos.simulation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Made-up web-site customers who look real: French names, French mobile numbers, e-mails at the
 * reserved example domains (RFC 2606) and real Paris streets near the store, with postal codes
 * 750xx. Nobody real is named or called.
 */
final class ParisCustomers {

    private static final List<String> FIRST_NAMES = List.of("Alice", "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah",
            "Jade", "Louise", "Emma", "Zoé", "Juliette", "Lucie", "Clara", "Anaïs", "Mathilde", "Élodie", "Sophie", "Claire",
            "Yasmine", "Hugo", "Lucas", "Louis", "Gabriel", "Arthur", "Jules", "Nathan", "Thomas", "Théo", "Raphaël", "Adam",
            "Maxime", "Antoine", "Paul", "Karim", "Yanis", "Mehdi", "Nicolas", "Julien", "Pierre");

    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
            "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand",
            "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François",
            "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Roussel", "Perrin", "Chevalier",
            "Benali", "Nguyen", "Haddad", "Diallo", "Da Silva", "Cohen");

    private static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net");

    /** Real streets per arrondissement. */
    private static final Map<String, List<String>> STREETS = Map.ofEntries(
            Map.entry("75003", List.of("rue de Bretagne", "rue Charlot", "rue de Turenne", "rue des Archives")),
            Map.entry("75004", List.of("rue Vieille-du-Temple", "rue des Rosiers", "rue du Roi-de-Sicile",
                    "rue de la Verrerie", "rue Saint-Antoine", "rue des Blancs-Manteaux")),
            Map.entry("75009", List.of("rue des Martyrs", "rue Lamartine", "rue de Douai")),
            Map.entry("75010", List.of("rue du Faubourg-Saint-Denis", "rue de Paradis", "quai de Valmy", "rue de Lancry")),
            Map.entry("75011", List.of("rue Oberkampf", "rue de la Roquette", "boulevard Voltaire", "rue Keller",
                    "rue de Charonne", "rue Saint-Maur", "avenue Parmentier", "rue de Lappe")),
            Map.entry("75012", List.of("avenue Daumesnil", "rue de Charenton", "boulevard Diderot", "rue de Lyon")),
            Map.entry("75013", List.of("rue de la Butte-aux-Cailles", "rue Bobillot", "rue de Tolbiac",
                    "boulevard Auguste-Blanqui", "avenue d'Italie", "rue des Cinq-Diamants", "rue du Moulin-des-Prés")),
            Map.entry("75014", List.of("rue Daguerre", "rue d'Alésia", "rue de la Tombe-Issoire")),
            Map.entry("75005", List.of("rue Mouffetard", "rue Monge", "rue Censier")),
            Map.entry("75008", List.of("rue de Rome", "boulevard Malesherbes")),
            Map.entry("75017", List.of("rue des Batignolles", "rue Legendre", "rue des Dames", "avenue de Clichy",
                    "rue Lemercier", "rue Nollet", "boulevard Pereire")),
            Map.entry("75018", List.of("rue Lepic", "rue des Abbesses", "rue Caulaincourt", "rue Ordener", "rue Custine",
                    "rue Marcadet", "rue Damrémont")),
            Map.entry("75019", List.of("rue de Crimée", "avenue Secrétan")),
            Map.entry("75020", List.of("rue de Ménilmontant", "rue des Pyrénées", "rue de Bagnolet", "avenue Gambetta")));

    /** Where each demo pizzeria delivers besides its own arrondissement. */
    private static final Map<String, List<String>> NEIGHBOURS = Map.of(
            "75011", List.of("75012", "75020", "75003", "75010"),
            "75018", List.of("75017", "75009", "75019"),
            "75017", List.of("75018", "75008"),
            "75013", List.of("75014", "75005", "75012"),
            "75004", List.of("75003", "75011", "75005"));

    private static final List<String> LINE2 = List.of("Bâtiment A", "Bâtiment B", "Escalier 2", "Appartement 14",
            "Au fond de la cour", "Résidence Les Tilleuls");

    private static final List<String> INSTRUCTIONS = List.of("Code %d%s, %de étage gauche", "Code %d%s, %de étage droite",
            "Interphone %s", "Sonner chez %s, puis %de étage");

    private final Random random;
    private final String storePostalCode;

    ParisCustomers(Random random, String storePostalCode) {
        this.random = random;
        this.storePostalCode = storePostalCode;
    }

    /** A new account, with a home address in the store's delivery area. */
    ShopCustomer next() {
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        String phone = "+33" + (random.nextInt(4) == 0 ? "7" : "6") + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        return new ShopCustomer(first, last, email(first, last), phone, address(last));
    }

    private ShopCustomer.Address address(String lastName) {
        String postalCode = deliveryPostalCode();
        int number = 1 + random.nextInt(120);
        String line1 = number + (random.nextInt(12) == 0 ? " bis " : " ") + pick(STREETS.get(postalCode));
        String line2 = random.nextInt(10) < 3 ? pick(LINE2) : null;
        String instructions = random.nextInt(2) == 0 ? null : instructions(lastName);
        String label = random.nextInt(5) == 0 ? "Bureau" : "Domicile";
        return new ShopCustomer.Address(label, line1, line2, postalCode, "Paris", instructions);
    }

    /** Mostly the store's own arrondissement, else a neighbouring one; anywhere we know a street for other stores. */
    private String deliveryPostalCode() {
        List<String> neighbours = NEIGHBOURS.get(storePostalCode);
        if (neighbours == null) {
            List<String> known = new ArrayList<>(STREETS.keySet());
            known.sort(null);
            return STREETS.containsKey(storePostalCode) ? storePostalCode : pick(known);
        }
        return random.nextInt(10) < 7 ? storePostalCode : pick(neighbours);
    }

    private String instructions(String lastName) {
        String template = pick(INSTRUCTIONS);
        int floor = 1 + random.nextInt(7);
        if (template.startsWith("Code")) {
            return String.format(Locale.ROOT, template, 1000 + random.nextInt(9000), (char) ('A' + random.nextInt(4)), floor);
        }
        return String.format(Locale.ROOT, template, lastName.toUpperCase(Locale.FRENCH), floor);
    }

    private String email(String first, String last) {
        String local = ascii(first) + "." + ascii(last) + (random.nextInt(3) == 0 ? String.valueOf(10 + random.nextInt(90)) : "");
        return local + "@" + pick(EMAIL_DOMAINS);
    }

    /** "Élodie" → "elodie", "Da Silva" → "dasilva". */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
