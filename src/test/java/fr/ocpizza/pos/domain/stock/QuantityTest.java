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
    @ValueSource(strings = {"abc", "1.5kg", "1,5,0", "1.", ",5", "1 50", "12 000 0", "+3", "1e3", "--1", "½"})
    void refusesTextThatIsNotADecimalNumberSayingWhatToType(String typed) {
        assertThatThrownBy(() -> Quantity.parse(typed, Unit.GRAM))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not a quantity").hasMessageContaining("e.g. 250 or 1,5")
                .extracting(e -> ((ValidationException) e).key()).isEqualTo("error.quantity.notNumber");
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
