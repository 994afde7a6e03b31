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
