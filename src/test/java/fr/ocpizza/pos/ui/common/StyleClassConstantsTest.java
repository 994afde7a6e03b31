package fr.ocpizza.pos.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Style-class and pseudo-class names reach the views as constants ({@link Styles}, a feature's
 * {@code *Styles} class, or a named constant of the one view that uses it), never as a string
 * typed at the call, so that a renamed CSS class is found by the compiler's references, not by a
 * screen that silently lost its colour.
 */
class StyleClassConstantsTest {

    private static final Path UI = Path.of("src/main/java/fr/ocpizza/pos/ui");

    private static final Pattern LITERAL_STYLE = Pattern.compile(
            "getStyleClass\\(\\)\\s*\\.\\s*(add|addAll|remove|removeAll|setAll|contains)\\s*\\(\\s*\""
                    + "|PseudoClass\\.getPseudoClass\\s*\\(\\s*\"");

    @Test
    void viewsNameStyleClassesByConstant() {
        List<String> literals = new ArrayList<>();
        for (Path source : sources()) {
            List<String> lines = read(source);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL_STYLE.matcher(lines.get(i)).find() && !isConstantDefinition(lines.get(i))) {
                    literals.add(UI.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertThat(literals).as("style classes typed as strings: make them constants").isEmpty();
    }

    @Test
    void theCheckSeesALiteralStyleClass() {
        assertThat(LITERAL_STYLE.matcher("row.getStyleClass().add(\"stock-alert\");").find()).isTrue();
        assertThat(LITERAL_STYLE.matcher("static final PseudoClass LATE = PseudoClass.getPseudoClass(\"late\");").find())
                .isTrue();
        assertThat(isConstantDefinition("    static final PseudoClass LATE = PseudoClass.getPseudoClass(\"late\");")).isTrue();
        assertThat(LITERAL_STYLE.matcher("row.getStyleClass().add(STOCK_ALERT);").find()).isFalse();
    }

    /** {@code static final PseudoClass LATE = PseudoClass.getPseudoClass("late")}: where a name becomes a constant. */
    private static boolean isConstantDefinition(String line) {
        return line.contains("static final");
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(UI)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
            assertThat(found).hasSizeGreaterThan(50);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path source) {
        try {
            return Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
