package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.concurrent.DaemonThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A two-note chime generated in memory and played on a thread of its own (no sound file, no
 * dependency). A terminal without a sound device (a headless test, a kiosk with no speaker)
 * logs it once and stays silent: a kitchen screen must never fail for want of a beep.
 */
public final class ToneChime implements Chime {

    private static final Logger LOG = LoggerFactory.getLogger(ToneChime.class);
    private static final float RATE = 22_050f;
    private static final int[] NOTES_HZ = {880, 1320};
    private static final int NOTE_MILLIS = 160;

    private final ExecutorService player = Executors.newSingleThreadExecutor(DaemonThreads.named("kitchen-chime-"));
    private final AtomicBoolean playing = new AtomicBoolean();
    private volatile boolean unavailable;

    @Override
    public void ring() {
        // A burst of tickets rings once, not once per ticket.
        if (unavailable || !playing.compareAndSet(false, true)) {
            return;
        }
        try {
            player.execute(this::play);
        } catch (RejectedExecutionException e) {
            playing.set(false);
        }
    }

    private void play() {
        try {
            AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
            byte[] sound = chime();
            try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                line.open(format);
                line.start();
                line.write(sound, 0, sound.length);
                line.drain();
            }
        } catch (LineUnavailableException | RuntimeException e) {
            unavailable = true;
            LOG.info("No sound device for the kitchen chime ({}): new tickets will only flash", e.toString());
        } finally {
            playing.set(false);
        }
    }

    /** 16-bit little-endian mono samples, each note faded in and out so that it does not click. */
    static byte[] chime() {
        int perNote = (int) (RATE * NOTE_MILLIS / 1000);
        byte[] samples = new byte[perNote * NOTES_HZ.length * 2];
        int i = 0;
        for (int hz : NOTES_HZ) {
            for (int n = 0; n < perNote; n++) {
                double envelope = Math.min(1.0, Math.min(n, perNote - n) / (RATE * 0.01));
                short value = (short) (Math.sin(2 * Math.PI * hz * n / RATE) * envelope * 0.4 * Short.MAX_VALUE);
                samples[i++] = (byte) value;
                samples[i++] = (byte) (value >> 8);
            }
        }
        return samples;
    }
}
