package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.application.kitchen.KitchenTicket;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the all-day panel: how many pizzas of a product and size are still to make, over
 * every ticket received or in preparation. A half-and-half counts as one pizza of its own row
 * ("½ Reine + ½ Quatre fromages").
 */
public record AllDayCount(String productName, String sizeCode, int quantity) {

    private static final List<String> SIZE_ORDER = List.of("S", "M", "L", "U");

    /** The counts of the open tickets' pizza lines, largest first, then by name and size. */
    public static List<AllDayCount> of(List<KitchenTicket> tickets) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (KitchenTicket ticket : tickets) {
            if (!ticket.isOpen()) {
                continue;
            }
            for (KitchenTicket.Line line : ticket.lines()) {
                if (line.isPizza()) {
                    counts.merge(List.of(line.displayName(), line.sizeCode()), line.quantity(), Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new AllDayCount(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
                .sorted(Comparator.comparingInt(AllDayCount::quantity).reversed()
                        .thenComparing(AllDayCount::productName)
                        .thenComparingInt(count -> SIZE_ORDER.indexOf(count.sizeCode())))
                .toList();
    }
}
