package fr.ocpizza.pos.application.stock;

import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.stock.Availability;
import java.util.List;
import java.util.Optional;

/** What a store can still make, with the menu to name limiting ingredients. */
public record StoreAvailability(Menu menu, List<Availability> items) {

    public StoreAvailability {
        items = List.copyOf(items);
    }

    /** The name of the ingredient that limits an item, if any. */
    public Optional<String> limitingIngredientName(Availability item) {
        return item.limitingIngredientId().map(id -> menu.ingredient(id).name());
    }

    /** The figure for one product code and size, for tests and tools. */
    public Optional<Availability> find(String productCode, String sizeCode) {
        return items.stream()
                .filter(a -> a.productSize().productCode().equals(productCode) && a.productSize().sizeCode().equals(sizeCode))
                .findFirst();
    }
}
