package fr.ocpizza.pos.domain.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,5|1.5", "1.5|1.5", "250|250", " 250 |250", "0|0", "0,125|0.125", "1 500|1500", "1\u00A0500,5|1500.5",
            "1\u202F500|1500", "12.000|12.000", "1,500|1.5"})
    void readsFrenchAndEnglishDecimalsAndGroupedThousands(String typed, String expected) {
        assertThat(Quantity.parse(typed, Unit.GRAM)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5 2", "kg", "1,5,0", "1.", ",5", "1 50", "12 000 0", "+3", "1e3", "--1", "½"})
    void refusesTextThatIsNotADecimalNumberSayingWhatToType(String typed) {
        assertThatThrownBy(() -> Quantity.parse(typed, Unit.GRAM))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not a quantity").hasMessageContaining("e.g. 250 or 1,5")
                .extracting(e -> ((ValidationException) e).key()).isEqualTo("error.quantity.notNumber");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10 kg|GRAM|10000", "1,5 kg|GRAM|1500", "1.5kg|GRAM|1500", "250 g|GRAM|250", "250g|GRAM|250",
            "2 Kilos|GRAM|2000", "1 500 g|GRAM|1500", "0,0005 kg|GRAM|0.5", "75 cl|MILLILITRE|750", "1,5 l|MILLILITRE|1500",
            "1 L|MILLILITRE|1000", "500 ml|MILLILITRE|500", "2 litres|MILLILITRE|2000", "6 pièces|PIECE|6", "1 pièce|PIECE|1",
            "12 pc|PIECE|12", "12 pcs.|PIECE|12", "24 pieces|PIECE|24", "10|GRAM|10"})
    void convertsTheUnitsPeopleWriteIntoTheIngredientsUnit(String typed, Unit unit, String expected) {
        assertThat(Quantity.parse(typed, unit)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2 kg|MILLILITRE", "75 cl|GRAM", "6 pièces|GRAM", "1 l|PIECE", "300 g|PIECE"})
    void refusesAUnitThatDoesNotMeasureTheIngredientSayingWhichOneDoes(String typed, Unit unit) {
        assertThatThrownBy(() -> Quantity.parse(typed, unit))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("counted in " + unit.symbol())
                .extracting(e -> ((ValidationException) e).key()).isEqualTo("error.quantity.wrongUnit");
    }

    @Test
    void refusesAUnitNobodyKnows() {
        assertThatThrownBy(() -> Quantity.parse("3 sacs", Unit.GRAM))
                .isInstanceOf(ValidationException.class).hasMessageContaining("sacs is not a unit")
                .extracting(e -> ((ValidationException) e).key()).isEqualTo("error.quantity.unknownUnit");
    }

    @Test
    void checksTheConvertedQuantityAgainstTheLimitsOfTheIngredientsUnit() {
        assertThatThrownBy(() -> Quantity.parse("600 kg", Unit.GRAM))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 500000 g");
        assertThatThrownBy(() -> Quantity.parse("0,0000001 kg", Unit.GRAM))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more than 3 decimals");
    }

    @Test
    void doubtsADeliveryFarBelowOrFarAboveTheIngredientsThreshold() {
        BigDecimal mozzarellaThreshold = new BigDecimal("3500");
        assertThat(Quantity.doubtfulDelivery(new BigDecimal("10"), mozzarellaThreshold)).isTrue();
        assertThat(Quantity.doubtfulDelivery(new BigDecimal("349"), mozzarellaThreshold)).isTrue();
        assertThat(Quantity.doubtfulDelivery(new BigDecimal("350"), mozzarellaThreshold)).isFalse();
        assertThat(Quantity.doubtfulDelivery(new BigDecimal("10000"), mozzarellaThreshold)).isFalse();
        assertThat(Quantity.doubtfulDelivery(new BigDecimal("350000"), mozzarellaThreshold)).isFalse();
        assertThat(Quantity.doubtfulDelivery(new BigDecimal("350001"), mozzarellaThreshold)).isTrue();
        assertThat(Quantity.doubtfulDelivery(new BigDecimal("1"), BigDecimal.ZERO)).isFalse();
    }

    @Test
    void doubtsACountThatLooksLikeTheWrongUnitButNotAnEmptyShelf() {
        BigDecimal expected = new BigDecimal("20000");
        BigDecimal threshold = new BigDecimal("3500");
        assertThat(Quantity.doubtfulCount(new BigDecimal("20"), expected, threshold)).isTrue();
        assertThat(Quantity.doubtfulCount(BigDecimal.ZERO, expected, threshold)).isFalse();
        assertThat(Quantity.doubtfulCount(new BigDecimal("19000"), expected, threshold)).isFalse();
        assertThat(Quantity.doubtfulCount(new BigDecimal("200"), expected, threshold)).isFalse();
        assertThat(Quantity.doubtfulCount(new BigDecimal("2000001"), expected, threshold)).isTrue();
        assertThat(Quantity.doubtfulCount(new BigDecimal("50"), BigDecimal.ZERO, threshold)).isFalse();
    }

    @Test
    void refusesBlankText() {
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> Quantity.parse(blank, Unit.MILLILITRE))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("number of ml");
        }
    }

    @Test
    void refusesANegativeQuantity() {
        assertThatThrownBy(() -> Quantity.parse("-3", Unit.PIECE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("-3 piece is negative")
                .extracting(e -> ((ValidationException) e).key()).isEqualTo("error.quantity.negative");
    }

    @Test
    void refusesMoreThanThreeDecimalsButAcceptsTrailingZeros() {
        assertThatThrownBy(() -> Quantity.parse("1,2345", Unit.GRAM))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more than 3 decimals");
        assertThat(Quantity.parse("1,5000", Unit.GRAM)).isEqualByComparingTo("1.5");
    }

    @Test
    void refusesAbsurdQuantitiesPerUnit() {
        assertThat(Quantity.parse("500000", Unit.GRAM)).isEqualByComparingTo("500000");
        assertThatThrownBy(() -> Quantity.parse("500001", Unit.GRAM))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 500000 g");
        assertThatThrownBy(() -> Quantity.parse("600 000", Unit.MILLILITRE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 500000 ml");
        assertThat(Quantity.parse("5000", Unit.PIECE)).isEqualByComparingTo("5000");
        assertThatThrownBy(() -> Quantity.parse("5001", Unit.PIECE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 5000 piece")
                .extracting(e -> ((ValidationException) e).key()).isEqualTo("error.quantity.tooLarge");
    }

    @Test
    void checksQuantitiesGivenAsNumbersByTheSameRules() {
        assertThat(Quantity.check(new BigDecimal("2.500"), Unit.GRAM)).isEqualByComparingTo("2.5");
        assertThatThrownBy(() -> Quantity.check(new BigDecimal("-0.001"), Unit.GRAM)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Quantity.check(new BigDecimal("0.0001"), Unit.GRAM)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Quantity.check(new BigDecimal("1E+9"), Unit.GRAM)).isInstanceOf(ValidationException.class);
    }
}
