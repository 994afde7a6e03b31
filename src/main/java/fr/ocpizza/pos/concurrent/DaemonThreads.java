package fr.ocpizza.pos.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Thread factories for the terminal's background work (UI tasks, probes, heartbeats, roll-ups,
 * backups, the outbox relay, the live feed, Redis subscriptions): daemon threads, which never keep
 * the JVM alive on their own, named so that thread dumps and logs say who is who. Every layer may
 * use it; it depends on the JDK only. {@code BackgroundThreadsTest} keeps it the only way.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Daemon threads named {@code prefix1}, {@code prefix2}… */
    public static ThreadFactory named(String prefix) {
        return named(prefix, Thread.NORM_PRIORITY);
    }

    /** The same at a given priority: {@link Thread#MIN_PRIORITY} for housekeeping that must not slow the screens. */
    public static ThreadFactory named(String prefix, int priority) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = thread(prefix + count.incrementAndGet(), runnable);
            thread.setPriority(priority);
            return thread;
        };
    }

    /**
     * One daemon thread, not started, with exactly that name: for a loop that owns its thread for
     * its whole life (a Redis subscription), where a pool would only add a queue.
     */
    public static Thread thread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
