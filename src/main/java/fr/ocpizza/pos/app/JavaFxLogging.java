package fr.ocpizza.pos.app;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Keeps one known JavaFX message off a normal start's console. JavaFX logs "Unsupported JavaFX
 * configuration: classes were loaded from 'unnamed module …'" (through java.util.logging, logger
 * {@code javafx}) whenever its classes come from the class path. The terminal runs them from the
 * class path on purpose: one plain jar, no module-path flags asked of anyone (decision 0005,
 * docs/decisions/0005-one-runnable-jar.md), and every screen is tested that way. So that line is
 * expected, and a cashier or an operator reading it would only be worried for nothing. Every other
 * JavaFX message still shows.
 */
final class JavaFxLogging {

    static final String UNSUPPORTED_CONFIGURATION = "Unsupported JavaFX configuration";

    /** Held so that the configured logger is not collected (java.util.logging keeps loggers weakly). */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxLogging() {
    }

    /** Call before JavaFX starts. */
    static void quietClassPathWarning() {
        Filter previous = JAVAFX.getFilter();
        JAVAFX.setFilter(record -> !isClassPathWarning(record.getMessage())
                && (previous == null || previous.isLoggable(record)));
    }

    static boolean isClassPathWarning(String message) {
        return message != null && message.startsWith(UNSUPPORTED_CONFIGURATION);
    }
}
