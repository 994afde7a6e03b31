package fr.ocpizza.pos.ui.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The board's card sizes for the room it has, without a screen. */
class BoardGeometryTest {

    @Test
    void fourColumnsOfTwoWholeRowsFitTheBoardOfASmallScreen() {
        // About the board's room at 1366 × 768 and at 1280 × 800, once the shell and toolbar are drawn.
        for (double[] board : new double[][] {{1090, 540}, {1005, 575}}) {
            BoardGeometry geometry = BoardGeometry.fit(board[0], board[1]);

            assertThat(geometry.columns()).isEqualTo(4);
            assertThat(geometry.rows()).isEqualTo(2);
            assertThat(geometry.cellWidth()).isGreaterThanOrEqualTo(BoardGeometry.MIN_CELL_WIDTH);
            assertThat(geometry.rows() * (geometry.cellHeight() + 2 * BoardGeometry.SPACING))
                    .as("whole rows, none cut at the bottom").isLessThanOrEqualTo(board[1]);
            assertThat(geometry.columns() * (geometry.cellWidth() + 2 * BoardGeometry.SPACING))
                    .isLessThanOrEqualTo(board[0] - BoardGeometry.SCROLL_BAR);
        }
    }

    @Test
    void aTallScreenShowsMoreRowsRatherThanTallerCards() {
        BoardGeometry fullHd = BoardGeometry.fit(1630, 880);

        assertThat(fullHd.rows()).isEqualTo(3);
        assertThat(fullHd.columns()).isEqualTo(7);
        assertThat(fullHd.cellHeight()).isLessThanOrEqualTo(BoardGeometry.MAX_CELL_HEIGHT);
    }

    @Test
    void aBoardSmallerThanOneCardStillShowsOneCardOfTheSmallestSize() {
        BoardGeometry tiny = BoardGeometry.fit(100, 80);

        assertThat(tiny.columns()).isEqualTo(1);
        assertThat(tiny.rows()).isEqualTo(1);
        assertThat(tiny.cellWidth()).isEqualTo(BoardGeometry.MIN_CELL_WIDTH);
        assertThat(tiny.cellHeight()).isEqualTo(BoardGeometry.MIN_CELL_HEIGHT);
    }
}
