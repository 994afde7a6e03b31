package fr.ocpizza.pos.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The colours of every screen come from the palette of {@code ui/common/base.css}: a feature
 * stylesheet names them ({@code -pos-danger}), never writes them ({@code #c92a2a}), so that a
 * change of palette is one edit and two screens cannot drift apart by a shade.
 */
@ExtendWith(ApplicationExtension.class)
class CssPaletteTest {

    private static final Path STYLESHEETS = Path.of("src/main/resources/fr/ocpizza/pos/ui");
    private static final Path BASE = STYLESHEETS.resolve("common/base.css");
    /** Printed paper, outside any screen: black on white whatever the screen's palette. */
    private static final Set<Path> PAPER = Set.of(STYLESHEETS.resolve("receipt/receipt.css"));

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile("\\{([^}]*)}");
    private static final Pattern LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?|hsb|hsba)\\s*\\(");
    /** A bare word, not part of a looked-up name such as -pos-blue. */
    private static final Pattern WORD = Pattern.compile("(?<![-\\w])[a-zA-Z]+(?![-\\w])");
    private static final Pattern PALETTE_USE = Pattern.compile("-pos-[a-z0-9-]+");
    /** Every colour JavaFX knows by name but transparent, which is the absence of one. */
    private static final Set<String> NAMED_COLOURS = Arrays.stream(Color.class.getFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Color.class)
            .map(Field::getName).map(name -> name.toLowerCase(Locale.ROOT))
            .filter(name -> !name.equals("transparent")).collect(Collectors.toSet());

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed: the scenes below are never shown.
    }

    @Test
    void featureStylesheetsWriteNoColourButThePalettesNames() {
        Map<String, List<String>> literals = new TreeMap<>();
        for (Path css : stylesheets()) {
            boolean paper = PAPER.contains(css);
            for (Declaration declaration : declarations(css)) {
                if (css.equals(BASE) && declaration.property().startsWith("-pos-")) {
                    continue; // the palette itself
                }
                Matcher literal = LITERAL.matcher(declaration.value());
                boolean named = !paper && WORD.matcher(declaration.value()).results()
                        .anyMatch(word -> NAMED_COLOURS.contains(word.group().toLowerCase(Locale.ROOT)));
                if (literal.find() || named) {
                    literals.computeIfAbsent(STYLESHEETS.relativize(css).toString(), file -> new ArrayList<>())
                            .add(declaration.property() + ": " + declaration.value());
                }
            }
        }
        assertThat(literals).as("literal colours outside base.css's palette: name one of its -pos-* colours, "
                + "or add the colour to the palette").isEmpty();
    }

    @Test
    void everyPaletteColourAStylesheetNamesIsDefinedInBaseCss() {
        Set<String> defined = declarations(BASE).stream().map(Declaration::property)
                .filter(property -> property.startsWith("-pos-")).collect(Collectors.toSet());
        Map<String, List<String>> undefined = new TreeMap<>();
        for (Path css : stylesheets()) {
            for (Declaration declaration : declarations(css)) {
                PALETTE_USE.matcher(declaration.value()).results().map(java.util.regex.MatchResult::group)
                        .filter(name -> !defined.contains(name))
                        .forEach(name -> undefined.computeIfAbsent(STYLESHEETS.relativize(css).toString(),
                                file -> new ArrayList<>()).add(name));
            }
        }
        assertThat(defined).contains("-pos-accent", "-pos-danger", "-pos-shadow");
        assertThat(undefined).as("palette names with no colour in base.css (JavaFX would only log a warning)").isEmpty();
    }

    @Test
    void paletteColoursReachShadowsAndGradients() throws Exception {
        Region card = new Region();
        card.setStyle("-fx-effect: dropshadow(gaussian, -pos-shadow, 8, 0, 0, 2);"
                + " -fx-background-color: linear-gradient(to bottom right, -pos-bg, -pos-bg-deep);");
        StackPane screen = new StackPane(card);
        screen.getStyleClass().add(Styles.SCREEN);
        screen.getStylesheets().add(CssPaletteTest.class.getResource("/fr/ocpizza/pos/ui/common/base.css").toExternalForm());

        WaitForAsyncUtils.asyncFx(() -> {
            new Scene(screen);
            screen.applyCss();
        }).get(5, TimeUnit.SECONDS);

        assertThat(((DropShadow) card.getEffect()).getColor()).isEqualTo(Color.rgb(0, 0, 0, 0.35));
        LinearGradient gradient = (LinearGradient) card.getBackground().getFills().get(0).getFill();
        assertThat(gradient.getStops()).extracting(stop -> stop.getColor())
                .containsExactly(Color.web("#f7f3ee"), Color.web("#efe4d6"));
    }

    private static List<Path> stylesheets() {
        try (Stream<Path> files = Files.walk(STYLESHEETS)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
            assertThat(found).contains(BASE).hasSizeGreaterThan(5);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Declaration(String property, String value) {
    }

    private static List<Declaration> declarations(Path css) {
        String text;
        try {
            text = COMMENT.matcher(Files.readString(css)).replaceAll(" ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Declaration> declarations = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            for (String declaration : block.group(1).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.add(new Declaration(declaration.substring(0, colon).trim(),
                            declaration.substring(colon + 1).trim()));
                }
            }
        }
        return declarations;
    }
}
