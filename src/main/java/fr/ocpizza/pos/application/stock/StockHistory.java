package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.application.Permissions;
import fr.ocpizza.pos.application.export.CsvWriter;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.order.TicketRef;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.domain.stock.MovementKind;
import fr.ocpizza.pos.domain.stock.RunOutProjection;
import fr.ocpizza.pos.domain.stock.StockLevel;
import fr.ocpizza.pos.persistence.CatalogQueries;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.NativeQuery;

/**
 * Reads a store's stock history: the ledger (on screen and as CSV) and when each ingredient is
 * expected to run out at the pace of recent weeks.
 */
public final class StockHistory {

    /** Most rows one ledger read returns: a screenful of pages, not the whole year (the export has no limit). */
    public static final int MAX_LEDGER_ROWS = 5_000;

    /**
     * Weeks of orders the run-out estimate averages: four of each weekday smooth one odd evening
     * (a match on TV, a rainy Sunday) while still following the season and the latest menu.
     */
    public static final int LOOKBACK_WEEKS = 4;

    /** How far ahead the estimate projects: beyond the weeks it learns from, a date would be a guess. */
    public static final Duration HORIZON = Duration.ofDays(7L * LOOKBACK_WEEKS);

    /** The columns of the ledger export. */
    public static final List<String> CSV_HEADER = List.of("at", "ingredient_code", "ingredient", "unit", "kind", "delta",
            "quantity_after", "staff", "reason", "reference", "order_id", "ticket_number", "business_date");

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String ORDER_KINDS = "('ORDER_CONSUMPTION', 'ORDER_MODIFICATION', 'ORDER_CANCELLATION')";

    private final SessionFactory sessions;
    private final Clock clock;

