package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.ui.common.LiveSubscription;
import fr.ocpizza.pos.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board's link with its store's live feed. An order event asks for a read of that order
 * only; a resync (first subscription, missed events) for the whole board. The feed's thread only
 * records what to read; reads run on the {@link TaskExecutor}, one at a time, and whatever was
 * asked meanwhile goes into the next one: a burst of events costs two reads, not one per event.
 */
final class BoardLiveUpdates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoardLiveUpdates.class);

    /** What a read brought: the whole board, or some of its orders. */
    record Update(boolean whole, List<OrderView> orders) {
    }

    private final TaskExecutor executor;
    private final Callable<List<OrderView>> loadBoard;
    private final LongFunction<OrderView> loadOrder;
    private final Consumer<Update> apply;
    private final Consumer<Throwable> failed;
    private final LiveSubscription subscription;

    private final Object lock = new Object();
    // Guarded by lock: the feed's thread and the UI thread both get here.
    private boolean inFlight;
    private boolean wholePending;
    private final Set<Long> ordersPending = new LinkedHashSet<>();
    private boolean closed;

    /**
     * @param loadBoard reads the whole board (background)
     * @param loadOrder reads one order (background)
     * @param apply     shows what was read (UI thread)
     * @param failed    shows why a read failed (UI thread)
     */
    BoardLiveUpdates(TaskExecutor executor, Callable<List<OrderView>> loadBoard, LongFunction<OrderView> loadOrder,
                     Consumer<Update> apply, Consumer<Throwable> failed) {
        this.executor = executor;
        this.loadBoard = loadBoard;
        this.loadOrder = loadOrder;
        this.apply = apply;
        this.failed = failed;
        this.subscription = new LiveSubscription(executor, "the orders board");
    }

    /** Subscribes to the store's feed (off the UI thread); its first {@code onResync} reads the board. */
    void subscribe(LiveFeed feed, int storeId) {
        StoreEventListener listener = new StoreEventListener() {
            @Override
            public void onEvent(StoreEvent event) {
                if (!event.type().isOrderEvent()) {
                    return;
                }
                if (event.orderId() == null) {
                    requestBoard();
                } else {
                    requestOrder(event.orderId());
                }
            }

            @Override
            public void onResync() {
                requestBoard();
            }
        };
        subscription.open(feed, storeId, listener, failure -> {
            // Without live updates the board still shows what there is now.
            failed.accept(failure);
            requestBoard();
        });
    }

    /** Asks for a read of the whole board; any thread. */
    void requestBoard() {
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

    /** Asks for a read of one order; any thread. */
    void requestOrder(long orderId) {
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

    /** Takes what is pending and reads it; called with inFlight set. */
    private void readNext() {
        boolean whole;
        List<Long> ids;
        synchronized (lock) {
            if (closed || (!wholePending && ordersPending.isEmpty())) {
                inFlight = false;
                return;
            }
            whole = wholePending;
            ids = new ArrayList<>(ordersPending);
            wholePending = false;
            ordersPending.clear();
        }
        Callable<Update> read = whole
                ? () -> new Update(true, loadBoard.call())
                : () -> new Update(false, ids.stream().map(loadOrder::apply).toList());
        try {
            executor.execute(read, update -> {
                try {
                    if (!isClosed()) {
                        apply.accept(update);
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
        } catch (RuntimeException rejected) {
            // The executor is shutting down with the application: nothing left to show.
            LOG.debug("Board reload not started: {}", rejected.toString());
            synchronized (lock) {
                inFlight = false;
            }
        }
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
