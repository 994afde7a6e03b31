package fr.ocpizza.pos.domain;

import static fr.ocpizza.pos.domain.OrderPricingTest.bd;
import static fr.ocpizza.pos.domain.OrderPricingTest.size;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Ingredient;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import fr.ocpizza.pos.domain.menu.Unit;
import fr.ocpizza.pos.domain.order.LineRequest;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.PricedLine;
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.domain.stock.StockRequirement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Half-and-half pizzas: priced at the dearer half, each half taking half its recipe from stock. */
class HalfAndHalfPricingTest {

    static final int DOUGH = 1;
    static final int SAUCE = 2;
    static final int MOZZA = 3;
    static final int HAM = 4;
    static final int MUSHROOMS = 5;
    static final int GORGONZOLA = 6;
    static final int EGG = 7;
    static final int OREGANO = 8;
    static final int BEER = 9;
    static final int ANCHOVIES = 10;

    static final int REINE_M = 10;
    static final int REINE_L = 11;
    static final int FROMAGES_M = 12;
    static final int ROYALE_M = 13;
    static final int TRUFFE_M = 14;
    static final int BURRATA_M = 15;
    static final int PERONI = 20;

    static final Menu MENU = new Menu(
            List.of(
                    size(REINE_M, "reine", "Reine", ProductCategory.PIZZA, "M", 1400, "10.00", Map.of(DOUGH, bd("250"),
                            SAUCE, bd("80"), MOZZA, bd("110"), HAM, bd("70"), MUSHROOMS, bd("55"))),
                    size(REINE_L, "reine", "Reine", ProductCategory.PIZZA, "L", 1700, "10.00", Map.of(DOUGH, bd("330"),
                            SAUCE, bd("110"), MOZZA, bd("150"), HAM, bd("95"), MUSHROOMS, bd("75"))),
                    size(FROMAGES_M, "quatre_fromages", "Quatre fromages", ProductCategory.PIZZA, "M", 1550, "10.00",
                            Map.of(DOUGH, bd("250"), SAUCE, bd("70"), MOZZA, bd("70"), GORGONZOLA, bd("40"))),
                    // An odd thousandth of oregano: half of it does not fit in 3 decimals.
                    size(ROYALE_M, "royale", "Royale", ProductCategory.PIZZA, "M", 1500, "10.00", Map.of(DOUGH, bd("250"),
                            MOZZA, bd("115"), HAM, bd("70"), EGG, bd("1"), OREGANO, bd("0.005"))),
                    size(TRUFFE_M, "truffe", "Truffe", ProductCategory.PIZZA, "M", 2400, "20.00",
                            Map.of(DOUGH, bd("250"), MOZZA, bd("100"))),
                    new ProductSize(BURRATA_M, BURRATA_M, "burrata", "Burrata", ProductCategory.PIZZA, "M",
                            Money.ofCents(1750), bd("10.00"), false, Map.of(DOUGH, bd("250"))),
                    size(PERONI, "peroni", "Peroni", ProductCategory.DRINK, "U", 450, "20.00", Map.of(BEER, bd("1")))),
            List.of(new Ingredient(DOUGH, "pizza_dough", "Pâte", Unit.GRAM),
                    new Ingredient(SAUCE, "tomato_sauce", "Sauce tomate", Unit.MILLILITRE),
                    new Ingredient(MOZZA, "mozzarella", "Mozzarella", Unit.GRAM),
                    new Ingredient(HAM, "ham", "Jambon", Unit.GRAM),
                    new Ingredient(MUSHROOMS, "mushrooms", "Champignons", Unit.GRAM),
                    new Ingredient(GORGONZOLA, "gorgonzola", "Gorgonzola", Unit.GRAM),
                    new Ingredient(EGG, "egg", "Oeuf", Unit.PIECE),
                    new Ingredient(OREGANO, "oregano", "Origan", Unit.GRAM),
                    new Ingredient(BEER, "peroni_33cl", "Peroni 33 cl", Unit.PIECE),
                    new Ingredient(ANCHOVIES, "anchovies", "Anchois", Unit.GRAM)),
            List.of(new ExtraTopping(MOZZA, "M", bd("55"), Money.ofCents(200)),
                    new ExtraTopping(HAM, "M", bd("35"), Money.ofCents(250))));

    private static PricedLine priced(LineRequest request) {
        return OrderPricing.price(MENU, List.of(request)).lines().get(0);
    }

    private static Map<Integer, BigDecimal> stockTaken(LineRequest... requests) {
        Map<Integer, BigDecimal> taken = new TreeMap<>();
        StockRequirement.of(MENU, OrderPricing.price(MENU, List.of(requests)))
                .forEach(need -> taken.put(need.ingredientId(), need.quantity()));
        return taken;
    }

