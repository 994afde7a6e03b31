package fr.ocpizza.pos.application.store;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;

/**
 * The pizzerias of the chain, as the command line and the diagnostics name them. Reading the
 * list needs no role: store names and numbers are printed on every ticket.
 */
public final class StoreDirectory {

    /** One pizzeria: its number ({@code store.id}), code, name, and the address and phone its tickets print. */
    public record Store(int id, String code, String name, String addressLine, String postalCode, String city,
                        String phone) {

        /** "12 rue de la Roquette, 75011 Paris". */
        public String address() {
            return addressLine + ", " + postalCode + " " + city;
        }
    }

    private final SessionFactory sessions;

    public StoreDirectory(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Every store, by number. */
    public List<Store> all() {
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            return session.createNativeQuery("SELECT id, code, name, address_line, postal_code, city, phone FROM store ORDER BY id", Object[].class)
                    .getResultList().stream()
                    .map(row -> new Store(((Number) row[0]).intValue(), (String) row[1], (String) row[2],
                            (String) row[3], (String) row[4], (String) row[5], (String) row[6]))
                    .toList();
        });
    }

    public Optional<Store> find(int storeId) {
        return all().stream().filter(store -> store.id() == storeId).findFirst();
    }

    /**
     * The time zone of a store ({@code store.time_zone}): the one its people read and type times
     * in, and its business day's, whatever the machine's zone. Empty if there is no such store.
     */
    public Optional<ZoneId> zoneOf(int storeId) {
        return sessions.fromTransaction(session -> session.createNativeQuery(
                        "SELECT time_zone FROM store WHERE id = :store", String.class)
                .setParameter("store", storeId)
                .getResultList().stream().findFirst().map(ZoneId::of));
    }

    /** "1..5" for a contiguous chain, else "1, 2, 4"; "none" before the demo data or the first store. */
    public static String describeIds(List<Store> stores) {
        if (stores.isEmpty()) {
            return "none";
        }
        int first = stores.get(0).id();
        int last = stores.get(stores.size() - 1).id();
        if (last - first + 1 == stores.size()) {
            return first == last ? String.valueOf(first) : first + ".." + last;
        }
        return stores.stream().map(store -> String.valueOf(store.id())).collect(Collectors.joining(", "));
    }
}
