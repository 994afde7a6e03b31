package fr.ocpizza.pos.application.live;

/**
 * What a screen learns from the live feed of its store. Called on the feed's own thread, never on
 * the JavaFX thread: a view model hands the event over with its executor/{@code Platform.runLater}.
 */
public interface StoreEventListener {

    /** A new event, each at most once and in {@code seq} order per channel. */
    void onEvent(StoreEvent event);

    /**
     * Events may have been missed (first subscription, a gap in {@code seq}, Redis reconnected, or
     * the database changed without an event): reload the state from the database.
     */
    void onResync();
}
