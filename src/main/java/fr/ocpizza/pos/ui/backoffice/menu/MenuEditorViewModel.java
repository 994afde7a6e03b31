package fr.ocpizza.pos.ui.backoffice.menu;

import fr.ocpizza.pos.application.menu.MenuProduct;
import fr.ocpizza.pos.ui.common.FrenchOrder;
import fr.ocpizza.pos.application.menu.MenuRecipe;
import fr.ocpizza.pos.application.menu.MenuService;
import fr.ocpizza.pos.application.menu.ProductChange;
import fr.ocpizza.pos.application.menu.RecipeChange;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import fr.ocpizza.pos.ui.common.Messages;
import fr.ocpizza.pos.ui.common.ScreenWork;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The menu tab: the chain's products, and for the one chosen its prices, VAT rate, availability,
 * recipe per size and steps as editable text. The service checks every value again; what is typed
 * here is only parsed (a price that is not an amount is refused before anything is sent). Chain
 * managers change; store managers read. UI thread only, except the work given to the executor.
 */
public final class MenuEditorViewModel {

    /** An ingredient of the recipe being edited: its name and the quantity typed per size. */
    public static final class RecipeRow {
        private final Ingredient ingredient;
        private final Map<String, StringProperty> quantities = new LinkedHashMap<>();

        RecipeRow(Ingredient ingredient, List<String> sizeCodes, Map<String, BigDecimal> perSize) {
            this.ingredient = ingredient;
            for (String size : sizeCodes) {
                BigDecimal quantity = perSize.get(size);
                quantities.put(size, new SimpleStringProperty(quantity == null ? "" : quantity.stripTrailingZeros().toPlainString()));
            }
        }

        public Ingredient ingredient() {
            return ingredient;
        }

        public StringProperty quantity(String sizeCode) {
            return quantities.get(sizeCode);
        }
    }

    private final MenuService menu;
    private final TaskExecutor executor;
    private final StaffPrincipal staff;
    private final Messages messages;

