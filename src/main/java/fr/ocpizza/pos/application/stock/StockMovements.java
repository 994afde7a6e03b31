package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.application.Audit;
import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.application.StaffIds;
import fr.ocpizza.pos.domain.NotFoundException;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.Quantity;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.persistence.CatalogQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The back office's stock entries: supplier deliveries, waste and stock counts. Each is one
 * transaction through {@link StockLedger} (stock rows and their ledger rows together, stock
 * events in the outbox); any refusal writes nothing.
 */
public final class StockMovements {

    /** Longest delivery reference kept: a delivery-note number, not a letter. */
    static final int MAX_REFERENCE = 100;
    /** Longest waste reason kept. */
    static final int MAX_REASON = 300;

    private final SessionFactory sessions;
    private final Clock clock;

    public StockMovements(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Records a supplier's delivery: every line adds to the stock, with one DELIVERY ledger row
     * per ingredient carrying the delivery reference. Returns the delivered ingredients' stock
     * after, by name.
     */
    public List<StockLevel> recordDelivery(StaffPrincipal caller, int storeId, String reference, List<DeliveryLine> lines) {
        Permissions.MANAGE_STOCK.check(caller, storeId);
        String ref = requiredText(reference, MAX_REFERENCE, "error.stock.delivery.reference",
                "A delivery needs its reference (the number on the supplier's delivery note): type it.",
                "error.stock.delivery.referenceTooLong", "delivery reference");
        if (lines == null || lines.isEmpty()) {
            throw new ValidationException("error.stock.delivery.empty",
                    "The delivery has no line: add at least one ingredient with the quantity received.");
        }
        return sessions.fromTransaction(session -> {
            requireStore(session, storeId);
            Menu menu = CatalogQueries.menuFor(session, List.of());
            Map<Integer, BigDecimal> deltas = new TreeMap<>();
            for (DeliveryLine line : lines) {
                Ingredient ingredient = ingredient(menu, line.ingredientId());
                BigDecimal quantity = positive(line.quantity(), ingredient);
                if (deltas.put(ingredient.id(), quantity) != null) {
                    throw new ValidationException("error.stock.delivery.duplicate",
                            ingredient.name() + " is on two lines of this delivery: put its whole quantity on one line.",
                            ingredient.name());
                }
            }
            StockLedger ledger = new StockLedger(session, storeId, clock.instant());
            requireStocked(ledger.lockQuantities(deltas.keySet()), deltas.keySet(), menu, storeId);
            ledger.apply(deltas, Map.of(), menu, MovementKind.DELIVERY, null, StaffIds.of(caller), null, ref);
            ledger.publishEvents(menu);
            return levelsOf(session, storeId, deltas.keySet());
        });
    }

    /**
     * Records waste: takes the quantity out of the stock with a WASTE ledger row and its reason.
     * Refused when the store has less than that in stock (count the stock first). Returns the
     * ingredient's stock after.
     */
    public StockLevel recordWaste(StaffPrincipal caller, int storeId, int ingredientId, BigDecimal quantity, String reason) {
        Permissions.MANAGE_STOCK.check(caller, storeId);
        String why = requiredText(reason, MAX_REASON, "error.stock.waste.reason",
                "Waste needs a reason (dropped, past its date, burnt…): type it.",
                "error.stock.waste.reasonTooLong", "waste reason");
        return sessions.fromTransaction(session -> {
            requireStore(session, storeId);
            Menu menu = CatalogQueries.menuFor(session, List.of());
            Ingredient ingredient = ingredient(menu, ingredientId);
            BigDecimal wasted = positive(quantity, ingredient);
            StockLedger ledger = new StockLedger(session, storeId, clock.instant());
            Map<Integer, BigDecimal> inStock = ledger.lockQuantities(List.of(ingredientId));
            requireStocked(inStock, List.of(ingredientId), menu, storeId);
            BigDecimal available = inStock.get(ingredientId);
            if (wasted.compareTo(available) > 0) {
                String unit = ingredient.unit().symbol();
                throw new ValidationException("error.stock.waste.moreThanStock",
                        "Only " + plain(available) + " " + unit + " of " + ingredient.name() + " are in stock: "
                                + plain(wasted) + " " + unit + " cannot be thrown away. Check the quantity,"
                                + " or count the stock first if the figure in stock is wrong.",
                        ingredient.name(), available, wasted, unit);
            }
            ledger.apply(Map.of(ingredientId, wasted.negate()), Map.of(), menu, MovementKind.WASTE, null,
                    StaffIds.of(caller), why, null);
            ledger.publishEvents(menu);
            return levelsOf(session, storeId, List.of(ingredientId)).get(0);
        });
    }

    /**
     * Records a stock count: for each ingredient counted, the difference with the stock is
     * recorded as a COUNT_CORRECTION ledger row (none when the count matches), and the
     * corrections, a sensitive action, go to the audit log in one row. Returns the corrections,
     * in ingredient order; empty when everything matched.
     */
    public List<CountCorrection> recordCount(StaffPrincipal caller, int storeId, List<CountedQuantity> counted) {
        Permissions.MANAGE_STOCK.check(caller, storeId);
        if (counted == null || counted.isEmpty()) {
            throw new ValidationException("error.stock.count.empty",
                    "The count has no line: enter what you counted of at least one ingredient.");
        }
        return sessions.fromTransaction(session -> {
            requireStore(session, storeId);
            Menu menu = CatalogQueries.menuFor(session, List.of());
            Map<Integer, BigDecimal> found = new TreeMap<>();
            for (CountedQuantity line : counted) {
                Ingredient ingredient = ingredient(menu, line.ingredientId());
                BigDecimal quantity = present(line.countedQuantity(), ingredient);
                if (found.put(ingredient.id(), quantity) != null) {
                    throw new ValidationException("error.stock.count.duplicate",
                            ingredient.name() + " is counted twice: keep one figure, the whole quantity found.",
                            ingredient.name());
                }
            }
            Instant now = clock.instant();
            StockLedger ledger = new StockLedger(session, storeId, now);
            Map<Integer, BigDecimal> before = ledger.lockQuantities(found.keySet());
            requireStocked(before, found.keySet(), menu, storeId);
            Map<Integer, BigDecimal> deltas = new TreeMap<>();
            List<CountCorrection> corrections = new ArrayList<>();
            found.forEach((id, quantity) -> {
                BigDecimal delta = quantity.subtract(before.get(id));
                if (delta.signum() != 0) {
                    Ingredient ingredient = menu.ingredient(id);
                    deltas.put(id, delta);
                    corrections.add(new CountCorrection(id, ingredient.code(), ingredient.name(), ingredient.unit(),
                            before.get(id), quantity, delta));
                }
            });
            if (corrections.isEmpty()) {
                return List.of();
            }
            ledger.apply(deltas, Map.of(), menu, MovementKind.COUNT_CORRECTION, null, StaffIds.of(caller), null, null);
            ledger.publishEvents(menu);
            Audit.record(session, caller, storeId, "STOCK_COUNT_CORRECTED", "stock", storeId,
                    Map.of("corrections", corrections.stream().map(StockMovements::auditDetail).toList()), now);
            return List.copyOf(corrections);
        });
    }

    private static Map<String, Object> auditDetail(CountCorrection correction) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("ingredient", correction.ingredientCode());
        detail.put("unit", correction.unit().symbol());
        detail.put("before", correction.before());
        detail.put("counted", correction.counted());
        detail.put("delta", correction.delta());
        return detail;
    }

