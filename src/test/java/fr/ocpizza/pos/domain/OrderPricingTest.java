package fr.ocpizza.pos.domain;

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
import fr.ocpizza.pos.domain.order.PricedOrder;
import fr.ocpizza.pos.domain.order.VatAmount;
import fr.ocpizza.pos.domain.stock.StockRequirement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    static final int DOUGH = 1;
    static final int MOZZA = 2;
    static final int HAM = 3;
    static final int BEER = 4;
    static final int REGINA_M = 10;
    static final int REGINA_L = 11;
    static final int PERONI = 20;

    static final Menu MENU = new Menu(
            List.of(
                    size(REGINA_M, "reine", "Reine", ProductCategory.PIZZA, "M", 1400, "10.00",
                            Map.of(DOUGH, bd("250"), MOZZA, bd("110"), HAM, bd("70"))),
                    size(REGINA_L, "reine", "Reine", ProductCategory.PIZZA, "L", 1700, "10.00",
                            Map.of(DOUGH, bd("330"), MOZZA, bd("150"), HAM, bd("90"))),
                    size(PERONI, "peroni", "Peroni", ProductCategory.DRINK, "U", 450, "20.00", Map.of(BEER, bd("1")))),
            List.of(new Ingredient(DOUGH, "pizza_dough", "Pâte", Unit.GRAM),
                    new Ingredient(MOZZA, "mozzarella", "Mozzarella", Unit.GRAM),
                    new Ingredient(HAM, "ham", "Jambon", Unit.GRAM),
                    new Ingredient(BEER, "peroni_33cl", "Peroni 33 cl", Unit.PIECE)),
            List.of(new ExtraTopping(MOZZA, "M", bd("55"), Money.ofCents(200)),
                    new ExtraTopping(MOZZA, "L", bd("75"), Money.ofCents(250))));

    static ProductSize size(int id, String code, String name, ProductCategory category, String sizeCode, long cents,
                            String vat, Map<Integer, BigDecimal> recipe) {
        return new ProductSize(id, id, code, name, category, sizeCode, Money.ofCents(cents), bd(vat), true, recipe);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    @Test
    void unitPriceIsSizePricePlusExtrasAndLineTotalIsTimesQuantity() {
        PricedOrder order = OrderPricing.price(MENU, List.of(new LineRequest(REGINA_L, 3, Set.of(MOZZA), Set.of(), null)));

        assertThat(order.lines().get(0).unitPrice()).isEqualTo(Money.ofCents(1950));
        assertThat(order.lines().get(0).lineTotal()).isEqualTo(Money.ofCents(5850));
        assertThat(order.total()).isEqualTo(Money.ofCents(5850));
    }

    @Test
    void vatIsTakenOutOfEachRateOnceAndRoundedHalfUp() {
        PricedOrder order = OrderPricing.price(MENU, List.of(LineRequest.of(REGINA_M, 1), LineRequest.of(PERONI, 2)));

        // 14,00 € at 10 %: 14.00 × 10/110 = 1.2727 → 1,27 €; 9,00 € at 20 %: 9 × 20/120 = 1,50 €.
        assertThat(order.vatByRate()).extracting(VatAmount::rate, VatAmount::grossAmount, VatAmount::vat)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(bd("10.00"), Money.ofCents(1400), Money.ofCents(127)),
                        org.assertj.core.groups.Tuple.tuple(bd("20.00"), Money.ofCents(900), Money.ofCents(150)));
        assertThat(order.vatTotal()).isEqualTo(Money.ofCents(277));
        assertThat(order.vatByRate().get(0).netAmount()).isEqualTo(Money.ofCents(1273));
        assertThat(order.total()).isEqualTo(Money.ofCents(2300));
    }

    @Test
    void vatOfAHalfCentRoundsUp() {
        // 55 cents at 10 %: 5.5 → 6 cents.
        assertThat(OrderPricing.vatIncludedIn(Money.ofCents(55), bd("10.00"))).isEqualTo(Money.ofCents(5));
        assertThat(OrderPricing.vatIncludedIn(Money.ofCents(165), bd("10.00"))).isEqualTo(Money.ofCents(15));
        assertThat(OrderPricing.vatIncludedIn(Money.ofCents(33), bd("10.00"))).isEqualTo(Money.ofCents(3));
    }

    @Test
    void extrasAddAndRemovalsSubtractFromTheStockTaken() {
        PricedOrder order = OrderPricing.price(MENU, List.of(
                new LineRequest(REGINA_M, 2, Set.of(MOZZA), Set.of(HAM), null), LineRequest.of(REGINA_L, 1)));

        Map<Integer, BigDecimal> needs = new java.util.TreeMap<>();
        StockRequirement.of(MENU, order).forEach(r -> needs.put(r.ingredientId(), r.quantity()));

        assertThat(needs.get(DOUGH)).isEqualByComparingTo("830");          // 2 × 250 + 330
        assertThat(needs.get(MOZZA)).isEqualByComparingTo("480");          // 2 × (110 + 55) + 150
        assertThat(needs.get(HAM)).isEqualByComparingTo("90");             // removed on the M, kept on the L
        assertThat(StockRequirement.of(MENU, order)).extracting(StockRequirement::ingredientId)
                .containsExactly(DOUGH, MOZZA, HAM);
    }

    @Test
    void refusesWhatCannotBeSold() {
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no line");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(LineRequest.of(REGINA_M, 0))))
                .hasMessageContaining("between 1 and 99");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(new LineRequest(PERONI, 1, Set.of(MOZZA), Set.of(), null))))
                .hasMessageContaining("cannot be added to Peroni");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(new LineRequest(PERONI, 1, Set.of(), Set.of(HAM), null))))
                .hasMessageContaining("has no Jambon to remove");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(new LineRequest(REGINA_M, 1, Set.of(MOZZA), Set.of(MOZZA), null))))
                .hasMessageContaining("both added and removed");
        assertThatThrownBy(() -> OrderPricing.price(MENU, List.of(LineRequest.of(999, 1))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void moneyParsesEurosExactlyAndRefusesFractionsOfCents() {
        assertThat(Money.parse("12,50")).isEqualTo(Money.ofCents(1250));
        assertThat(Money.parse("0.1").plus(Money.parse("0.2"))).isEqualTo(Money.parse("0.3"));
        assertThatThrownBy(() -> Money.parse("1.005")).isInstanceOf(ArithmeticException.class);
    }
}
