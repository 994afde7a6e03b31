package fr.ocpizza.pos.domain;

import static fr.ocpizza.pos.domain.OrderPricingTest.DOUGH;
import static fr.ocpizza.pos.domain.OrderPricingTest.HAM;
import static fr.ocpizza.pos.domain.OrderPricingTest.MENU;
import static fr.ocpizza.pos.domain.OrderPricingTest.MOZZA;
import static fr.ocpizza.pos.domain.OrderPricingTest.REGINA_M;
import static fr.ocpizza.pos.domain.OrderPricingTest.bd;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.domain.stock.Availability;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    @Test
    void theScarcestIngredientDecidesHowManyCanBeMade() {
        // Reine M: 250 g dough, 110 g mozzarella, 70 g ham.
        Availability reine = Availability.of(MENU.productSize(REGINA_M),
                Map.of(DOUGH, bd("10000"), MOZZA, bd("1000"), HAM, bd("700")));

        assertThat(reine.portions()).isEqualTo(9);           // 1000 / 110 = 9.09
        assertThat(reine.limitingIngredientId()).contains(MOZZA);
    }

    @Test
    void aMissingIngredientMeansNoneAndAPartialPortionDoesNotCount() {
        assertThat(Availability.of(MENU.productSize(REGINA_M), Map.of(DOUGH, bd("10000"), MOZZA, bd("1000"))).portions())
                .isZero();
        assertThat(Availability.of(MENU.productSize(REGINA_M),
                Map.of(DOUGH, bd("249.999"), MOZZA, bd("1000"), HAM, bd("700"))).portions()).isZero();
        assertThat(Availability.of(MENU.productSize(REGINA_M),
                Map.of(DOUGH, bd("250"), MOZZA, bd("110"), HAM, bd("70"))))
                .extracting(Availability::portions, Availability::limitingIngredientId)
                .containsExactly(1, Optional.of(DOUGH));
    }
}
