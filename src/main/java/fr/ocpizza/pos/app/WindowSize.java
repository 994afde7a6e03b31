package fr.ocpizza.pos.app;

/**
 * The terminal's first window: 1280 × 800 where the screen has room for it, else the whole
 * screen (maximised), so that on a 1366 × 768 touchscreen nothing — the status bar first — falls
 * below the bottom edge.
 *
 * @param maximised whether the window opens maximised on a screen smaller than the default window
 */
record WindowSize(double width, double height, boolean maximised) {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    /** For a screen whose usable area (without task bars) is {@code screenWidth} × {@code screenHeight}. */
    static WindowSize forScreen(double screenWidth, double screenHeight) {
        boolean fits = screenWidth >= DEFAULT_WIDTH && screenHeight >= DEFAULT_HEIGHT;
        return new WindowSize(Math.min(DEFAULT_WIDTH, screenWidth), Math.min(DEFAULT_HEIGHT, screenHeight), !fits);
    }
}
