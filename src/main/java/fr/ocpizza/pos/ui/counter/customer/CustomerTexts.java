package fr.ocpizza.pos.ui.counter.customer;

import fr.ocpizza.pos.application.customer.CustomerCard;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/** How the phone panel words a customer and his past orders. UI thread only. */
public final class CustomerTexts {

    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter dates;
    private Map<Integer, String> storeNames = Map.of();

    /** @param zone the time zone of the dates shown */
    public CustomerTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.dates = DateTimeFormatter.ofPattern(messages.get("counter.customer.datePattern"), messages.locale());
    }

    /** The chain's pizzerias by number, read once with the first lookup. */
    void knowStores(Map<Integer, String> names) {
        storeNames = Map.copyOf(names);
    }

    boolean knowsStores() {
        return !storeNames.isEmpty();
    }

    /** "Jeanne Martin", or the one name he gave. */
    public static String name(CustomerCard card) {
        return ((card.firstName() == null ? "" : card.firstName()) + " " + card.lastName()).strip();
    }

    /** "12/11/2026 · OC Pizza Bastille · 23,50 € — 2 × Reine (M), 1 × Coca-Cola 33 cl (U)". */
    public String pastOrder(CustomerCard.PastOrder order) {
        String store = storeNames.getOrDefault(order.storeId(), messages.get("counter.customer.store", order.storeId()));
        return messages.get("counter.customer.pastOrder", dates.format(order.receivedAt().atZone(zone)), store,
                order.total().format(messages.locale()), order.linesSummary());
    }

    /** "Jeanne Martin · 06 12 34 56 78", in the list of customers sharing a number. */
    public String match(CustomerCard card) {
        String numbers = phones(card);
        return name(card) + (numbers.isEmpty() ? "" : " · " + numbers);
    }

    /** "06 12 34 56 78, 01 42 00 00 00"; empty for no customer. */
    public String phones(CustomerCard card) {
        return card == null ? "" : card.phones().stream().map(CustomerCard.Phone::display).collect(Collectors.joining(", "));
    }

    /** One address in the list: "12 rue de la Roquette, 75011 Paris — Code 1234A". */
    public String address(CustomerCard.SavedAddress address) {
        return address.oneLine() + (address.instructions() == null ? "" : " — " + address.instructions());
    }

    public Messages messages() {
        return messages;
    }
}
