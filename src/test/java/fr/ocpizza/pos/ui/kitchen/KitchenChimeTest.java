package fr.ocpizza.pos.ui.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** The new-ticket chime: generated in memory, and harmless on a machine with no sound device. */
class KitchenChimeTest {

    @Test
    void theChimeIsTwoNotesOf160MillisecondsIn16BitMono() {
        byte[] samples = ToneChime.chime();

        assertThat(samples).hasSize(2 * 2 * 22_050 * 160 / 1000);
        assertThat(samples[0]).as("faded in: starts silent").isZero();
    }

    @Test
    void ringingWithoutASoundDeviceNeitherThrowsNorBlocks() throws InterruptedException {
        ToneChime chime = new ToneChime();

        assertThatCode(() -> {
            chime.ring();
            chime.ring();
        }).doesNotThrowAnyException();
        Thread.sleep(500);
        assertThatCode(chime::ring).doesNotThrowAnyException();
    }
}
