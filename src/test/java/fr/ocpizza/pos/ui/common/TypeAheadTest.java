package fr.ocpizza.pos.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type-ahead rule: word starts across the name, in order, accents and case ignored. */
class TypeAheadTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Coca-Cola zéro|coca z", "Coca-Cola zéro|coca", "Coca-Cola zéro|zero", "Coca-Cola zéro|COLA ZÉ",
            "Mozzarella fior di latte|moz", "Mozzarella fior di latte|fior", "Mozzarella fior di latte|moz lat",
            "Crème fraîche|creme fr", "Œufs|oeu", "Jambon blanc|jam  bl", "Huile d'olive|olive", "Huile d’olive|d o"})
    void aQueryFindsANameWhenEachOfItsWordsStartsAWordOfTheNameInOrder(String name, String query) {
        assertThat(TypeAhead.matches(name, query)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Coca-Cola zéro|zero coca", "Coca-Cola zéro|oca", "Coca-Cola zéro|coca light", "Mozzarella fior di latte|zar",
            "Mozzarella fior di latte|moz moz", "Basilic frais|' '"})
    void aQueryDoesNotFindANameWhoseWordsItDoesNotStartInOrder(String name, String query) {
        assertThat(TypeAhead.matches(name, query)).isFalse();
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(TypeAhead.matches("Ail", "")).isFalse();
        assertThat(TypeAhead.matches("Ail", null)).isFalse();
        assertThat(TypeAhead.matches(null, "ail")).isFalse();
    }

    @Test
    void theFirstItemNamedIsChosenInTheListsOrder() {
        List<String> drinks = List.of("Coca-Cola", "Coca-Cola zéro", "Eau gazeuse", "Ice tea pêche");

        assertThat(TypeAhead.firstMatch(drinks, Function.identity(), "coca")).isEqualTo(0);
        assertThat(TypeAhead.firstMatch(drinks, Function.identity(), "coca z")).isEqualTo(1);
        assertThat(TypeAhead.firstMatch(drinks, Function.identity(), "peche")).isEqualTo(3);
        assertThat(TypeAhead.firstMatch(drinks, Function.identity(), "biere")).isEqualTo(-1);
    }

    @Test
    void frenchOrderPutsAccentedNamesWhereAFrenchReaderLooksForThem() {
        List<String> sorted = List.of("Crème fraîche", "Œufs", "Câpres", "Ail", "Épinards", "Emmental", "oignons rouges")
                .stream().sorted(FrenchOrder.names()).toList();

        assertThat(sorted).containsExactly("Ail", "Câpres", "Crème fraîche", "Emmental", "Épinards", "Œufs", "oignons rouges");
    }
}
