package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.stock.RunOutProjection.Outlook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * When an ingredient of a store is expected to run out: its quantity now, what orders took of
 * it over the weeks looked at, and the projection's outlook and moment.
 */
public record RunOutEstimate(int ingredientId, String ingredientCode, String ingredientName, Unit unit,
                             BigDecimal quantity, BigDecimal consumedInPeriod, Outlook outlook,
                             Optional<Instant> runsOutAt) {
}