    public StockHistory(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The store's ledger rows that match the filter, newest first, at most {@code limit}. */
    public List<LedgerEntry> ledger(StaffPrincipal caller, int storeId, LedgerFilter filter, int limit) {
        Permissions.MANAGE_STOCK.check(caller, storeId);
        checkPeriod(filter);
        if (limit < 1 || limit > MAX_LEDGER_ROWS) {
            throw new ValidationException("error.stock.ledger.limit",
                    "Between 1 and " + MAX_LEDGER_ROWS + " ledger rows can be read at once, not " + limit
                            + ": narrow the period or export it as CSV.", MAX_LEDGER_ROWS, limit);
        }
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            StockMovements.requireStore(session, storeId);
            try (Stream<Object[]> rows = ledgerQuery(session, storeId, filter).setMaxResults(limit).getResultStream()) {
                return rows.map(StockHistory::entry).toList();
            }
        });
    }

    /**
     * Writes the store's ledger rows that match the filter, newest first, as CSV ({@link CsvWriter})
     * with a header row ({@link #CSV_HEADER}): times in Paris time with their offset, quantities as plain decimals,
     * empty cells for what a row has not. Streams the rows: a year of ledger is fine.
     */
    public void exportLedger(StaffPrincipal caller, int storeId, LedgerFilter filter, Writer out) {
        Permissions.EXPORT_DATA.check(caller, storeId);
        checkPeriod(filter);
        sessions.inTransaction(session -> {
            session.setDefaultReadOnly(true);
            StockMovements.requireStore(session, storeId);
            try (Stream<Object[]> rows = ledgerQuery(session, storeId, filter).setFetchSize(500).getResultStream()) {
                CsvWriter.write(out, CSV_HEADER, rows.map(row -> csvRow(entry(row))).iterator());
            }
        });
    }

    /**
     * For every ingredient the store stocks, when it is expected to run out: the net consumption
     * of orders over the last {@link #LOOKBACK_WEEKS} weeks is averaged per hour of the week
     * (Paris time) and projected from now ({@link RunOutProjection}), at most {@link #HORIZON}
     * ahead. Soonest first; then those that last, then those no order used, by name.
     */
    public List<RunOutEstimate> runsOutIn(StaffPrincipal caller, int storeId) {
        Permissions.MANAGE_STOCK.check(caller, storeId);
        ZonedDateTime now = clock.instant().atZone(PARIS);
        Instant since = now.toInstant().minus(Duration.ofDays(7L * LOOKBACK_WEEKS));
        return sessions.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            StockMovements.requireStore(session, storeId);
            Map<Integer, Map<Integer, BigDecimal>> totals = new HashMap<>();
            session.createNativeQuery("SELECT m.ingredient_id,"
                            + " (EXTRACT(ISODOW FROM m.created_at AT TIME ZONE 'Europe/Paris') - 1) * 24"
                            + "   + EXTRACT(HOUR FROM m.created_at AT TIME ZONE 'Europe/Paris'),"
                            + " -SUM(m.quantity_delta)"
                            + " FROM stock_movement m WHERE m.store_id = :store AND m.kind IN " + ORDER_KINDS
                            + " AND m.created_at >= :since AND m.created_at < :now GROUP BY 1, 2", Object[].class)
                    .setParameter("store", storeId)
                    .setParameter("since", since)
                    .setParameter("now", now.toInstant())
                    .getResultList()
                    .forEach(row -> totals.computeIfAbsent(((Number) row[0]).intValue(), id -> new TreeMap<>())
                            .put(((Number) row[1]).intValue(), (BigDecimal) row[2]));
            List<RunOutEstimate> estimates = new ArrayList<>();
            for (StockLevel level : CatalogQueries.stock(session, storeId)) {
                Map<Integer, BigDecimal> bySlot = totals.getOrDefault(level.ingredientId(), Map.of());
                BigDecimal consumed = bySlot.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).max(BigDecimal.ZERO);
                RunOutProjection.Estimate estimate = RunOutProjection.project(level.quantity(),
                        RunOutProjection.hourlyAverage(bySlot, LOOKBACK_WEEKS), now, HORIZON);
                estimates.add(new RunOutEstimate(level.ingredientId(), level.ingredientCode(), level.ingredientName(),
                        level.unit(), level.quantity(), consumed, estimate.outlook(), estimate.runsOutAt()));
            }
            estimates.sort(Comparator.comparing((RunOutEstimate e) -> e.runsOutAt().orElse(Instant.MAX))
                    .thenComparing(RunOutEstimate::outlook)
                    .thenComparing(RunOutEstimate::ingredientName));
            return List.copyOf(estimates);
        });
    }

    private static void checkPeriod(LedgerFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new ValidationException("error.stock.ledger.period",
                    "The period ends before it starts: choose an end after the start.");
        }
    }

    private static NativeQuery<Object[]> ledgerQuery(Session session, int storeId, LedgerFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT m.id, m.created_at, i.id, i.code, i.name, i.unit, m.kind,"
                + " m.quantity_delta, m.quantity_after, s.full_name, m.reason, m.reference, m.order_id,"
                + " o.ticket_number, o.business_date"
                + " FROM stock_movement m JOIN ingredient i ON i.id = m.ingredient_id"
                + " LEFT JOIN staff s ON s.id = m.staff_id LEFT JOIN customer_order o ON o.id = m.order_id"
                + " WHERE m.store_id = :store");
        if (filter.ingredientId() != null) {
            sql.append(" AND m.ingredient_id = :ingredient");
        }
        if (filter.kind() != null) {
            sql.append(" AND m.kind = :kind");
        }
        if (filter.from() != null) {
            sql.append(" AND m.created_at >= :from");
        }
        if (filter.to() != null) {
            sql.append(" AND m.created_at < :to");
        }
        sql.append(" ORDER BY m.created_at DESC, m.id DESC");
        NativeQuery<Object[]> query = session.createNativeQuery(sql.toString(), Object[].class);
        query.setParameter("store", storeId);
        if (filter.ingredientId() != null) {
            query.setParameter("ingredient", filter.ingredientId());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query;
    }

    private static LedgerEntry entry(Object[] row) {
        return new LedgerEntry(((Number) row[0]).longValue(), instant(row[1]), ((Number) row[2]).intValue(),
                (String) row[3], (String) row[4], Unit.fromSymbol((String) row[5]), MovementKind.valueOf((String) row[6]),
                (BigDecimal) row[7], (BigDecimal) row[8], (String) row[9], (String) row[10], (String) row[11],
                row[12] == null ? null : ((Number) row[12]).longValue(),
                row[13] == null ? null : new TicketRef(((Number) row[13]).intValue(), localDate(row[14])));
    }

    private static List<Object> csvRow(LedgerEntry entry) {
        return Arrays.asList(
                TIMESTAMP.format(entry.at().truncatedTo(ChronoUnit.SECONDS).atZone(PARIS)),
                entry.ingredientCode(), entry.ingredientName(), entry.unit().symbol(), entry.kind().name(),
                entry.delta().stripTrailingZeros().toPlainString(),
                entry.quantityAfter().stripTrailingZeros().toPlainString(),
                entry.staffName(), entry.reason(), entry.reference(), entry.orderId(),
                entry.ticket() == null ? null : entry.ticket().number(),
                entry.ticket() == null ? null : entry.ticket().businessDate().toString());
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date type " + value.getClass().getName());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
