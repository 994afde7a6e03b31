package fr.ocpizza.pos.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.live.EventType;
import fr.ocpizza.pos.application.live.LiveFeed;
import fr.ocpizza.pos.application.live.StoreEvent;
import fr.ocpizza.pos.application.live.StoreEventListener;
import fr.ocpizza.pos.testsupport.QueuedTaskExecutor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How a screen follows its store's feed: reads coalesce while one runs, and a screen that reads
 * orders one by one (the orders board) reads only those its events name. Background work waits in
 * a queue until the test runs it, so "while a read runs" is a state the test holds.
 */
class LiveReloadsTest {

    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private StoreEventListener listener;
    private final LiveFeed feed = (storeId, subscriber) -> {
        listener = subscriber;
        return () -> listener = null;
    };
    /** What each read read: "all", or the order ids asked. */
    private final List<String> reads = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private long seq;

    @Test
    void aBurstOfEventsDuringAReadCostsOneMoreRead() {
        LiveReloads<String> reloads = new LiveReloads<>(executor, () -> read("all"), shown::add, failures::add,
                event -> !event.type().isOrderEvent());
        connect(reloads);
        listener.onResync();
        for (int i = 0; i < 20; i++) {
            listener.onEvent(event(EventType.STOCK_CHANGED, null));
        }
        listener.onEvent(event(EventType.ORDER_PLACED, 7L));

        executor.runAll();

        assertThat(reads).containsExactly("all", "all");
        assertThat(shown).containsExactly("all", "all");
    }

    @Test
    void aPlainScreenReadsWholeEvenForAnEventThatNamesAnOrder() {
        LiveReloads<String> reloads = new LiveReloads<>(executor, () -> read("all"), shown::add, failures::add,
                event -> event.type().isOrderEvent());
        connect(reloads);

        listener.onEvent(event(EventType.ORDER_STATUS_CHANGED, 7L));
        executor.runAll();

        assertThat(reads).containsExactly("all");
    }

    @Test
    void orderEventsReadThoseOrdersOnlyOnceEachInTheNextRead() {
        LiveReloads<String> reloads = board();
        connect(reloads);
        listener.onResync();

        listener.onEvent(event(EventType.ORDER_PLACED, 7L));
        listener.onEvent(event(EventType.ORDER_STATUS_CHANGED, 3L));
        listener.onEvent(event(EventType.ORDER_STATUS_CHANGED, 7L));
        listener.onEvent(event(EventType.STOCK_CHANGED, null));
        executor.runAll();

        assertThat(reads).containsExactly("all", "orders [7, 3]");
        assertThat(shown).containsExactly("board all", "orders orders [7, 3]");
    }

    @Test
    void aResyncTakesThePlaceOfTheOrderReadsPendingAndAbsorbsLaterOnes() {
        LiveReloads<String> reloads = board();
        connect(reloads);
        listener.onEvent(event(EventType.ORDER_PLACED, 1L));

        listener.onEvent(event(EventType.ORDER_PLACED, 7L));
        listener.onResync();
        listener.onEvent(event(EventType.ORDER_CANCELLED, 8L));
        executor.runAll();

        assertThat(reads).containsExactly("orders [1]", "all");
    }

    @Test
    void anOrderEventWithoutAnOrderReadsTheWholeBoard() {
        LiveReloads<String> reloads = board();
        connect(reloads);

        listener.onEvent(event(EventType.ORDER_UPDATED, null));
        executor.runAll();

        assertThat(reads).containsExactly("all");
    }

    @Test
    void aFailedReadIsShownAndWhatWasAskedMeanwhileIsStillRead() {
        LiveReloads<String> reloads = LiveReloads.byOrder(executor, () -> {
            throw new IllegalStateException("database down");
        }, shown::add, ids -> read("orders " + ids), shown::add, failures::add, event -> true);
        connect(reloads);
        listener.onResync();
        listener.onEvent(event(EventType.ORDER_PLACED, 4L));

        executor.runAll();

        assertThat(failures).extracting(Throwable::getMessage).containsExactly("database down");
        assertThat(shown).containsExactly("orders [4]");
    }

    @Test
    void afterCloseNothingIsShownAndNothingMoreIsRead() {
        LiveReloads<String> reloads = board();
        connect(reloads);
        listener.onResync();
        StoreEventListener subscribed = listener;
        subscribed.onEvent(event(EventType.ORDER_PLACED, 7L));

        reloads.close();
        executor.runAll();
        subscribed.onEvent(event(EventType.ORDER_PLACED, 8L));
        executor.runAll();

        assertThat(reads).containsExactly("all");
        assertThat(shown).isEmpty();
        assertThat(listener).as("unsubscribed").isNull();
    }

    @Test
    void withoutTheFeedTheScreenSaysWhyAndStillShowsWhatThereIsNow() {
        LiveReloads<String> reloads = board();
        LiveFeed down = (storeId, subscriber) -> {
            throw new IllegalStateException("Redis down");
        };

        reloads.subscribe(down, 1);
        executor.runAll();

        assertThat(failures).extracting(Throwable::getMessage).containsExactly("Redis down");
        assertThat(shown).containsExactly("board all");
    }

    private LiveReloads<String> board() {
        return LiveReloads.byOrder(executor, () -> read("all"), all -> shown.add("board " + all),
                ids -> read("orders " + ids), some -> shown.add("orders " + some), failures::add,
                event -> event.type().isOrderEvent());
    }

    /** Subscribes; the subscription itself is background work too. */
    private void connect(LiveReloads<String> reloads) {
        reloads.subscribe(feed, 1);
        executor.runAll();
        assertThat(listener).isNotNull();
    }

    private String read(String what) {
        reads.add(what);
        return what;
    }

    private StoreEvent event(EventType type, Long orderId) {
        return new StoreEvent(type, UUID.randomUUID(), ++seq, 1, orderId, orderId == null ? null : "RECEIVED", null,
                OffsetDateTime.now());
    }
}
