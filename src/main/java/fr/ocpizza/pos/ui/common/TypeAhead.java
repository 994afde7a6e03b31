package fr.ocpizza.pos.ui.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Type-ahead for long lists: a few letters typed on a focused list, table or combo box jump to
 * the first item whose name they start — word by word, across the name, accents and case ignored:
 * "coca z" finds "Coca-Cola zéro", "moz" finds "Mozzarella fior di latte", "fior" finds it too.
 * What is typed within {@link #PAUSE_NANOS} adds up; after a pause it starts again; Backspace
 * takes a letter back and Escape forgets it. The rule ({@link #matches}) needs no screen.
 */
public final class TypeAhead {

    /** A pause this long starts a new search (as in file managers). */
    public static final long PAUSE_NANOS = 1_200_000_000L;

    private final LongSupplier clock;
    private final StringBuilder typed = new StringBuilder();
    private long lastKey;

    private TypeAhead(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * Whether {@code query} names {@code name}: every word of the query starts a word of the name,
     * in the same order; accents, case and punctuation (hyphens, apostrophes) are ignored. A blank
     * query names nothing.
     */
    public static boolean matches(String name, String query) {
        List<String> wanted = words(query);
        if (wanted.isEmpty() || name == null) {
            return false;
        }
        List<String> words = words(name);
        int next = 0;
        for (String word : wanted) {
            while (next < words.size() && !words.get(next).startsWith(word)) {
                next++;
            }
            if (next == words.size()) {
                return false;
            }
            next++;
        }
        return true;
    }

    /** The index of the first item the query names, or -1. */
    public static <T> int firstMatch(List<T> items, Function<? super T, String> name, String query) {
        for (int i = 0; i < items.size(); i++) {
            if (matches(name.apply(items.get(i)), query)) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case, without accents, split on anything that is not a letter or a digit. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Type-ahead on a combo box: the value becomes the first item named. */
    public static <T> void install(ComboBox<T> box, Function<? super T, String> name) {
        install(box, box::getItems, box.getSelectionModel(), name, System::nanoTime);
    }

    /** Type-ahead on a list: the first item named is selected and scrolled to. */
    public static <T> void install(ListView<T> list, Function<? super T, String> name) {
        install(list, list::getItems, list.getSelectionModel(), name, System::nanoTime);
        list.getSelectionModel().selectedIndexProperty().addListener((property, before, index) -> {
            if (index.intValue() >= 0 && list.isFocused()) {
                list.scrollTo(index.intValue());
            }
        });
    }

    /** Type-ahead on a table, on the name of its rows: the first row named is selected and scrolled to. */
    public static <T> void install(TableView<T> table, Function<? super T, String> name) {
        install(table, table::getItems, table.getSelectionModel(), name, System::nanoTime);
        table.getSelectionModel().selectedIndexProperty().addListener((property, before, index) -> {
            if (index.intValue() >= 0 && table.isFocused()) {
                table.scrollTo(index.intValue());
            }
        });
    }

    static <T> TypeAhead install(Control control, java.util.function.Supplier<ObservableList<T>> items,
                                 SelectionModel<T> selection, Function<? super T, String> name, LongSupplier clock) {
        Objects.requireNonNull(name);
        TypeAhead search = new TypeAhead(clock);
        control.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String character = event.getCharacter();
            if (character == null || character.isEmpty() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                    || Character.isISOControl(character.charAt(0))) {
                return;
            }
            if (character.isBlank() && search.typed.length() == 0) {
                return;
            }
            String query = search.add(character);
            int index = firstMatch(items.get(), name, query);
            if (index >= 0) {
                selection.select(index);
            }
            event.consume();
        });
        control.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.BACK_SPACE && search.typed.length() > 0) {
                search.typed.setLength(search.typed.length() - 1);
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                search.typed.setLength(0);
            } else if (event.getCode() == KeyCode.SPACE && search.typed.length() > 0) {
                // A space inside a search ("coca z") is part of it, not "open the list".
                event.consume();
            }
        });
        control.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.SPACE && search.typed.length() > 0) {
                event.consume();
            }
        });
        return search;
    }

    private String add(String character) {
        long now = clock.getAsLong();
        if (typed.length() > 0 && now - lastKey > PAUSE_NANOS) {
            typed.setLength(0);
        }
        lastKey = now;
        typed.append(character);
        return typed.toString();
    }
}
