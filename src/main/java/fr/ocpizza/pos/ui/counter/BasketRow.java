package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.order.PricedLine;
import fr.ocpizza.pos.ui.common.Messages;

/**
 * A basket line with its price, as the basket list shows it; {@code label} names the product
 * and size ("Reine M", "½ Reine + ½ Diavola M"). {@code priced} is null until the menu is read.
 */
record BasketRow(BasketLine line, PricedLine priced, String label) {

    /** "Reine M", "Coca-Cola 33 cl", "½ Reine + ½ Diavola M". */
    static String label(Menu menu, BasketLine line, Messages messages) {
        ProductSize size = menu.productSize(line.productSizeId());
        String sized = "U".equals(size.sizeCode()) ? "" : " " + size.sizeCode();
        if (line.secondHalfProductSizeId() == null) {
            return size.productName() + sized;
        }
        return messages.get("counter.line.halves", size.productName(),
                menu.productSize(line.secondHalfProductSizeId()).productName()) + sized;
    }
}
