package fr.ocpizza.pos.ui.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names in the order a French reader expects: accents and case second ("Câpres" before "Crème",
 * "éclair" beside "Eclair"), not after "z" as a plain string comparison puts them.
 */
public final class FrenchOrder {

    private FrenchOrder() {
    }

    /** Compares names the French way. A new collator each call: {@link Collator} is not thread-safe. */
    public static Comparator<String> names() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.nullsFirst(collator::compare);
    }

    /** Items by their name, the French way. */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, names());
    }
}
