package fr.ocpizza.pos.ui.common;

import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A screen's link with its store's live feed. The feed's thread only asks for a read; the read
 * runs on the {@link TaskExecutor} and its result reaches the UI thread through it. At most one
 * read is in flight and one pending: twenty events in a burst cost two reads, and the second
 * sees all twenty. Subscribing and unsubscribing (Redis) also happen off the UI thread.
 * <p>
 * A screen that can also read single orders ({@link #byOrder}, the orders board) reads only the
 * orders its events name; what is asked while a read runs goes into the next one, and a whole
 * read (a resync, an event with no order) takes the place of the order reads pending.
 */
public final class LiveReloads<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveReloads.class);

    private final TaskExecutor executor;
    private final Callable<T> load;
    private final Consumer<? super T> apply;
    private final Consumer<Throwable> failed;
    private final Predicate<StoreEvent> relevant;
    /** Null when the screen only reads as a whole. */
    private final OrderReads<T> orderReads;
    private final LiveSubscription subscription;

    private final Object lock = new Object();
    // Guarded by lock: the feed's thread and the UI thread both get here.
    private boolean inFlight;
    private boolean wholePending;
    private final Set<Long> ordersPending = new LinkedHashSet<>();
    private boolean closed;

    /** How a screen reads and shows some orders only. */
    private record OrderReads<T>(Function<List<Long>, ? extends T> load, Consumer<? super T> apply) {
    }

    /**
     * Every relevant event reads the whole screen.
     *
     * @param load     reads the screen's state (background)
     * @param apply    shows it (UI thread)
     * @param failed   shows why a read failed (UI thread)
     * @param relevant which events call for a read (a resync always does)
     */
    public LiveReloads(TaskExecutor executor, Callable<T> load, Consumer<? super T> apply, Consumer<Throwable> failed,
                       Predicate<StoreEvent> relevant) {
        this(executor, load, apply, failed, relevant, null);
    }

    private LiveReloads(TaskExecutor executor, Callable<T> load, Consumer<? super T> apply, Consumer<Throwable> failed,
                        Predicate<StoreEvent> relevant, OrderReads<T> orderReads) {
        this.executor = Objects.requireNonNull(executor);
        this.load = Objects.requireNonNull(load);
        this.apply = Objects.requireNonNull(apply);
        this.failed = Objects.requireNonNull(failed);
        this.relevant = Objects.requireNonNull(relevant);
        this.orderReads = orderReads;
        this.subscription = new LiveSubscription(executor, "a screen");
    }

    /**
     * A relevant event that names an order reads that order only; a resync, or a relevant event
     * with no order, reads the whole screen.
     *
     * @param loadAll     reads the whole screen (background)
     * @param applyAll    shows it, in place of what was shown (UI thread)
     * @param loadOrders  reads the orders named, in the order asked (background)
     * @param applyOrders shows them among what is shown (UI thread)
     */
    public static <T> LiveReloads<T> byOrder(TaskExecutor executor, Callable<T> loadAll, Consumer<? super T> applyAll,
                                             Function<List<Long>, ? extends T> loadOrders,
                                             Consumer<? super T> applyOrders, Consumer<Throwable> failed,
                                             Predicate<StoreEvent> relevant) {
        return new LiveReloads<>(executor, loadAll, applyAll, failed, relevant,
                new OrderReads<>(Objects.requireNonNull(loadOrders), Objects.requireNonNull(applyOrders)));
    }

    /** Subscribes to the store's feed; its first {@code onResync} triggers the first read. */
    public void subscribe(LiveFeed feed, int storeId) {
        StoreEventListener listener = new StoreEventListener() {
            @Override
            public void onEvent(StoreEvent event) {
                if (!relevant.test(event)) {
                    return;
                }
                if (event.orderId() == null) {
                    request();
                } else {
                    requestOrder(event.orderId());
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

    /** Asks for a read of the whole screen; any thread. */
    public void request() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            wholePending = true;
            ordersPending.clear();
            if (inFlight) {
                return;
            }
            inFlight = true;
        }
        readNext();
    }

    /** Asks for a read of one order (of the whole screen if it cannot read orders alone); any thread. */
    public void requestOrder(long orderId) {
        if (orderReads == null) {
            request();
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (!wholePending) {
                ordersPending.add(orderId);
            }
            if (inFlight) {
                return;
            }
            inFlight = true;
        }
        readNext();
    }

    /** Takes what is pending and reads it; called with inFlight set, and again after each read. */
    private void readNext() {
        boolean whole;
        List<Long> orders;
        synchronized (lock) {
            if (closed || (!wholePending && ordersPending.isEmpty())) {
                inFlight = false;
                return;
            }
            whole = wholePending;
            orders = new ArrayList<>(ordersPending);
            wholePending = false;
            ordersPending.clear();
        }
        try {
            if (whole) {
                read(load, apply);
            } else {
                read(() -> orderReads.load().apply(orders), orderReads.apply());
            }
        } catch (RuntimeException rejected) {
            // The executor is shutting down with the application: nothing left to show.
            LOG.debug("Live reload not started: {}", rejected.toString());
            synchronized (lock) {
                inFlight = false;
                wholePending = false;
                ordersPending.clear();
            }
        }
    }

    private <R> void read(Callable<R> read, Consumer<? super R> show) {
        executor.execute(read, result -> {
            try {
                if (!isClosed()) {
                    show.accept(result);
                }
            } finally {
                readNext();
            }
        }, failure -> {
            try {
                if (!isClosed()) {
                    failed.accept(failure);
                }
            } finally {
                readNext();
            }
        });
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
