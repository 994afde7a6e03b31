package fr.ocpizza.pos.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ocpizza.pos.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchAddressTest {

    @Test
    void fieldsAreTrimmedAndBlankOptionalFieldsBecomeNull() {
        FrenchAddress address = new FrenchAddress("  ", "  12 rue de la Roquette ", " ", " 75011 ", " Paris ", "");

        assertThat(address.line1()).isEqualTo("12 rue de la Roquette");
        assertThat(address.postalCode()).isEqualTo("75011");
        assertThat(address.city()).isEqualTo("Paris");
        assertThat(address.label()).isNull();
        assertThat(address.line2()).isNull();
        assertThat(address.instructions()).isNull();
        assertThat(address.oneLine()).isEqualTo("12 rue de la Roquette, 75011 Paris");
    }

    @ParameterizedTest
    @ValueSource(strings = {"75001", "75011", "75020", "75116", "92100", "69001", "13008", "20000", "20200", "97400",
            "75 011"})
    void parisDistrictsAndOtherFrenchPostalCodesAreAccepted(String code) {
        assertThat(FrenchAddress.of("1 rue X", code, "Ville").postalCode()).isEqualTo(code.replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7501", "750111", "75O11", "ABCDE", "00100"})
    void postalCodeMustBeFiveDigits(String code) {
        assertThatThrownBy(() -> FrenchAddress.of("1 rue X", code, "Paris"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Postal code")
                .hasMessageContaining("5 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"75000", "75021", "75099", "75115", "75117"})
    void parisCodesThatDoNotExistAreRefused(String code) {
        assertThatThrownBy(() -> FrenchAddress.of("1 rue X", code, "Paris"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("75001 to 75020")
                .satisfies(e -> assertThat(((ValidationException) e).key()).isEqualTo("error.address.postalCode.paris"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2A004", "2b200"})
    void corsicanDepartmentFormIsRefusedWithItsOwnMessage(String code) {
        assertThatThrownBy(() -> FrenchAddress.of("1 cours Napoléon", code, "Ajaccio"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Corsica")
                .hasMessageContaining("starts with 20")
                .satisfies(e -> assertThat(((ValidationException) e).key()).isEqualTo("error.address.postalCode.corsica"));
    }

    @Test
    void missingPostalCodeIsNamed() {
        assertThatThrownBy(() -> FrenchAddress.of("1 rue X", "  ", "Paris"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("postal code");
    }

    @Test
    void missingStreetIsNamed() {
        assertThatThrownBy(() -> FrenchAddress.of("   ", "75011", "Paris"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("street");
    }

    @Test
    void missingCityIsNamed() {
        assertThatThrownBy(() -> FrenchAddress.of("1 rue X", "75011", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("city");
    }
}
