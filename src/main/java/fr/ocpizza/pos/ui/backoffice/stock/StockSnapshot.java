package fr.ocpizza.pos.ui.backoffice.stock;

import fr.ocpizza.pos.application.stock.RunOutEstimate;
import fr.ocpizza.pos.application.stock.StoreAvailability;
import fr.ocpizza.pos.domain.stock.StockLevel;
import java.util.List;
import java.util.Map;

/**
 * What the stock board reads in one go: the ingredients' levels and what they still allow;
 * {@code announcedBefore} is the number of low-stock announcements made before the read began;
 * {@code runOut} when each ingredient should run out at the pace of the last weeks (by ingredient id).
 */
record StockSnapshot(List<StockLevel> levels, StoreAvailability availability, long announcedBefore,
                     Map<Integer, RunOutEstimate> runOut) {
}
