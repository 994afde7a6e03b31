package fr.ocpizza.pos.ui.common;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.PosException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The screens' texts, from the bundle {@value #BUNDLE} ({@code messages.properties} is French,
 * the default; {@code messages_en.properties} English), and the localized sentence for a
 * {@link PosException}.
 * <p>
 * Texts with arguments are {@link MessageFormat} patterns; French texts use the typographic
 * apostrophe (’), so that no quote needs doubling.
 */
public final class Messages {

    /** The bundle's base name, also given to every FXMLLoader for {@code %key} texts. */
    public static final String BUNDLE = "fr/ocpizza/pos/ui/messages";

    private static final String UNEXPECTED = "error.unexpected";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The texts for a language. No fallback to the JVM's default locale: a French terminal on an
     * English system stays French, and any language we lack falls back to French.
     */
    public static Messages forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    /** The French texts: what the terminal shows before its configuration is read. */
    public static Messages french() {
        return forLocale(Locale.FRENCH);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key, formatted with the arguments when there are any. */
    public String get(String key, Object... args) {
        String pattern = find(key).orElseThrow(() -> new MissingResourceException(
                "No text for " + key + " in " + BUNDLE, BUNDLE, key));
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(localizeArgs(args));
    }

    /** The text of a key, if the bundle has one. */
    public Optional<String> find(String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /**
     * One sentence for the user about a failure: the localized text of a {@link PosException},
     * its English message when the key is unknown, or a general "try again" for anything else
     * (the details go to the log, never to the screen).
     */
    public String describe(Throwable failure) {
        if (failure instanceof PosException refusal) {
            Optional<String> pattern = find(refusal.key());
            if (pattern.isEmpty()) {
                return refusal.getMessage();
            }
            try {
                return new MessageFormat(pattern.get(), locale).format(localizeArgs(refusal.args()));
            } catch (IllegalArgumentException badArgument) {
                // A pattern that does not fit its arguments must not hide the refusal itself.
                return refusal.getMessage();
            }
        }
        return get(UNEXPECTED);
    }

    /**
     * Makes the exceptions' arguments readable in the user's language: amounts as currency,
     * instants as dates, enum constants and English terms through {@code enum.*} and
     * {@code term.*} keys when the bundle has them.
     */
    private Object[] localizeArgs(Object[] args) {
        Object[] localized = args.clone();
        for (int i = 0; i < localized.length; i++) {
            Object arg = localized[i];
            if (arg instanceof Money money) {
                localized[i] = money.format(locale);
            } else if (arg instanceof Instant instant) {
                localized[i] = Date.from(instant);
            } else if (arg instanceof Enum<?> constant) {
                localized[i] = find("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name())
                        .orElse(constant.name());
            } else if (arg instanceof String text) {
                localized[i] = find(termKey(text)).orElse(text);
            }
        }
        return localized;
    }

    /** "place an order" → {@code term.place_an_order}; "CASHIER" → {@code term.CASHIER}. */
    static String termKey(String text) {
        return "term." + text.strip().replaceAll("[^A-Za-z0-9]+", "_");
    }
}
