package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.application.export.CsvWriter;
import fr.ocpizza.pos.domain.Money;
import java.util.List;

/**
 * Each report table as CSV, written by the terminal's one {@link CsvWriter} (RFC 4180 quoting, LF
 * line ends, one header row) with the exports' conventions: snake_case column names, amounts in euros with two decimals
 * ({@code 32.00}), dates ISO ({@code 2026-03-14}), durations in whole seconds. The caller owns the
 * target (a file the user chose, written as UTF-8) and closes it.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static void summary(Appendable out, List<SalesSummary> rows) {
        CsvWriter.write(out, List.of("store_id", "store", "orders", "revenue_eur", "average_basket_eur"),
                rows.stream().<List<?>>map(r -> List.of(r.storeId(), r.storeName(), r.orders(), euros(r.revenue()),
                        euros(r.averageBasket()))).toList());
    }

    public static void salesByDay(Appendable out, List<DailySales> rows) {
        CsvWriter.write(out, List.of("store_id", "day", "orders", "revenue_eur", "average_basket_eur"),
                rows.stream().<List<?>>map(r -> List.of(r.storeId(), r.day().toString(), r.orders(), euros(r.revenue()),
                        euros(r.averageBasket()))).toList());
    }

    public static void salesByHour(Appendable out, List<HourlySales> rows) {
        CsvWriter.write(out, List.of("store_id", "hour", "orders", "revenue_eur", "average_basket_eur"),
                rows.stream().<List<?>>map(r -> List.of(r.storeId(), r.hour(), r.orders(), euros(r.revenue()),
                        euros(r.averageBasket()))).toList());
    }

    public static void salesByChannel(Appendable out, List<ChannelSales> rows) {
        CsvWriter.write(out, List.of("store_id", "channel", "orders", "revenue_eur", "average_basket_eur"),
                rows.stream().<List<?>>map(r -> List.of(r.storeId(), r.channel().name(), r.orders(), euros(r.revenue()),
                        euros(r.averageBasket()))).toList());
    }

    public static void salesByProduct(Appendable out, List<ProductSales> rows) {
        CsvWriter.write(out, List.of("store_id", "product", "size", "half_and_half", "quantity", "revenue_eur"),
                rows.stream().<List<?>>map(r -> List.of(r.storeId(), r.product(), r.sizeCode(), r.halfAndHalf(),
                        r.quantity(), euros(r.revenue()))).toList());
    }

    /** One row per store and reason (an empty reason: cancelled without one). */
    public static void cancellations(Appendable out, List<Cancellations> rows) {
        CsvWriter.write(out, List.of("store_id", "reason", "orders", "amount_eur"),
                rows.stream().flatMap(c -> c.byReason().stream().<List<?>>map(r -> List.of(c.storeId(), r.reason(),
                        r.orders(), euros(r.amount())))).toList());
    }

    public static void kitchenTimes(Appendable out, List<KitchenTimes> rows) {
        CsvWriter.write(out, List.of("store_id", "stage", "orders", "median_seconds", "p90_seconds"),
                rows.stream().<List<?>>map(r -> List.of(r.storeId(), r.stage().name(), r.orders(),
                        r.median().toSeconds(), r.p90().toSeconds())).toList());
    }

    /** The histograms: one row per store, stage and 5-minute bucket; an empty to_minutes is the open last bucket. */
    public static void kitchenHistogram(Appendable out, List<KitchenTimes> rows) {
        CsvWriter.write(out, List.of("store_id", "stage", "from_minutes", "to_minutes", "orders"),
                rows.stream().flatMap(k -> k.histogram().stream().<List<?>>map(b -> List.of(k.storeId(),
                        k.stage().name(), b.fromMinutes(), b.toMinutes() == null ? "" : b.toMinutes(), b.orders())))
                        .toList());
    }

    private static String euros(Money money) {
        return money.toEuros().toPlainString();
    }
}
