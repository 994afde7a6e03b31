package fr.ocpizza.pos.domain.order;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductSize;
import java.util.List;

/**
 * A line with its price: unit price = size price + priced extras; total = unit × quantity.
 * A half-and-half pizza has its {@code secondHalf} (null for a whole product): the unit price then
 * starts from the dearer half's price, and each half consumes half its recipe.
 */
public record PricedLine(int lineNo, ProductSize productSize, int quantity, List<ToppingChange> toppings,
                         Money unitPrice, Money lineTotal, String note, ProductSize secondHalf) {

    public PricedLine {
        toppings = List.copyOf(toppings);
    }

    public boolean isHalfAndHalf() {
        return secondHalf != null;
    }

    /** "Reine (M)", or "½ Reine + ½ Quatre fromages (M)" for a half-and-half. */
    public String label() {
        return LineLabel.of(productSize.productName(), isHalfAndHalf() ? secondHalf.productName() : null,
                productSize.sizeCode());
    }
}
