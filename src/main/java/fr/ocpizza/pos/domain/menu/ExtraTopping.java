package fr.ocpizza.pos.domain.menu;

import fr.ocpizza.pos.domain.Money;
import java.math.BigDecimal;

/** A topping a customer may add to a pizza of a given size: how much goes on, and its price. */
public record ExtraTopping(int ingredientId, String sizeCode, BigDecimal quantity, Money price) {
}
