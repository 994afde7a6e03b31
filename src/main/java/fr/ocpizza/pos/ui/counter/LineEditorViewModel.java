package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.ui.counter.BasketEdit.Kind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor of the selected basket line: what its size, toppings and second half may be, and
 * the changes the cashier makes there, each one an undoable edit of the {@link BasketViewModel}.
 * It closes when its line leaves the basket. UI thread only.
 */
public final class LineEditorViewModel {

    private final BasketViewModel basket;
    private final Supplier<Menu> menu;
    private final ObservableList<ToppingChoice> toppingChoices = FXCollections.observableArrayList();
    private final ObservableList<ProductSize> secondHalfChoices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");

    LineEditorViewModel(BasketViewModel basket, Supplier<Menu> menu) {
        this.basket = Objects.requireNonNull(basket);
        this.menu = Objects.requireNonNull(menu);
        basket.selectedProperty().addListener((o, before, after) -> refreshChoices());
        // A line removed (or its adding undone) takes its editor with it; moving to another line does not.
        basket.selectedProperty().addListener((o, before, after) -> {
            if (after == null || before != null && before.line().key() != after.line().key()
                    && basket.rows().stream().noneMatch(row -> row.line().key() == before.line().key())) {
                open.set(false);
            }
        });
    }

    /** F4 or a double click: edits the selected line, if there is one. */
    public void open() {
        if (basket.selectedProperty().get() != null) {
            refreshChoices();
            open.set(true);
        }
    }

    public void close() {
        open.set(false);
    }

    public void toggleExtra(int ingredientId) {
        basket.changeSelected(Kind.EXTRA, line -> line.toggleExtra(ingredientId));
    }

    public void toggleRemoval(int ingredientId) {
        basket.changeSelected(Kind.REMOVAL, line -> line.toggleRemoval(ingredientId));
    }

    /** Makes the selected pizza half-and-half with another pizza of its size; null makes it whole again. */
    public void setSecondHalf(ProductSize secondHalf) {
        basket.changeSelected(Kind.HALF, line -> line.withSecondHalf(secondHalf == null ? null : secondHalf.id()));
    }

    /** The note for the kitchen; the letters of one note are one edit. */
    public void setNote(String note) {
        basket.changeSelected(Kind.NOTE, line -> line.withNote(note));
    }

    /** A quick note ("bien cuite") after what the note already says. */
    public void addQuickNote(String quick) {
        basket.changeSelected(Kind.NOTE, line -> line.withNote(line.note() == null ? quick : line.note() + ", " + quick));
    }

    /** The selected pizza in another size (its second half too); toppings the size lacks are refused. */
    public void changeSize(String sizeCode) {
        Menu known = menu.get();
        BasketRow row = basket.selectedProperty().get();
        if (known == null || row == null) {
            return;
        }
        ProductSize current = known.productSize(row.line().productSizeId());
        Optional<ProductSize> resized = sizeOf(known, current.productId(), sizeCode);
        if (resized.isEmpty() || current.sizeCode().equals(sizeCode)) {
            return;
        }
        Integer secondHalf = row.line().secondHalfProductSizeId();
        Integer resizedHalf = secondHalf == null ? null
                : sizeOf(known, known.productSize(secondHalf).productId(), sizeCode).map(ProductSize::id).orElse(null);
        basket.changeSelected(Kind.SIZE, line -> line.withSize(resized.get().id(), resizedHalf));
    }

    private static Optional<ProductSize> sizeOf(Menu menu, int productId, String sizeCode) {
        return menu.productSizes().stream()
                .filter(size -> size.productId() == productId && size.sizeCode().equals(sizeCode))
                .findFirst();
    }

    /** The product sizes of the same product, for the editor's size buttons. */
    public List<String> sizesOfSelected() {
        Menu known = menu.get();
        BasketRow row = basket.selectedProperty().get();
        if (known == null || row == null) {
            return List.of();
        }
        ProductSize size = known.productSize(row.line().productSizeId());
        return known.productSizes().stream().filter(other -> other.productId() == size.productId())
                .map(ProductSize::sizeCode).sorted(Comparator.comparingInt("SMLU"::indexOf)).toList();
    }

    private void refreshChoices() {
        Menu known = menu.get();
        BasketRow row = basket.selectedProperty().get();
        if (known == null || row == null) {
            replaceIfChanged(toppingChoices, List.of());
            replaceIfChanged(secondHalfChoices, List.of());
            return;
        }
        BasketLine line = row.line();
        ProductSize size = known.productSize(line.productSizeId());
        Map<Integer, ToppingChoice> choices = new HashMap<>();
        Set<Integer> recipe = new HashSet<>(size.recipe().keySet());
        if (line.secondHalfProductSizeId() != null) {
            recipe.addAll(known.productSize(line.secondHalfProductSizeId()).recipe().keySet());
        }
        if (size.category() == ProductCategory.PIZZA) {
            for (ExtraTopping extra : known.extrasFor(size.sizeCode())) {
                choices.put(extra.ingredientId(), choice(known, line, extra.ingredientId(), recipe.contains(extra.ingredientId()), extra.price()));
            }
            for (int ingredientId : recipe) {
                choices.computeIfAbsent(ingredientId, id -> choice(known, line, id, true, null));
            }
        }
        // The pizza's own ingredients first (what may be left out), then the extras, each by name.
        replaceIfChanged(toppingChoices, choices.values().stream()
                .sorted(Comparator.comparing((ToppingChoice choice) -> !choice.inRecipe())
                        .thenComparing(choice -> MenuTilesViewModel.normalized(choice.name())))
                .toList());
        replaceIfChanged(secondHalfChoices, size.category() != ProductCategory.PIZZA ? List.of()
                : known.productSizes().stream()
                .filter(other -> other.category() == ProductCategory.PIZZA && other.sizeCode().equals(size.sizeCode())
                        && other.productId() != size.productId() && other.available())
                .sorted(Comparator.comparing(ProductSize::productName))
                .toList());
    }

    /**
     * Replaces a list shown by the editor only when it changed: a combo box whose items are reset
     * clears its value, which would undo the half the cashier just picked.
     */
    private static <T> void replaceIfChanged(ObservableList<T> shown, List<T> fresh) {
        if (!shown.equals(fresh)) {
            shown.setAll(fresh);
        }
    }

    private static ToppingChoice choice(Menu menu, BasketLine line, int ingredientId, boolean inRecipe, Money extraPrice) {
        ToppingChoice.Change change = line.added().contains(ingredientId) ? ToppingChoice.Change.ADDED
                : line.removed().contains(ingredientId) ? ToppingChoice.Change.REMOVED : ToppingChoice.Change.NONE;
        return new ToppingChoice(ingredientId, menu.ingredient(ingredientId).name(), inRecipe, extraPrice, change);
    }

    /** The ingredients of the selected line: its own first (what may be left out), then the extras. */
    public ObservableList<ToppingChoice> toppingChoices() {
        return toppingChoices;
    }

    /** The pizzas of the same size the selected one may be half-and-half with; empty for a drink. */
    public ObservableList<ProductSize> secondHalfChoices() {
        return secondHalfChoices;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
