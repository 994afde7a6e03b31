package fr.ocpizza.pos.ui.common;

import javafx.css.PseudoClass;

/**
 * Style class and pseudo-class names shared by the views and their CSS files, so that a
 * rename happens in one place. Feature-specific look stays in the CSS next to the feature.
 */
public final class Styles {

    /** A view's outermost node. */
    public static final String SCREEN = "screen";
    /** The main action of a screen. */
    public static final String ACCENT = "accent";
    /** A destructive or alarming action or text. */
    public static final String DANGER = "danger";
    /** Secondary, quieter text. */
    public static final String MUTED = "muted";
    /** A large headline. */
    public static final String TITLE = "title";
    /** A key of a touch keypad. */
    public static final String KEYPAD_KEY = "keypad-key";
    /** A status bar indicator ("Base de données : connectée"). */
    public static final String STATUS_INDICATOR = "status-indicator";
    /** The calm line shown where a workspace is not built yet. */
    public static final String PLACEHOLDER = "placeholder";
    /** The startup, failure and shutdown screens. */
    public static final String STARTUP = "startup";
    /** The heading of what went wrong, on the startup failure screen. */
    public static final String STARTUP_DETAIL_TITLE = "detail-title";
    /** What went wrong and what to do, on the startup failure screen. */
    public static final String STARTUP_DETAIL = "detail";
    /** A compact button beside a form's line (remove a line, dismiss an alert). */
    public static final String SMALL_BUTTON = "small-button";

    /** Something is wrong with this node's content (a refused login, an unreachable server). */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** A connection indicator whose service answers. */
    public static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    /** A connection indicator whose service does not answer. */
    public static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

    private Styles() {
    }
}
