package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.application.stock.StoreAvailability;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.stock.Availability;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The menu tiles of the counter: the products of a category (or those the search finds) in the
 * chosen pizza size, each with what the stock still allows. Fed with the menu last read by the
 * {@link CounterViewModel}. UI thread only.
 */
public final class MenuTilesViewModel {

    private final ObjectProperty<ProductCategory> category = new SimpleObjectProperty<>(this, "category", ProductCategory.PIZZA);
    private final ObjectProperty<String> pizzaSize = new SimpleObjectProperty<>(this, "pizzaSize", "M");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<ProductTile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper menuLoaded = new ReadOnlyBooleanWrapper(this, "menuLoaded");
    private StoreAvailability availability;

    MenuTilesViewModel() {
        category.addListener((o, before, after) -> rebuildTiles());
        pizzaSize.addListener((o, before, after) -> rebuildTiles());
        search.addListener((o, before, after) -> rebuildTiles());
    }

    /** A fresh read of the menu and of what the stock allows. */
    void apply(StoreAvailability fresh) {
        availability = fresh;
        menuLoaded.set(true);
        rebuildTiles();
    }

    /** The menu last read; null before the first read. */
    Menu menu() {
        return availability == null ? null : availability.menu();
    }

    /** F5 / F6 / F7: a category, with the search emptied. */
    public void showCategory(ProductCategory shown) {
        category.set(shown);
        search.set("");
    }

    /** The product Enter in the search adds: the first one shown, if the search found any. */
    Optional<ProductTile> firstMatch() {
        return tiles.isEmpty() ? Optional.empty() : Optional.of(tiles.get(0));
    }

    private void rebuildTiles() {
        if (availability == null) {
            tiles.clear();
            return;
        }
        String query = normalized(search.get());
        List<ProductTile> shown = new ArrayList<>();
        for (Availability item : availability.items()) {
            ProductSize size = item.productSize();
            boolean matches = query.isEmpty()
                    ? size.category() == category.get()
                    : normalized(size.productName()).contains(query) || normalized(size.productCode()).contains(query);
            boolean rightSize = size.category() != ProductCategory.PIZZA || size.sizeCode().equals(pizzaSize.get());
            if (matches && rightSize) {
                shown.add(new ProductTile(size, item.portions(), availability.limitingIngredientName(item).orElse(null),
                        ProductTile.stateOf(size, item.portions())));
            }
        }
        if (!query.isEmpty()) {
            // Best match first: names that start with the query, then sellable ones.
            shown.sort(Comparator.comparing((ProductTile tile) -> !normalized(tile.name()).startsWith(query))
                    .thenComparing(tile -> !tile.canBeSold()));
        }
        tiles.setAll(shown);
    }

    /** Lower case, no accents: "quatre fro" finds "Quatre fromages", "vegetar" finds "Végétarienne". */
    static String normalized(String text) {
        return Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    public ObjectProperty<ProductCategory> categoryProperty() {
        return category;
    }

    /** The size the pizza tiles show (S, M, L). */
    public ObjectProperty<String> pizzaSizeProperty() {
        return pizzaSize;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<ProductTile> tiles() {
        return tiles;
    }

    public ReadOnlyBooleanProperty menuLoadedProperty() {
        return menuLoaded.getReadOnlyProperty();
    }
}
