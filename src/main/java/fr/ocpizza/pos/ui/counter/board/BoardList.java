package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The board's orders, newest first, with what passes the {@link BoardFilter} and the count per
 * status. Reads may arrive out of order (a live read started before an action's result): an order
 * is never replaced by an older version of itself. UI thread only.
 */
final class BoardList {

    /** Newest first: what just came in is at the top, and rows do not move when their status does. */
    private static final Comparator<OrderView> NEWEST_FIRST =
            Comparator.comparing(OrderView::receivedAt).thenComparingLong(OrderView::id).reversed();

    private final int storeId;
    private final ObservableList<OrderView> all = FXCollections.observableArrayList();
    private final FilteredList<OrderView> shown = new FilteredList<>(all);
    private final ObservableList<OrderView> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final BoardFilter filter = new BoardFilter();
    private final Map<OrderStatus, ReadOnlyIntegerWrapper> counts = new EnumMap<>(OrderStatus.class);

    BoardList(int storeId) {
        this.storeId = storeId;
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, new ReadOnlyIntegerWrapper(this, "count" + status));
        }
    }

    /** A fresh read of the whole board. */
    void replaceAll(List<OrderView> fresh) {
        Map<Long, OrderView> known = new HashMap<>();
        all.forEach(o -> known.put(o.id(), o));
        List<OrderView> next = fresh.stream()
                .map(o -> Optional.ofNullable(known.get(o.id())).filter(k -> k.version() > o.version()).orElse(o))
                .sorted(NEWEST_FIRST).toList();
        all.setAll(next);
        recount();
    }

    /** Orders read one by one: replaced where they are, new ones put in their place. */
    void upsert(List<OrderView> fresh) {
        for (OrderView order : fresh) {
            if (order.storeId() != storeId) {
                continue;
            }
            int index = indexOf(order.id());
            if (index < 0) {
                int at = 0;
                while (at < all.size() && NEWEST_FIRST.compare(all.get(at), order) < 0) {
                    at++;
                }
                all.add(at, order);
            } else if (all.get(index).version() <= order.version()) {
                all.set(index, order);
            }
        }
        recount();
    }

    /** Applies the filter as it is now. */
    void refilter() {
        shown.setPredicate(filter.predicate());
    }

    /** The order with that id as shown now; empty if it is filtered out or not on the board. */
    Optional<OrderView> shown(long orderId) {
        return shown.stream().filter(o -> o.id() == orderId).findFirst();
    }

    ObservableList<OrderView> shown() {
        return shownReadOnly;
    }

    BoardFilter filter() {
        return filter;
    }

    ReadOnlyIntegerProperty count(OrderStatus status) {
        return counts.get(status).getReadOnlyProperty();
    }

    private void recount() {
        Map<OrderStatus, Integer> tally = new EnumMap<>(OrderStatus.class);
        all.forEach(o -> tally.merge(o.status(), 1, Integer::sum));
        counts.forEach((status, count) -> count.set(tally.getOrDefault(status, 0)));
    }

    private int indexOf(long orderId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == orderId) {
                return i;
            }
        }
        return -1;
    }
}
