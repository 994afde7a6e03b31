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

    // The counter (ui/counter/counter.css).
    /** A product button of the counter's menu. */
    public static final String PRODUCT_TILE = "product-tile";
    public static final String TILE_NAME = "tile-name";
    public static final String TILE_PRICE = "tile-price";
    /** What the stock still allows, under a product's price. */
    public static final String TILE_STOCK = "tile-stock";
    /** One line of the basket: title, toppings and note, amount. */
    public static final String BASKET_ROW = "basket-row";
    public static final String ROW_TITLE = "row-title";
    public static final String ROW_DETAIL = "row-detail";
    public static final String ROW_AMOUNT = "row-amount";
    /** The editor of a basket line, over the menu. */
    public static final String LINE_EDITOR = "line-editor";
    public static final String EDITOR_TITLE = "editor-title";
    public static final String EDITOR_ROW = "editor-row";
    public static final String EDITOR_SIDE = "editor-side";
    public static final String QUICK_NOTES = "quick-notes";
    /** A pizza size toggle (S, M, L). */
    public static final String SIZE = "size";
    public static final String TOPPING_ROW = "topping-row";
    public static final String TOPPING_NAME = "topping-name";
    public static final String TOPPING_BUTTON = "topping-button";
    /** The customer receipt and the kitchen ticket side by side. */
    public static final String RECEIPT_PREVIEW = "receipt-preview";

    /** Something is wrong with this node's content (a refused login, an unreachable server). */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** A connection indicator whose service answers. */
    public static final PseudoClass UP = PseudoClass.getPseudoClass("up");
    /** A connection indicator whose service does not answer. */
    public static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");
    /** The counter's product that Enter in the search adds. */
    public static final PseudoClass FIRST_MATCH = PseudoClass.getPseudoClass("first-match");
    /** A product the stock cannot make any more. */
    public static final PseudoClass OUT = PseudoClass.getPseudoClass("out");
    /** A product of which only a few can still be made. */
    public static final PseudoClass NEARLY_OUT = PseudoClass.getPseudoClass("nearly-out");
    /** A product a manager took off the menu. */
    public static final PseudoClass OFF_MENU = PseudoClass.getPseudoClass("off-menu");
    /** A topping added to a pizza ("+ jambon"). */
    public static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");
    /** A topping left out of a pizza ("sans champignons"). */
    public static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");

    private Styles() {
    }
}
