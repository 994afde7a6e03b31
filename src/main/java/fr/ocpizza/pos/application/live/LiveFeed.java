package fr.ocpizza.pos.application.live;

/** The live events of a store, for screens: order and stock channels, deduplicated, gap-checked. */
public interface LiveFeed {

    /**
     * Starts delivering the store's events to the listener; {@link StoreEventListener#onResync()}
     * is called once right away so the screen loads its first state. Close the result to stop.
     */
    AutoCloseable subscribe(int storeId, StoreEventListener listener);
}