    private static String refusalKey(LineRequest request) {
        try {
            OrderPricing.price(MENU, List.of(request));
        } catch (ValidationException e) {
            return e.key();
        }
        throw new AssertionError("Expected a refusal of " + request);
    }

    @Test
    void theDearerHalfSetsThePriceWhicheverSideItIsOn() {
        PricedLine reineFirst = priced(LineRequest.halfAndHalf(REINE_M, FROMAGES_M, 1));
        PricedLine fromagesFirst = priced(LineRequest.halfAndHalf(FROMAGES_M, REINE_M, 1));

        assertThat(reineFirst.unitPrice()).isEqualTo(Money.ofCents(1550));
        assertThat(fromagesFirst.unitPrice()).isEqualTo(Money.ofCents(1550));
        assertThat(reineFirst.isHalfAndHalf()).isTrue();
        assertThat(reineFirst.productSize().id()).isEqualTo(REINE_M);
        assertThat(reineFirst.secondHalf().id()).isEqualTo(FROMAGES_M);
        assertThat(reineFirst.label()).isEqualTo("½ Reine + ½ Quatre fromages (M)");
        assertThat(fromagesFirst.label()).isEqualTo("½ Quatre fromages + ½ Reine (M)");
    }

    @Test
    void aWholePizzaKeepsItsOwnPriceAndLabel() {
        PricedLine whole = priced(LineRequest.of(REINE_M, 1));

        assertThat(whole.isHalfAndHalf()).isFalse();
        assertThat(whole.secondHalf()).isNull();
        assertThat(whole.label()).isEqualTo("Reine (M)");
        assertThat(whole.unitPrice()).isEqualTo(Money.ofCents(1400));
    }

    @Test
    void extrasCoverTheWholePizzaAtTheirUsualPriceAndTheVatIsTheHalvesRate() {
        PricedOrder order = OrderPricing.price(MENU, List.of(
                new LineRequest(REINE_M, 2, Set.of(MOZZA, HAM), Set.of(), "bien cuite", FROMAGES_M)));

        PricedLine line = order.lines().get(0);
        // 15,50 € (the Quatre fromages) + mozzarella 2,00 € + ham 2,50 €, twice.
        assertThat(line.unitPrice()).isEqualTo(Money.ofCents(2000));
        assertThat(line.lineTotal()).isEqualTo(Money.ofCents(4000));
        assertThat(line.toppings()).extracting(ToppingChange::kind)
                .containsExactly(ToppingChange.Kind.ADD, ToppingChange.Kind.ADD);
        assertThat(line.note()).isEqualTo("bien cuite");
        // 40,00 € at 10 %: 40 × 10 / 110 = 3.636… → 3,64 €.
        assertThat(order.vatTotal()).isEqualTo(Money.ofCents(364));
    }

    @Test
    void eachHalfTakesHalfItsRecipeAndSharedIngredientsAddUp() {
        Map<Integer, BigDecimal> taken = stockTaken(LineRequest.halfAndHalf(REINE_M, FROMAGES_M, 2));

        assertThat(taken.get(DOUGH)).isEqualByComparingTo("500");        // 2 × (125 + 125)
        assertThat(taken.get(SAUCE)).isEqualByComparingTo("150");        // 2 × (40 + 35)
        assertThat(taken.get(MOZZA)).isEqualByComparingTo("180");        // 2 × (55 + 35)
        assertThat(taken.get(HAM)).isEqualByComparingTo("70");           // 2 × 35, Reine half only
        assertThat(taken.get(MUSHROOMS)).isEqualByComparingTo("55");     // 2 × 27.5
        assertThat(taken.get(GORGONZOLA)).isEqualByComparingTo("40");    // 2 × 20, Quatre fromages half only
        assertThat(taken).containsOnlyKeys(DOUGH, SAUCE, MOZZA, HAM, MUSHROOMS, GORGONZOLA);
    }

    @Test
    void extrasAreTakenInFullAndARemovalComesOutOfBothHalves() {
        Map<Integer, BigDecimal> taken = stockTaken(
                new LineRequest(REINE_M, 1, Set.of(MOZZA), Set.of(SAUCE, HAM), null, FROMAGES_M));

        assertThat(taken.get(MOZZA)).isEqualByComparingTo("145");        // 55 + 35 + a whole extra of 55
        assertThat(taken).doesNotContainKeys(SAUCE, HAM);                // in both recipes, or in one: gone from both
        assertThat(taken.get(DOUGH)).isEqualByComparingTo("250");
    }