    private final ObservableList<MenuProduct> products = FXCollections.observableArrayList();
    private final ObservableList<Ingredient> ingredients = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<MenuProduct> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<MenuRecipe> recipe = new ReadOnlyObjectWrapper<>(this, "recipe");
    private final Map<Integer, StringProperty> prices = new LinkedHashMap<>();
    private final ObjectProperty<BigDecimal> vatRate = new SimpleObjectProperty<>(this, "vatRate");
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available");
    private final ObservableList<RecipeRow> recipeRows = FXCollections.observableArrayList();
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "");
    private final ScreenWork work;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public MenuEditorViewModel(MenuService menu, TaskExecutor executor, StaffPrincipal staff, Messages messages) {
        this.menu = Objects.requireNonNull(menu);
        this.executor = Objects.requireNonNull(executor);
        this.staff = Objects.requireNonNull(staff);
        this.messages = Objects.requireNonNull(messages);
        this.work = new ScreenWork(executor, messages);
    }

    /** Whether this manager may change the menu (a chain manager), or only read it. */
    public boolean canEdit() {
        return staff.isChainManager();
    }

    public void load() {
        work.run(() -> new Object[] {menu.products(staff), menu.ingredients(staff)}, loaded -> {
            @SuppressWarnings("unchecked")
            List<MenuProduct> list = (List<MenuProduct>) loaded[0];
            @SuppressWarnings("unchecked")
            List<Ingredient> all = (List<Ingredient>) loaded[1];
            products.setAll(list);
            ingredients.setAll(all.stream().sorted(FrenchOrder.by(Ingredient::name)).toList());
            MenuProduct current = selected.get();
            if (current != null) {
                list.stream().filter(p -> p.id() == current.id()).findFirst().ifPresent(fresh -> {
                String saved = notice.get();
                select(fresh);
                notice.set(saved);
            });
            }
        });
    }

    /** Shows a product: its prices at once, its recipe once read. */
    public void select(MenuProduct product) {
        work.clearError();
        notice.set("");
        prices.clear();
        if (product == null) {
            selected.set(null);
            recipe.set(null);
            recipeRows.clear();
            return;
        }
        // The form's values first: the view rebuilds its fields when the selection changes.
        product.sizes().forEach(size -> prices.put(size.productSizeId(),
                new SimpleStringProperty(size.price().toEuros().toPlainString().replace('.', decimalSeparator()))));
        vatRate.set(product.vatRate());
        available.set(product.available());
        selected.set(product);
        work.run(() -> menu.recipe(staff, product.id()), this::showRecipe);
    }

    private void showRecipe(MenuRecipe read) {
        recipe.set(read);
        Map<Integer, Ingredient> byId = new LinkedHashMap<>();
        ingredients.forEach(ingredient -> byId.put(ingredient.id(), ingredient));
        recipeRows.setAll(read.lines().stream()
                .map(line -> new RecipeRow(byId.getOrDefault(line.ingredientId(),
                        new Ingredient(line.ingredientId(), "", line.ingredientName(), line.unit())), read.sizeCodes(), line.perSize()))
                .toList());
        steps.set(String.join("\n", read.steps()));
    }

    /** The product as the service returned it after a change: in the list, and as the one shown. */
    private void replace(MenuProduct changed) {
        changed.sizes().forEach(size -> prices.computeIfAbsent(size.productSizeId(), id -> new SimpleStringProperty())
                .set(size.price().toEuros().toPlainString().replace('.', decimalSeparator())));
        // Shown first: the list then finds its new item already selected and reads nothing again.
        selected.set(changed);
        products.replaceAll(product -> product.id() == changed.id() ? changed : product);
    }

    /** Adds an ingredient to the recipe being edited (its quantities still to type). */
    public void addIngredient(Ingredient ingredient) {
        MenuRecipe current = recipe.get();
        if (current == null || ingredient == null
                || recipeRows.stream().anyMatch(row -> row.ingredient().id() == ingredient.id())) {
            return;
        }
        recipeRows.add(new RecipeRow(ingredient, current.sizeCodes(), Map.of()));
    }

    public void removeIngredient(RecipeRow row) {
        recipeRows.remove(row);
    }

    /** "Enregistrer" of the prices, VAT and availability. */
    public void saveProduct() {
        MenuProduct product = selected.get();
        if (product == null) {
            return;
        }
        Map<Integer, Money> typed = new LinkedHashMap<>();
        for (MenuProduct.Size size : product.sizes()) {
            String text = prices.get(size.productSizeId()).get();
            Optional<Money> price = parseMoney(text);
            if (price.isEmpty()) {
                work.showError(messages.get("backoffice.menu.badPrice", text == null ? "" : text.strip(), size.sizeCode()));
                return;
            }
            typed.put(size.productSizeId(), price.get());
        }
        ProductChange change = new ProductChange(typed, vatRate.get(), available.get());
        work.run(() -> menu.updateProduct(staff, product.id(), product.version(), change), saved -> {
            replace(saved);
            notice.set(messages.get("backoffice.menu.saved", saved.name()));
        });
    }

    /** "Enregistrer la recette": every size's quantities and the steps, one per line. */
    public void saveRecipe() {
        MenuRecipe current = recipe.get();
        MenuProduct product = selected.get();
        if (current == null || product == null) {
            return;
        }
        Map<String, Map<Integer, BigDecimal>> quantities = new LinkedHashMap<>();
        for (String size : current.sizeCodes()) {
            Map<Integer, BigDecimal> items = new LinkedHashMap<>();
            for (RecipeRow row : recipeRows) {
                String text = row.quantity(size).get() == null ? "" : row.quantity(size).get().strip();
                if (text.isEmpty()) {
                    continue;
                }
                Optional<BigDecimal> quantity = parseQuantity(text);
                if (quantity.isEmpty()) {
                    work.showError(messages.get("backoffice.menu.badQuantity", text, row.ingredient().name(), size));
                    return;
                }
                items.put(row.ingredient().id(), quantity.get());
            }
            quantities.put(size, items);
        }
        List<String> typedSteps = new ArrayList<>();
        for (String line : steps.get().split("\\R")) {
            if (!line.isBlank()) {
                typedSteps.add(line.strip());
            }
        }
        work.run(() -> menu.updateRecipe(staff, product.id(), product.version(), new RecipeChange(quantities, typedSteps)), saved -> {
            // The recipe as saved, and the product's new version for the next change: no second read.
            showRecipe(saved);
            replace(new MenuProduct(product.id(), product.code(), product.name(), product.category(), product.vatRate(),
                    product.available(), saved.version(), product.sizes()));
            notice.set(messages.get("backoffice.menu.recipeSaved", saved.productName()));
        });
    }


    private char decimalSeparator() {
        return "fr".equals(messages.locale().getLanguage()) ? ',' : '.';
    }

    static Optional<Money> parseMoney(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty()
                    : Optional.of(Money.parse(text.replace("€", "").replace('\u00a0', ' ').strip()));
        } catch (ArithmeticException | NumberFormatException notAnAmount) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> parseQuantity(String text) {
        try {
            return Optional.of(new BigDecimal(text.replace(',', '.').strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    public ObservableList<MenuProduct> products() {
        return products;
    }

    public ObservableList<Ingredient> ingredients() {
        return ingredients;
    }

    public ReadOnlyObjectProperty<MenuProduct> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MenuRecipe> recipeProperty() {
        return recipe.getReadOnlyProperty();
    }

    public StringProperty price(int productSizeId) {
        return prices.get(productSizeId);
    }

    public ObjectProperty<BigDecimal> vatRateProperty() {
        return vatRate;
    }

    public BooleanProperty availableProperty() {
        return available;
    }

    public ObservableList<RecipeRow> recipeRows() {
        return recipeRows;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
