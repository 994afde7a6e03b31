package fr.ocpizza.pos.application.stock;

import java.math.BigDecimal;

/** One ingredient of a supplier's delivery, in the ingredient's unit. */
public record DeliveryLine(int ingredientId, BigDecimal quantity) {
}
