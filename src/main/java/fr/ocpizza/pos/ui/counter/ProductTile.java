package fr.ocpizza.pos.ui.counter;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductSize;

/**
 * A button of the menu: a product in the chosen size, its price, and what the stock allows
 * ({@code portions}; {@code missingIngredient} names what is lacking when none can be made).
 */
record ProductTile(ProductSize size, int portions, String missingIngredient, State state) {

    /** Fewer portions than this left: the tile says how many. */
    static final int NEARLY_OUT = 5;

    enum State { AVAILABLE, NEARLY_OUT, OUT, OFF_MENU }

    static State stateOf(ProductSize size, int portions) {
        if (!size.available()) {
            return State.OFF_MENU;
        }
        if (portions <= 0) {
            return State.OUT;
        }
        return portions <= NEARLY_OUT ? State.NEARLY_OUT : State.AVAILABLE;
    }

    String name() {
        return size.productName();
    }

    Money price() {
        return size.price();
    }

    boolean canBeSold() {
        return state == State.AVAILABLE || state == State.NEARLY_OUT;
    }
}
