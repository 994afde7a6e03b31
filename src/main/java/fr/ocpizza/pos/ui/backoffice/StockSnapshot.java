package fr.ocpizza.pos.ui.backoffice;

import fr.ocpizza.pos.application.stock.StoreAvailability;
import fr.ocpizza.pos.domain.stock.StockLevel;
import java.util.List;

/**
 * What the stock board reads in one go: the ingredients' levels and what they still allow;
 * {@code announcedBefore} is the number of low-stock announcements made before the read began.
 */
record StockSnapshot(List<StockLevel> levels, StoreAvailability availability, long announcedBefore) {
}
