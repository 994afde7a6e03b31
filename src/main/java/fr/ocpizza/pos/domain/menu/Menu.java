package fr.ocpizza.pos.domain.menu;

import fr.ocpizza.pos.domain.NotFoundException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The part of the menu an operation needs: product sizes, ingredients and priced extras. */
public final class Menu {

    private final Map<Integer, ProductSize> productSizes = new HashMap<>();
    private final Map<Integer, Ingredient> ingredients = new HashMap<>();
    private final Map<String, ExtraTopping> extras = new HashMap<>();

    public Menu(Collection<ProductSize> productSizes, Collection<Ingredient> ingredients,
                Collection<ExtraTopping> extras) {
        productSizes.forEach(size -> this.productSizes.put(size.id(), size));
        ingredients.forEach(ingredient -> this.ingredients.put(ingredient.id(), ingredient));
        extras.forEach(extra -> this.extras.put(extraKey(extra.ingredientId(), extra.sizeCode()), extra));
    }

    public ProductSize productSize(int id) {
        ProductSize size = productSizes.get(id);
        if (size == null) {
            throw new NotFoundException("Product size", id);
        }
        return size;
    }

    public Ingredient ingredient(int id) {
        Ingredient ingredient = ingredients.get(id);
        if (ingredient == null) {
            throw new NotFoundException("Ingredient", id);
        }
        return ingredient;
    }

    public Optional<ExtraTopping> extra(int ingredientId, String sizeCode) {
        return Optional.ofNullable(extras.get(extraKey(ingredientId, sizeCode)));
    }

    /** The toppings that may be added to a pizza of that size, by ingredient name. */
    public List<ExtraTopping> extrasFor(String sizeCode) {
        return extras.values().stream()
                .filter(extra -> extra.sizeCode().equals(sizeCode))
                .sorted(Comparator.comparing((ExtraTopping extra) -> ingredient(extra.ingredientId()).name()))
                .toList();
    }

    public Collection<ProductSize> productSizes() {
        return productSizes.values();
    }

    private static String extraKey(int ingredientId, String sizeCode) {
        return ingredientId + "/" + sizeCode;
    }
}
