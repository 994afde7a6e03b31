package fr.ocpizza.pos.ui.common;

import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A screen's link with its store's live feed. The feed's thread only asks for a reload; the read
 * runs on the {@link TaskExecutor} and its result reaches the UI thread through it. At most one
 * read is in flight and one pending: twenty events in a burst cost two reads, and the second
 * sees all twenty. Subscribing and unsubscribing (Redis) also happen off the UI thread.
 */
public final class LiveReloads<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveReloads.class);

    private final TaskExecutor executor;
    private final Callable<T> load;
    private final Consumer<? super T> apply;
    private final Predicate<StoreEvent> relevant;
    private final LiveSubscription subscription;
    private final Consumer<Throwable> failed;

    private final Object lock = new Object();
    // Guarded by lock: the feed's thread and the UI thread both get here.
    private boolean inFlight;
    private boolean pending;
    private boolean closed;

    /**
     * @param load     reads the screen's state (background)
     * @param apply    shows it (UI thread)
     * @param failed   shows why a read failed (UI thread)
     * @param relevant which events call for a read (a resync always does)
     */
    public LiveReloads(TaskExecutor executor, Callable<T> load, Consumer<? super T> apply, Consumer<Throwable> failed,
                       Predicate<StoreEvent> relevant) {
        this.executor = executor;
        this.load = load;
        this.apply = apply;
        this.failed = failed;
        this.relevant = relevant;
        this.subscription = new LiveSubscription(executor, "a screen");
    }

    /** Subscribes to the store's feed; its first {@code onResync} triggers the first read. */
    public void subscribe(LiveFeed feed, int storeId) {
        StoreEventListener listener = new StoreEventListener() {
            @Override
            public void onEvent(StoreEvent event) {
                if (relevant.test(event)) {
                    request();
                }
            }

            @Override
            public void onResync() {
                request();
            }
        };
        subscription.open(feed, storeId, listener, failure -> {
            // Without live updates the screen still shows what there is now.
            failed.accept(failure);
            request();
        });
    }

    /** Asks for a read; any thread. */
    public void request() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (inFlight) {
                pending = true;
                return;
            }
            inFlight = true;
        }
        read();
    }

    private void read() {
        try {
            executor.execute(load, tickets -> {
                try {
                    if (!isClosed()) {
                        apply.accept(tickets);
                    }
                } finally {
                    finished();
                }
            }, failure -> {
                try {
                    if (!isClosed()) {
                        failed.accept(failure);
                    }
                } finally {
                    finished();
                }
            });
        } catch (RuntimeException rejected) {
            // The executor is shutting down with the application: nothing left to show.
            LOG.debug("Live reload not started: {}", rejected.toString());
            synchronized (lock) {
                inFlight = false;
                pending = false;
            }
        }
    }

    /** A read is done: run the pending one, if any, which sees every change since. */
    private void finished() {
        synchronized (lock) {
            if (closed || !pending) {
                inFlight = false;
                pending = false;
                return;
            }
            pending = false;
        }
        read();
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        subscription.close();
    }
}
