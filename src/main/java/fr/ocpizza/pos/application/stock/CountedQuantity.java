package fr.ocpizza.pos.application.stock;

import java.math.BigDecimal;

/** What a stock count found of one ingredient, in its unit (0 when there is none). */
public record CountedQuantity(int ingredientId, BigDecimal countedQuantity) {
}
