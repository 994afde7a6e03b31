package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * What the cashier narrows the board to: toggles per status, channel and fulfilment (none on in a
 * group: the whole group passes; several on: any of them), and a search on the customer's name
 * (any case, with or without accents) or the ticket number (its first digits).
 */
public final class BoardFilter {

    private final Map<OrderStatus, BooleanProperty> statuses = toggles(OrderStatus.class);
    private final Map<Channel, BooleanProperty> channels = toggles(Channel.class);
    private final Map<Fulfilment, BooleanProperty> fulfilments = toggles(Fulfilment.class);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");

    public BooleanProperty status(OrderStatus status) {
        return statuses.get(status);
    }

    public BooleanProperty channel(Channel channel) {
        return channels.get(channel);
    }

    public BooleanProperty fulfilment(Fulfilment fulfilment) {
        return fulfilments.get(fulfilment);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Every toggle off and the search emptied. */
    public void clear() {
        statuses.values().forEach(p -> p.set(false));
        channels.values().forEach(p -> p.set(false));
        fulfilments.values().forEach(p -> p.set(false));
        search.set("");
    }

    /** Everything a change of the filter depends on, to listen to. */
    List<ObservableValue<?>> dependencies() {
        return Stream.of(statuses.values().stream(), channels.values().stream(), fulfilments.values().stream(),
                Stream.of(search)).<ObservableValue<?>>flatMap(s -> s).toList();
    }

    /** The filter as it is now (a snapshot: later changes need a new predicate). */
    Predicate<OrderView> predicate() {
        Predicate<OrderView> byStatus = anyOf(statuses, OrderView::status);
        Predicate<OrderView> byChannel = anyOf(channels, OrderView::channel);
        Predicate<OrderView> byFulfilment = anyOf(fulfilments, OrderView::fulfilment);
        Predicate<OrderView> bySearch = matching(search.get());
        return byStatus.and(byChannel).and(byFulfilment).and(bySearch);
    }

    private static <E extends Enum<E>> Predicate<OrderView> anyOf(Map<E, BooleanProperty> toggles,
                                                                   Function<OrderView, E> value) {
        if (toggles.values().stream().noneMatch(BooleanProperty::get)) {
            return order -> true;
        }
        return order -> toggles.get(value.apply(order)).get();
    }

    /** Digits only (after "n°" or "#"): a ticket number's start; anything else: a part of the customer's name. */
    static Predicate<OrderView> matching(String typed) {
        String query = typed == null ? "" : typed.strip().replaceFirst("^(?i)(n°|no\\.?|#)\\s*", "");
        if (query.isEmpty()) {
            return order -> true;
        }
        if (query.chars().allMatch(Character::isDigit)) {
            return order -> Integer.toString(order.ticketNumber()).startsWith(query);
        }
        String wanted = fold(query);
        return order -> order.customerName() != null && fold(order.customerName()).contains(wanted);
    }

    /** "Élodie" and "elodie" read the same to a cashier typing fast. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Map<E, BooleanProperty> toggles(Class<E> type) {
        Map<E, BooleanProperty> toggles = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            toggles.put(constant, new SimpleBooleanProperty(false));
        }
        return toggles;
    }
}
