package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.order.PricedLine;

/**
 * A basket line with its price, as the basket list shows it; {@code label} names the product
 * and size ("Reine M", "½ Reine + ½ Diavola M"). {@code priced} is null until the menu is read.
 */
record BasketRow(BasketLine line, PricedLine priced, String label) {
}
