package fr.ocpizza.pos.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowSizeTest {

    @Test
    void aLargeScreenGetsTheDefaultWindow() {
        assertThat(WindowSize.forScreen(1920, 1040)).isEqualTo(new WindowSize(1280, 800, false));
        assertThat(WindowSize.forScreen(1280, 800)).isEqualTo(new WindowSize(1280, 800, false));
    }

    @Test
    void aTouchscreenOf768PixelsGetsTheWholeScreenSoThatTheStatusBarShows() {
        assertThat(WindowSize.forScreen(1366, 768)).isEqualTo(new WindowSize(1280, 768, true));
        assertThat(WindowSize.forScreen(1366, 728)).isEqualTo(new WindowSize(1280, 728, true));
    }

    @Test
    void aNarrowScreenIsNotOverflowedSideways() {
        assertThat(WindowSize.forScreen(1024, 900)).isEqualTo(new WindowSize(1024, 800, true));
    }
}