    @Test
    void halvesKeepThreeDecimalsAndAnOddThousandthRoundsHalfUp() {
        assertThat(ProductSize.half(bd("115"))).isEqualByComparingTo("57.5");
        assertThat(ProductSize.half(bd("1.5"))).isEqualByComparingTo("0.75");
        assertThat(ProductSize.half(bd("0.005"))).isEqualByComparingTo("0.003");
        assertThat(ProductSize.half(bd("0.005")).scale()).isEqualTo(3);

        Map<Integer, BigDecimal> taken = stockTaken(LineRequest.halfAndHalf(ROYALE_M, REINE_M, 3));
        assertThat(taken.get(MOZZA)).isEqualByComparingTo("337.5");      // 3 × (57.5 + 55)
        assertThat(taken.get(EGG)).isEqualByComparingTo("1.5");          // half an egg per pizza
        assertThat(taken.get(OREGANO)).isEqualByComparingTo("0.009");    // 3 × 0.003, rounded per half, then multiplied
    }

    @Test
    void theStockShortageNamesTheHalfAndHalfLine() {
        List<StockRequirement> needs = StockRequirement.of(MENU, OrderPricing.price(MENU, List.of(
                LineRequest.halfAndHalf(REINE_M, FROMAGES_M, 1), LineRequest.of(REINE_M, 1))));

        StockRequirement dough = needs.stream().filter(n -> n.ingredientId() == DOUGH).findFirst().orElseThrow();
        assertThat(dough.productLabels()).containsExactly("½ Reine + ½ Quatre fromages (M)", "Reine (M)");
        StockRequirement gorgonzola = needs.stream().filter(n -> n.ingredientId() == GORGONZOLA).findFirst().orElseThrow();
        assertThat(gorgonzola.productLabels()).containsExactly("½ Reine + ½ Quatre fromages (M)");
    }

    @Test
    void aRemovalMustBeInOneOfTheHalves() {
        PricedLine fromOneHalf = priced(new LineRequest(REINE_M, 1, Set.of(), Set.of(GORGONZOLA), null, FROMAGES_M));
        assertThat(fromOneHalf.toppings()).extracting(ToppingChange::ingredientId).containsExactly(GORGONZOLA);

        LineRequest inNeither = new LineRequest(REINE_M, 1, Set.of(), Set.of(ANCHOVIES), null, FROMAGES_M);
        assertThat(refusalKey(inNeither)).isEqualTo("error.half.removal.notInRecipe");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(inNeither)))
                .hasMessage("Neither Reine nor Quatre fromages has Anchois: there is nothing to remove from"
                        + " ½ Reine + ½ Quatre fromages (M).");
    }

    @Test
    void onlyTwoDifferentAvailablePizzasOfOneSizeAndOneVatRateMakeAHalfAndHalf() {
        assertThat(refusalKey(LineRequest.halfAndHalf(REINE_M, PERONI, 1))).isEqualTo("error.half.notPizza");
        assertThat(refusalKey(LineRequest.halfAndHalf(PERONI, REINE_M, 1))).isEqualTo("error.half.notPizza");
        assertThat(refusalKey(LineRequest.halfAndHalf(REINE_L, FROMAGES_M, 1))).isEqualTo("error.half.sizeMismatch");
        assertThat(refusalKey(LineRequest.halfAndHalf(REINE_M, REINE_M, 1))).isEqualTo("error.half.sameProduct");
        assertThat(refusalKey(LineRequest.halfAndHalf(REINE_M, TRUFFE_M, 1))).isEqualTo("error.half.vatRateMismatch");
        assertThat(refusalKey(LineRequest.halfAndHalf(REINE_M, BURRATA_M, 1))).isEqualTo("error.half.unavailable");
        assertThat(refusalKey(LineRequest.halfAndHalf(BURRATA_M, REINE_M, 1))).isEqualTo("error.half.unavailable");

        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(LineRequest.halfAndHalf(REINE_L, FROMAGES_M, 1))))
                .hasMessage("The two halves must be the same size, but Reine (L) and Quatre fromages (M) are not:"
                        + " choose both halves in the same size.");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(LineRequest.halfAndHalf(REINE_M, REINE_M, 1))))
                .hasMessage("Both halves are Reine: choose two different pizzas, or sell a whole Reine (M).");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(LineRequest.halfAndHalf(REINE_M, TRUFFE_M, 1))))
                .hasMessageContaining("different VAT rates (10 % and 20 %)");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(LineRequest.halfAndHalf(REINE_M, 999, 1))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theUsualLineRulesNameTheHalfAndHalf() {
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(LineRequest.halfAndHalf(REINE_M, FROMAGES_M, 100))))
                .hasMessage("Quantity 100 for ½ Reine + ½ Quatre fromages (M) must be between 1 and 99.");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(
                new LineRequest(REINE_M, 1, Set.of(GORGONZOLA), Set.of(), null, FROMAGES_M))))
                .hasMessage("Gorgonzola cannot be added to ½ Reine + ½ Quatre fromages (M).");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(
                new LineRequest(REINE_M, 1, Set.of(MOZZA), Set.of(MOZZA), null, FROMAGES_M))))
                .hasMessageContaining("both added and removed");
    }
}
