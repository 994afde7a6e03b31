package fr.ocpizza.pos.ui.kitchen;

/**
 * The size of the board's cards for the room the board has: as many columns and rows as fit at
 * the smallest readable card, then the cards grown to fill the board, so that whole rows show and
 * no card is cut at the bottom of the screen (3 tickets fully visible at 1366 × 768 with fixed
 * 288 × 440 cards; 8 with these). Pure arithmetic, tested without a screen.
 *
 * @param columns    cards per row
 * @param rows       rows fully visible
 * @param cellWidth  a card's width
 * @param cellHeight a card's height
 */
record BoardGeometry(int columns, int rows, double cellWidth, double cellHeight) {

    /** The narrowest card that keeps "n° 123  12:34" and a line on one row each. */
    static final double MIN_CELL_WIDTH = 220;
    /** The lowest card that keeps its header, promise, three lines and its button. */
    static final double MIN_CELL_HEIGHT = 236;
    /** Above this a card is only emptier: a tall screen shows more rows instead. */
    static final double MAX_CELL_HEIGHT = 340;
    /** Space between cards; the grid puts it on both sides of each card. */
    static final double SPACING = 4;
    /**
     * What the grid keeps on its right for its scroll bar before it counts the cards of a row
     * ({@code GridViewSkin} keeps 18 px; our finger-sized bar is 24 px).
     */
    static final double SCROLL_BAR = 24;

    /** The cards for a board of {@code width} × {@code height} pixels. */
    static BoardGeometry fit(double width, double height) {
        double rowWidth = Math.max(0, width - SCROLL_BAR);
        int columns = Math.max(1, (int) Math.floor(rowWidth / (MIN_CELL_WIDTH + 2 * SPACING)));
        double cellWidth = Math.max(MIN_CELL_WIDTH, Math.floor(rowWidth / columns - 2 * SPACING));
        int rows = Math.max(1, (int) Math.floor(height / (MIN_CELL_HEIGHT + 2 * SPACING)));
        double cellHeight = Math.min(MAX_CELL_HEIGHT,
                Math.max(MIN_CELL_HEIGHT, Math.floor(height / rows - 2 * SPACING) - 1));
        return new BoardGeometry(columns, rows, cellWidth, cellHeight);
    }
}
