package fr.ocpizza.pos.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.PosException;
import fr.ocpizza.pos.domain.order.IllegalTransitionException;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages french = Messages.forLocale(Locale.FRENCH);
    private final Messages english = Messages.forLocale(Locale.ENGLISH);

    @Test
    void everyErrorKeyOfTheCodeBaseHasAFrenchAndAnEnglishText() throws IOException {
        Set<String> keys = errorKeysUsedIn(Path.of("src/main/java"));
        assertThat(keys).contains("error.login.wrong", "error.shortStock");
        for (String key : keys) {
            assertThat(french.find(key)).as("French text of " + key).isPresent();
            assertThat(english.find(key)).as("English text of " + key).isPresent();
        }
    }

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() {
        assertThat(english.bundle().keySet()).containsExactlyInAnyOrderElementsOf(french.bundle().keySet());
    }

    @Test
    void frenchIsKeptOnAnEnglishSystemAndIsTheFallbackForOtherLanguages() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.forLocale(Locale.FRENCH).get("login.clear")).isEqualTo("Effacer");
            assertThat(Messages.forLocale(Locale.GERMAN).get("login.clear")).isEqualTo("Effacer");
            assertThat(Messages.forLocale(Locale.ENGLISH).get("login.clear")).isEqualTo("Clear");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusalIsTranslatedWithItsArgumentsLocalized() {
        PosException refusal = new IllegalTransitionException(42, OrderStatus.READY, OrderStatus.CANCELLED);

        assertThat(french.describe(refusal)).isEqualTo("La commande 42 est « prête » : elle ne peut pas passer à « annulée ».");
        assertThat(english.describe(refusal)).isEqualTo("Order 42 is ready: it cannot become cancelled.");
    }

    @Test
    void amountsInARefusalAreFormattedAsEuros() {
        PosException refusal = new PosException("error.cash.short", "english", Money.ofCents(2000), Money.ofCents(2350),
                Money.ofCents(350));

        assertThat(french.describe(refusal)).contains("20,00", "23,50", "3,50", "€");
    }

    @Test
    void stockRefusalsReadWellInBothLanguages() {
        PosException tooMuchWaste = new PosException("error.stock.waste.moreThanStock", "english", "Basilic frais",
                new java.math.BigDecimal("1535.500"), new java.math.BigDecimal("1540"), "g");
        PosException unknown = new PosException("error.stock.ingredient.unknown", "english", 987654);
        PosException typed = new PosException("error.quantity.notNumber", "english", "1.5kg", "g");

        assertThat(french.describe(tooMuchWaste)).startsWith("Il ne reste que 1\u202F535,5 g de Basilic frais en stock : impossible de jeter 1\u202F540 g.");
        assertThat(english.describe(tooMuchWaste)).startsWith("Only 1,535.5 g of Basilic frais are in stock: 1,540 g cannot be thrown away.");
        assertThat(french.describe(unknown)).contains("numéro 987654 :");
        assertThat(english.describe(typed)).isEqualTo("\"1.5kg\" is not a quantity: type a number of g with digits only, e.g. 250 or 1.5.");
        assertThat(french.describe(typed)).startsWith("« 1.5kg » n’est pas une quantité");
    }

    @Test
    void unknownKeyFallsBackToTheEnglishMessage() {
        assertThat(french.describe(new PosException("error.nobodyKnowsMe", "Do this instead."))).isEqualTo("Do this instead.");
    }

    @Test
    void anythingButARefusalGivesAGeneralSentenceWithoutTechnicalDetails() {
        String text = french.describe(new IllegalStateException("org.hibernate.exception.JDBCConnectionException: boom"));

        assertThat(text).isEqualTo(french.get("error.unexpected")).doesNotContain("hibernate");
    }

    private static Set<String> errorKeysUsedIn(Path sources) throws IOException {
        Pattern key = Pattern.compile("\"(error\\.[A-Za-z.]+)\"");
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
