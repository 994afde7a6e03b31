package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.Availability;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.persistence.CatalogQueries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;

/** Reads a store's stock and what it can still make from it. */
public final class StockService {

    private final SessionFactory sessions;

    public StockService(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Every ingredient of the store with its quantity, threshold and status. */
    public List<StockLevel> levels(StaffPrincipal caller, int storeId) {
        Permissions.VIEW_STOCK.check(caller, storeId);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            requireStore(session, storeId);
            return CatalogQueries.stock(session, storeId);
        });
    }

    /**
     * For each product and size on the menu, how many portions the store's stock allows now
     * (each product taken alone) and which ingredient limits it.
     */
    public StoreAvailability whatCanBeMade(StaffPrincipal caller, int storeId) {
        Permissions.VIEW_STOCK.check(caller, storeId);
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            requireStore(session, storeId);
            Menu menu = CatalogQueries.menu(session);
            Map<Integer, BigDecimal> stock = CatalogQueries.stock(session, storeId).stream()
                    .collect(Collectors.toMap(StockLevel::ingredientId, StockLevel::quantity));
            return new StoreAvailability(menu, Availability.all(List.copyOf(menu.productSizes()), stock));
        });
    }

    private static void requireStore(org.hibernate.Session session, int storeId) {
        if (CatalogQueries.storeActive(session, storeId).isEmpty()) {
            throw new NotFoundException("Store", storeId);
        }
    }
}
