package fr.ocpizza.pos.domain.order;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductSize;
import java.util.List;

/** A line with its price: unit price = size price + priced extras; total = unit × quantity. */
public record PricedLine(int lineNo, ProductSize productSize, int quantity, List<ToppingChange> toppings,
                         Money unitPrice, Money lineTotal, String note) {

    public PricedLine {
        toppings = List.copyOf(toppings);
    }
}
