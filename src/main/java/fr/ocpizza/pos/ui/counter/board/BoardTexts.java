package fr.ocpizza.pos.ui.counter.board;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import fr.ocpizza.pos.domain.order.PaymentStatus;
import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words, amounts and times of the shop orders board: in the terminal's language, and times in
 * the store's time zone (whatever the machine's).
 */
public final class BoardTexts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_CLOCK = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    /** What a customer has actually paid; PENDING is a promise to pay, FAILED/REFUNDED/CANCELLED nothing. */
    private static final Set<PaymentStatus> PAID = EnumSet.of(PaymentStatus.CAPTURED, PaymentStatus.AUTHORIZED);

    private final Messages messages;
    private final ZoneId zone;

    public BoardTexts(Messages messages, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.zone = Objects.requireNonNull(zone);
    }

    public Messages messages() {
        return messages;
    }

    /** "n° 42". */
    public String number(OrderView order) {
        return messages.get("board.number", order.ticketNumber());
    }

    public String status(OrderStatus status) {
        return messages.get("board.status." + status.name());
    }

    public String channel(Channel channel) {
        return messages.get("board.channel." + channel.name());
    }

    public String fulfilment(Fulfilment fulfilment) {
        return messages.get("board.fulfilment." + fulfilment.name());
    }

    /** A status filter with its count: "Reçues (3)". */
    public String statusFilter(OrderStatus status, int count) {
        return messages.get("board.filter.status." + status.name(), count);
    }

    /** "12:45" in the store's zone; "24/11 19:02" for another day than {@code today}. */
    public String time(Instant instant, LocalDate today) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return (local.toLocalDate().equals(today) ? CLOCK : DAY_AND_CLOCK).format(local);
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    public String money(Money amount) {
        return amount.format(messages.locale());
    }

    /** The customer's name, or a dash for a walk-in who gave none. */
    public String customer(OrderView order) {
        return order.customerName() == null || order.customerName().isBlank() ? "—" : order.customerName();
    }

    /** "2 × Reine M"; no size for single-size products. */
    public String line(OrderView.Line line) {
        return "U".equals(line.sizeCode())
                ? messages.get("board.line", line.quantity(), line.productName())
                : messages.get("board.line.sized", line.quantity(), line.productName(), line.sizeCode());
    }

    /** "+ Mozzarella, sans Champignons", or empty. */
    public String toppings(OrderView.Line line) {
        return line.toppings().stream()
                .map(t -> messages.get(t.kind() == ToppingChange.Kind.ADD ? "board.added" : "board.removed", t.ingredientName()))
                .collect(Collectors.joining(", "));
    }

    /** "Espèces · 32,00 € · encaissé". */
    public String payment(OrderView.Payment payment) {
        return messages.get("board.payment.line", messages.get("board.payment.method." + payment.method().name()),
                money(payment.amount()), messages.get("board.payment.status." + payment.status().name()));
    }

    /** Where the order's payment stands: paid, part paid, to pay on pickup or delivery, unpaid. */
    public String paymentState(OrderView order) {
        Money paid = order.payments().stream().filter(p -> PAID.contains(p.status()))
                .map(OrderView.Payment::amount).reduce(Money.ZERO, Money::plus);
        if (paid.compareTo(order.total()) >= 0) {
            return messages.get("board.paid");
        }
        if (paid.cents() > 0) {
            return messages.get("board.partlyPaid", money(order.total().minus(paid)));
        }
        return order.payments().stream().filter(p -> p.status() == PaymentStatus.PENDING).findFirst()
                .map(p -> messages.get("board.toPay." + p.method().name()))
                .orElseGet(() -> messages.get("board.unpaid"));
    }

    /** Why "Modifier" and "Annuler" are off for an order: empty while it may still change. */
    public String lockedReason(OrderView order) {
        return order.status().isModifiable() ? "" : messages.get("board.locked", statusWord(order.status()));
    }

    /** The status as a word inside a sentence ("en préparation"). */
    public String statusWord(OrderStatus status) {
        return messages.get("enum.OrderStatus." + status.name());
    }
}
