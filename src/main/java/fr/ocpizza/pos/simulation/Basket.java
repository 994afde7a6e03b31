package fr.ocpizza.pos.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a customer put in the online basket, priced by the money rules of docs/schema.md section 4.
 * <p>
 * The shop's own arithmetic, on purpose not the terminal's {@code OrderPricing}: the simulator
 * plays the other party of the contract, so a drift between the document and the terminal shows
 * up as an order the terminal would price differently.
 */
record Basket(List<Basket.Line> lines) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One line: a product size, how many, the extras added, the recipe ingredients removed, a note for the kitchen. */
    record Line(ShopMenu.Size size, int quantity, List<ShopMenu.Extra> added, List<Integer> removed, String note) {

        Line {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        /** Rule 4: the size's price plus the price of each added extra for that size; removing is free. */
        int unitPriceCents() {
            return size.priceCents() + added.stream().mapToInt(ShopMenu.Extra::priceCents).sum();
        }

        /** Rule 5. */
        int lineTotalCents() {
            return Math.multiplyExact(unitPriceCents(), quantity);
        }

        boolean isPlain() {
            return added.isEmpty() && removed.isEmpty() && note == null;
        }

        Line withOneMore() {
            return new Line(size, quantity + 1, added, removed, note);
        }
    }

    Basket {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A basket has at least one line");
        }
    }

    /** Rule 6: the sum of the line totals. */
    int totalCents() {
        return lines.stream().mapToInt(Line::lineTotalCents).sum();
    }

    /**
     * Rule 7: per VAT rate, {@code round_half_up(gross × rate / (100 + rate))} over the lines at
     * that rate, then the sum; never rounded per line.
     */
    int vatCents() {
        Map<BigDecimal, Integer> grossByRate = new TreeMap<>();
        for (Line line : lines) {
            grossByRate.merge(line.size().vatRate().setScale(2, RoundingMode.UNNECESSARY), line.lineTotalCents(), Integer::sum);
        }
        return grossByRate.entrySet().stream()
                .mapToInt(entry -> BigDecimal.valueOf(entry.getValue()).multiply(entry.getKey())
                        .divide(HUNDRED.add(entry.getKey()), 0, RoundingMode.HALF_UP).intValueExact())
                .sum();
    }

    /** "2 x Reine (M) [+mozzarella]; 1 x Coca-Cola 33 cl", for progress lines. */
    String describe(ShopMenu menu) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(line.quantity()).append(" x ").append(line.size().label());
            if (!line.added().isEmpty() || !line.removed().isEmpty()) {
                StringBuilder changes = new StringBuilder();
                line.added().forEach(extra -> changes.append(changes.isEmpty() ? "" : ", ")
                        .append('+').append(menu.ingredientCode(extra.ingredientId())));
                line.removed().forEach(id -> changes.append(changes.isEmpty() ? "" : ", ")
                        .append('-').append(menu.ingredientCode(id)));
                text.append(" [").append(changes).append(']');
            }
        }
        return text.toString();
    }
}
