package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;

/** A count that differed from the stock: the quantity before, the one counted and the correction recorded. */
public record CountCorrection(int ingredientId, String ingredientCode, String ingredientName, Unit unit,
                              BigDecimal before, BigDecimal counted, BigDecimal delta) {
}