    private static Ingredient ingredient(Menu menu, int ingredientId) {
        try {
            return menu.ingredient(ingredientId);
        } catch (NotFoundException e) {
            throw new ValidationException("error.stock.ingredient.unknown",
                    "There is no ingredient number " + ingredientId + ": pick the ingredient from the list.",
                    ingredientId);
        }
    }

    /** A movement's quantity: given, valid, and more than zero. */
    private static BigDecimal positive(BigDecimal quantity, Ingredient ingredient) {
        BigDecimal checked = present(quantity, ingredient);
        if (checked.signum() == 0) {
            throw new ValidationException("error.stock.quantity.zero",
                    "The quantity of " + ingredient.name() + " is 0 " + ingredient.unit().symbol()
                            + ": type the quantity moved, or remove the line.",
                    ingredient.name(), ingredient.unit().symbol());
        }
        return checked;
    }

    /** A count's quantity: given and valid; zero allowed. */
    private static BigDecimal present(BigDecimal quantity, Ingredient ingredient) {
        if (quantity == null) {
            throw new ValidationException("error.stock.quantity.missing",
                    "No quantity for " + ingredient.name() + ": type it in " + ingredient.unit().symbol() + ".",
                    ingredient.name(), ingredient.unit().symbol());
        }
        return Quantity.check(quantity, ingredient.unit());
    }

    private static void requireStocked(Map<Integer, BigDecimal> stocked, Iterable<Integer> ingredientIds, Menu menu,
                                       int storeId) {
        for (Integer id : ingredientIds) {
            if (!stocked.containsKey(id)) {
                String name = menu.ingredient(id).name();
                throw new ValidationException("error.stock.ingredient.notStocked",
                        name + " is not stocked at store " + storeId + ": its stock must be opened"
                                + " for this pizzeria before anything is recorded for it.",
                        name, storeId);
            }
        }
    }

    private static String requiredText(String text, int maxLength, String blankKey, String blankMessage,
                                       String tooLongKey, String what) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new ValidationException(blankKey, blankMessage);
        }
        if (value.length() > maxLength) {
            throw new ValidationException(tooLongKey,
                    "The " + what + " is " + value.length() + " characters long: shorten it to at most " + maxLength + ".",
                    value.length(), maxLength);
        }
        return value;
    }

    private static List<StockLevel> levelsOf(Session session, int storeId, Collection<Integer> ingredientIds) {
        return CatalogQueries.stock(session, storeId).stream()
                .filter(level -> ingredientIds.contains(level.ingredientId()))
                .toList();
    }

    static void requireStore(Session session, int storeId) {
        if (CatalogQueries.storeActive(session, storeId).isEmpty()) {
            throw new NotFoundException("Store", storeId);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
