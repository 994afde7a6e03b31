package fr.ocpizza.pos.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FrenchPhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "0033612345678", "06.12.34.56.78",
            "06-12-34-56-78", " +33612345678 ", "00 33 6 12 34 56 78", "06\u00A012\u00A034\u00A056\u00A078"})
    void everyUsualWayOfTypingAMobileGivesTheSameE164(String typed) {
        assertThat(FrenchPhone.parse(typed).e164()).isEqualTo("+33612345678");
    }

    @Test
    void landlineWithDotsIsReadToo() {
        assertThat(FrenchPhone.parse("01.42.00.00.00").e164()).isEqualTo("+33142000000");
    }

    @Test
    void displayGroupsTheNationalNumberByTwo() {
        assertThat(FrenchPhone.parse("+33612345678").display()).isEqualTo("06 12 34 56 78");
        assertThat(FrenchPhone.parse("0142000000").display()).isEqualTo("01 42 00 00 00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"061234567", "06123456789", "1612345678", "0012345678", "+3361234567", "+336123456789",
            "+44 20 7946 0958", "+33 0 6 12 34 56 78", "06 12 34 56 7a", "abc"})
    void anythingElseIsRefusedSayingWhatIsExpected(String typed) {
        assertThatThrownBy(() -> FrenchPhone.parse(typed))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("10 digits starting with 0")
                .hasMessageContaining("+33 followed by 9 digits")
                .satisfies(e -> assertThat(((ValidationException) e).key()).isEqualTo("error.phone.format"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void nothingTypedIsRefusedToo(String typed) {
        assertThatThrownBy(() -> FrenchPhone.parse(typed)).isInstanceOf(ValidationException.class);
    }

    @Test
    void storedForeignNumberIsShownAsStored() {
        assertThat(FrenchPhone.displayOf("+442079460958")).isEqualTo("+442079460958");
        assertThat(FrenchPhone.displayOf("+33612345678")).isEqualTo("06 12 34 56 78");
    }
}
