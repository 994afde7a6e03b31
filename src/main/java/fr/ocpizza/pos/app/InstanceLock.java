package fr.ocpizza.pos.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * One desktop terminal per user session: an operating-system lock on {@code terminal.lock} in the
 * user's data folder, held as long as the process lives. The lock vanishes with the process,
 * crash or not, so a stale file is harmless; the file's text is only the holder's PID, for the
 * message. The command line never takes it: {@code doctor} runs while the terminal is open.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = "terminal.lock";
    /**
     * The locked byte lies far past the PID: Windows locks are mandatory, and the second instance
     * must still read the PID at the start of the file.
     */
    private static final long LOCKED_BYTE = Integer.MAX_VALUE;

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another terminal holds the lock: its PID when the file says it. */
    public static final class HeldElsewhereException extends Exception {
        private final OptionalLong pid;

        HeldElsewhereException(OptionalLong pid) {
            super("OC Pizza Terminal est déjà ouvert sur ce poste" + (pid.isPresent() ? " (PID " + pid.getAsLong() + ")" : "")
                    + " : utilisez la fenêtre déjà ouverte (elle est peut-être derrière une autre, ou en plein écran),"
                    + " ou fermez-la avant d’en ouvrir une nouvelle.");
            this.pid = pid;
        }

        public OptionalLong pid() {
            return pid;
        }
    }

    /**
     * Takes the lock in {@code folder} (created if missing) and writes this process's PID.
     *
     * @throws HeldElsewhereException when another terminal (or this process already) holds it
     */
    public static InstanceLock acquire(Path folder) throws HeldElsewhereException {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException sameProcess) {
                // This JVM holds it already (tryLock throws rather than answering null within one process).
                lock = null;
            }
            if (lock == null) {
                OptionalLong pid = readPid(channel);
                channel.close();
                throw new HeldElsewhereException(pid);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot take the terminal's lock " + file + ": " + e.getMessage(), e);
        }
    }

    private static OptionalLong readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty(); // the holder is still writing it: the message goes without
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    /** Lets the next terminal start; the process's end does the same. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel's close below releases it too
        }
        closeQuietly(channel);
    }
}
