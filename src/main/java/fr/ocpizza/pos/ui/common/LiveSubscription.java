package fr.ocpizza.pos.ui.common;

import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.live.StoreEventListener;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A screen's subscription to its store's live feed, made and dropped off the UI thread
 * (subscribing and unsubscribing may wait on Redis). Closing it before the subscription is made
 * drops the subscription as soon as it arrives.
 */
public final class LiveSubscription implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSubscription.class);

    private final TaskExecutor executor;
    private final String screen;
    private final Object lock = new Object();
    // Guarded by lock: the executor's thread and the UI thread both get here.
    private boolean closed;
    private AutoCloseable subscription;

    /** @param screen names the screen in the log ("the kitchen board") */
    public LiveSubscription(TaskExecutor executor, String screen) {
        this.executor = executor;
        this.screen = screen;
    }

    /**
     * Subscribes in the background; {@code onFailure} runs on the UI thread when the feed cannot be
     * reached (the screen then shows what it can read, without live updates).
     */
    public void open(LiveFeed feed, int storeId, StoreEventListener listener, Consumer<Throwable> onFailure) {
        executor.execute(() -> feed.subscribe(storeId, listener), this::subscribed, onFailure);
    }

    private void subscribed(AutoCloseable newSubscription) {
        synchronized (lock) {
            if (!closed) {
                subscription = newSubscription;
                return;
            }
        }
        closeOffThread(newSubscription);
    }

    @Override
    public void close() {
        AutoCloseable toClose;
        synchronized (lock) {
            closed = true;
            toClose = subscription;
            subscription = null;
        }
        if (toClose != null) {
            closeOffThread(toClose);
        }
    }

    private void closeOffThread(AutoCloseable toClose) {
        try {
            executor.execute(() -> {
                toClose.close();
                return null;
            }, done -> { }, failure -> LOG.warn("Closing the live subscription of {} failed", screen, failure));
        } catch (RuntimeException rejected) {
            // The executor is already shut down with the application: close here.
            try {
                toClose.close();
            } catch (Exception e) {
                LOG.warn("Closing the live subscription of {} failed", screen, e);
            }
        }
    }
}
