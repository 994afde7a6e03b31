package fr.ocpizza.pos.ui.kitchen;

import javafx.css.PseudoClass;

/** Style classes and pseudo-classes of the kitchen display and its {@code kitchen.css}. */
final class KitchenStyles {

    static final String KITCHEN = "kitchen";
    static final String TICKET_CELL = "ticket-cell";
    static final String TICKET_CARD = "ticket-card";
    static final String TICKET_HEADER = "ticket-header";
    static final String TICKET_NUMBER = "ticket-number";
    static final String TICKET_SOURCE = "ticket-source";
    static final String TICKET_AGE = "ticket-age";
    static final String TICKET_PROMISE = "ticket-promise";
    static final String TICKET_NOTE = "ticket-note";
    static final String TICKET_LINES = "ticket-lines";
    static final String TICKET_LINE = "ticket-line";
    static final String LINE_TITLE = "line-title";
    static final String LINE_ADDED = "line-added";
    static final String LINE_REMOVED = "line-removed";
    static final String LINE_NOTE = "line-note";
    static final String TICKET_ACTION = "ticket-action";
    static final String TICKET_FOOTER = "ticket-footer";
    static final String ALL_DAY = "all-day";
    static final String ALL_DAY_NAME = "all-day-name";
    static final String ALL_DAY_COUNT = "all-day-count";
    static final String PANEL_TITLE = "panel-title";
    static final String RECIPE_PANEL = "recipe-panel";
    static final String RECIPE_QUANTITY = "recipe-quantity";
    static final String RECIPE_STEP_NUMBER = "recipe-step-number";
    static final String RECIPE_BODY = "recipe-body";
    static final String RECIPE_SECTION = "recipe-section";
    static final String RECIPE_INGREDIENTS = "recipe-ingredients";
    static final String RECIPE_STEPS = "recipe-steps";
    /** A topping the customer removed: struck, in the danger colour. */
    static final String RECIPE_REMOVED = "recipe-removed";
    /** The "SANS" badge before a removed topping. */
    static final String RECIPE_REMOVED_MARK = "recipe-removed-mark";
    /** An extra's quantity. */
    static final String RECIPE_ADDED = "recipe-added";
    /** The "EN PLUS" badge before an extra. */
    static final String RECIPE_ADDED_MARK = "recipe-added-mark";
    static final String RECIPE_STEP = "recipe-step";
    static final String RECALL_DRAWER = "recall-drawer";
    static final String RECALL_ITEM = "recall-item";

    /** The ticket's age passed {@code kitchen.age.warn.minutes}. */
    static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    /** The ticket's age passed {@code kitchen.age.late.minutes}. */
    static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    /** The pizzaiolo has started it (IN_PREPARATION). */
    static final PseudoClass STARTED = PseudoClass.getPseudoClass("started");
    /** It just arrived: the card flashes. */
    static final PseudoClass NEW = PseudoClass.getPseudoClass("new");
    /** Brought back from the recall list, for a look only. */
    static final PseudoClass RECALLED = PseudoClass.getPseudoClass("recalled");

    private KitchenStyles() {
    }
}
