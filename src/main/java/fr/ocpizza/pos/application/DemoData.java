package fr.ocpizza.pos.application;

import fr.ocpizza.pos.application.auth.AuthService;
import fr.ocpizza.pos.domain.staff.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;

/**
 * The demo chain: five Paris pizzerias, their menu, recipes, stock and one staff member per role.
 * Idempotent: what exists is left alone, so it can run at every start or by hand
 * ({@code db seed --demo}). The demo codes are in the README.
 */
public final class DemoData {

    /** The PINs and password of the demo staff, as the README gives them. */
    public static final String CASHIER_PIN = "1111";
    public static final String PIZZAIOLO_PIN = "2222";
    public static final String DELIVERY_PIN = "3333";
    public static final String MANAGER_PASSWORD = "pizza-demo-2026";

    private static final String CATALOGUE = "/db/demo/demo-data.sql";

    /** One demo staff member: login, name, role, store (null: the chain). */
    public record DemoStaff(String login, String fullName, Role role, Integer storeId) {
        public String secret() {
            return switch (role) {
                case CASHIER -> CASHIER_PIN;
                case PIZZAIOLO -> PIZZAIOLO_PIN;
                case DELIVERY -> DELIVERY_PIN;
                case MANAGER -> MANAGER_PASSWORD;
            };
        }
    }

    private static final String[][] NAMES = {
            {"Camille Durand", "Luca Romano", "Karim Haddad", "Sophie Martin"},
            {"Léa Bernard", "Marco Bianchi", "Yanis Benali", "Julien Petit"},
            {"Inès Moreau", "Giulia Conti", "Thomas Leroy", "Nadia Fontaine"},
            {"Chloé Lambert", "Paolo Ricci", "Mamadou Diallo", "Antoine Garnier"},
            {"Manon Girard", "Enzo Marino", "Hugo Chevalier", "Claire Rousseau"},
    };

    private DemoData() {
    }

    /** Every demo staff member: per store caisseN, pizzaioloN, livreurN, gerantN; and the chain's direction. */
    public static List<DemoStaff> staff() {
        List<DemoStaff> staff = new java.util.ArrayList<>();
        for (int store = 1; store <= NAMES.length; store++) {
            String[] names = NAMES[store - 1];
            staff.add(new DemoStaff("caisse" + store, names[0], Role.CASHIER, store));
            staff.add(new DemoStaff("pizzaiolo" + store, names[1], Role.PIZZAIOLO, store));
            staff.add(new DemoStaff("livreur" + store, names[2], Role.DELIVERY, store));
            staff.add(new DemoStaff("gerant" + store, names[3], Role.MANAGER, store));
        }
        staff.add(new DemoStaff("direction", "Franck Sauvage", Role.MANAGER, null));
        return List.copyOf(staff);
    }

    /** Loads what is missing of the demo data, in one transaction; returns the staff members added. */
    public static int seed(SessionFactory sessions) {
        return seed(sessions, null);
    }

    /**
     * The same, with the opening stock it adds dated {@code openingStockAt} instead of now: the
     * demo history ({@code application.demo.DemoHistory}) starts there.
     */
    public static int seed(SessionFactory sessions, Instant openingStockAt) {
        String catalogue = readCatalogue();
        return sessions.fromTransaction(session -> session.doReturningWork(connection -> {
            if (openingStockAt != null) {
                try (PreparedStatement opening = connection.prepareStatement(
                        "SELECT set_config('ocpizza.demo_opening_at', ?, true)")) {
                    opening.setString(1, openingStockAt.toString());
                    opening.execute();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(catalogue);
            }
            Set<String> existing = new HashSet<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT login FROM staff")) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff (store_id, login, full_name, role, pin_hash, password_hash)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO NOTHING")) {
                for (DemoStaff member : staff()) {
                    if (existing.contains(member.login())) {
                        continue;
                    }
                    String hash = AuthService.hashSecret(member.role(), member.secret());
                    insert.setObject(1, member.storeId());
                    insert.setString(2, member.login());
                    insert.setString(3, member.fullName());
                    insert.setString(4, member.role().name());
                    insert.setString(5, member.role().usesPassword() ? null : hash);
                    insert.setString(6, member.role().usesPassword() ? hash : null);
                    added += insert.executeUpdate();
                }
            }
            return added;
        }));
    }

    /** Whether the database holds no store yet (first start of the embedded default). */
    public static boolean isEmpty(SessionFactory sessions) {
        return sessions.fromTransaction(session ->
                session.createNativeQuery("SELECT count(*) FROM store", Long.class).getSingleResult() == 0);
    }

    private static String readCatalogue() {
        try (InputStream in = DemoData.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException(CATALOGUE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
