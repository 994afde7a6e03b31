package fr.ocpizza.pos.testsupport;

import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Our own {@link LiveFeed} seam, driven by the test: it delivers what the test says, when it says
 * it, on the test's thread (the real feed uses a thread of its own).
 */
public final class ManualLiveFeed implements LiveFeed {

    private StoreEventListener listener;
    private int storeId;
    private long seq;
    private boolean closed;

    @Override
    public AutoCloseable subscribe(int storeId, StoreEventListener listener) {
        this.storeId = storeId;
        this.listener = listener;
        this.closed = false;
        return () -> closed = true;
    }

    public void resync() {
        listener.onResync();
    }

    public void orderEvent(EventType type, long orderId, String status) {
        listener.onEvent(new StoreEvent(type, UUID.randomUUID(), ++seq, storeId, orderId, status, null, OffsetDateTime.now()));
    }

    public void stockEvent() {
        listener.onEvent(new StoreEvent(EventType.STOCK_CHANGED, UUID.randomUUID(), ++seq, storeId, null, null, null,
                OffsetDateTime.now()));
    }

    public boolean isSubscribed() {
        return listener != null && !closed;
    }

    public int storeId() {
        return storeId;
    }
}
