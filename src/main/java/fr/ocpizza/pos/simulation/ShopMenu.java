package fr.ocpizza.pos.simulation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The menu as the online shop shows it: the available products with their sizes, prices and
 * recipes, the extras per size and the ingredients' names. Read once at the start of a run with
 * plain SQL on the tables of docs/schema.md section 3.3 (a real shop would re-read it in each
 * order's transaction; a simulated run is short enough for the menu not to change under it).
 */
final class ShopMenu {

    /** An ingredient, for naming what an order ran out of. */
    record Ingredient(int id, String code, String name, String unit) {
    }

    /** A product in one size: what an order line sells, with the snapshots the line copies. */
    record Size(int productSizeId, String productCode, String productName, String category, BigDecimal vatRate,
                String sizeCode, int priceCents, Map<Integer, BigDecimal> recipe) {

        /** "Reine (M)", "Coca-Cola 33 cl". */
        String label() {
            return "U".equals(sizeCode) ? productName : productName + " (" + sizeCode + ")";
        }
    }

    /** An ingredient a customer may add to a product of one size, and its price. */
    record Extra(int ingredientId, String sizeCode, BigDecimal quantity, int priceCents) {
    }

    private final Map<Integer, Ingredient> ingredients;
    private final Map<String, List<Size>> pizzasByProduct;
    private final List<Size> drinks;
    private final List<Size> desserts;
    private final Map<String, List<Extra>> extrasBySize;
    private final Set<Integer> toppings;

    private ShopMenu(Map<Integer, Ingredient> ingredients, Map<String, List<Size>> pizzasByProduct, List<Size> drinks,
                     List<Size> desserts, Map<String, List<Extra>> extrasBySize) {
        this.ingredients = Map.copyOf(ingredients);
        this.pizzasByProduct = pizzasByProduct;
        this.drinks = List.copyOf(drinks);
        this.desserts = List.copyOf(desserts);
        this.extrasBySize = extrasBySize;
        this.toppings = extrasBySize.values().stream().flatMap(List::stream).map(Extra::ingredientId).collect(Collectors.toSet());
    }

    /** Reads the available products (menu order), their sizes and recipes, the extras and the ingredients. */
    static ShopMenu read(Connection connection) throws SQLException {
        Map<Integer, Ingredient> ingredients = new HashMap<>();
        query(connection, "SELECT id, code, name, unit FROM ingredient", rs -> ingredients.put(rs.getInt(1),
                new Ingredient(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))));

        Map<Integer, Map<Integer, BigDecimal>> recipes = new HashMap<>();
        query(connection, "SELECT product_size_id, ingredient_id, quantity FROM recipe_item", rs -> recipes
                .computeIfAbsent(rs.getInt(1), id -> new TreeMap<>()).put(rs.getInt(2), rs.getBigDecimal(3)));

        Map<String, List<Size>> pizzas = new LinkedHashMap<>();
        List<Size> drinks = new ArrayList<>();
        List<Size> desserts = new ArrayList<>();
        query(connection, "SELECT ps.id, p.code, p.name, p.category, p.vat_rate, ps.size_code, ps.price_cents"
                + " FROM product p JOIN product_size ps ON ps.product_id = p.id"
                + " WHERE p.available ORDER BY p.sort_order, p.id, ps.size_code", rs -> {
                    Size size = new Size(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getString(6), rs.getInt(7),
                            Map.copyOf(recipes.getOrDefault(rs.getInt(1), Map.of())));
                    switch (size.category()) {
                        case "PIZZA" -> pizzas.computeIfAbsent(size.productCode(), code -> new ArrayList<>()).add(size);
                        case "DRINK" -> drinks.add(size);
                        case "DESSERT" -> desserts.add(size);
                        default -> {
                            // a category added by a later migration: the simulated shop does not sell it
                        }
                    }
                });

        Map<String, List<Extra>> extras = new HashMap<>();
        query(connection, "SELECT ingredient_id, size_code, quantity, price_cents FROM extra_topping ORDER BY ingredient_id",
                rs -> extras.computeIfAbsent(rs.getString(2), code -> new ArrayList<>())
                        .add(new Extra(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4))));
        return new ShopMenu(ingredients, pizzas, drinks, desserts, extras);
    }

    /** The codes of the pizzas on sale, in menu order. */
    List<String> pizzaCodes() {
        return List.copyOf(pizzasByProduct.keySet());
    }

    /** The sizes a pizza is sold in (S, M, L in the demo menu). */
    List<Size> pizzaSizes(String productCode) {
        return List.copyOf(pizzasByProduct.getOrDefault(productCode, List.of()));
    }

    List<Size> drinks() {
        return drinks;
    }

    List<Size> desserts() {
        return desserts;
    }

    /** The extras offered for a size code, whatever the product (the schema matches extras by size code). */
    List<Extra> extras(String sizeCode) {
        return List.copyOf(extrasBySize.getOrDefault(sizeCode, List.of()));
    }

    /** Whether customers know this ingredient as a topping, i.e. it is offered as an extra on some size. */
    boolean isTopping(int ingredientId) {
        return toppings.contains(ingredientId);
    }

    Optional<Ingredient> ingredient(int id) {
        return Optional.ofNullable(ingredients.get(id));
    }

    /** The ingredient's name, or its id when the ingredient was created after the run started. */
    String ingredientName(int id) {
        return ingredient(id).map(Ingredient::name).orElse("ingredient " + id);
    }

    String ingredientCode(int id) {
        return ingredient(id).map(Ingredient::code).orElse(String.valueOf(id));
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }
}
