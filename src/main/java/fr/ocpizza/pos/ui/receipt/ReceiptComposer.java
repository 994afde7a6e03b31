package fr.ocpizza.pos.ui.receipt;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.OrderPricing;
import fr.ocpizza.pos.domain.order.PaymentStatus;
import fr.ocpizza.pos.domain.order.ToppingChange;
import fr.ocpizza.pos.domain.order.VatAmount;
import fr.ocpizza.pos.ui.common.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lays out the lines of one receipt or kitchen ticket, in the terminal's language and zone. */
final class ReceiptComposer {

    private static final int COLUMNS = Paper.COLUMNS;
    private static final int LARGE_COLUMNS = ReceiptLine.Size.DOUBLE.columns();
    private static final String INDENT = "    ";
    /** The VAT table: the rate, then HT, TVA and TTC right-aligned. */
    private static final int RATE_WIDTH = 6;
    private static final int AMOUNT_WIDTH = (COLUMNS - RATE_WIDTH) / 3;

    private final StoreHeader store;
    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
    private final NumberFormat amounts;
    private final NumberFormat rates;
    private final List<ReceiptLine> out = new ArrayList<>();

    ReceiptComposer(StoreHeader store, Messages messages, ZoneId zone) {
        this.store = store;
        this.messages = messages;
        this.zone = zone;
        this.dateTime = DateTimeFormatter.ofPattern(messages.get("receipt.dateTimePattern"), messages.locale());
        this.amounts = NumberFormat.getNumberInstance(messages.locale());
        amounts.setMinimumFractionDigits(2);
        amounts.setMaximumFractionDigits(2);
        this.rates = NumberFormat.getNumberInstance(messages.locale());
        rates.setMaximumFractionDigits(2);
    }

    List<ReceiptLine> customerReceipt(OrderView order) {
        out.clear();
        storeHeader();
        blank();
        add(ReceiptLine.normal(Paper.spread(order.receivedAt() == null ? "" : dateTime.format(order.receivedAt().atZone(zone)),
                messages.get("receipt.order", order.id()), COLUMNS)));
        blank();
        largeCentered(messages.get("receipt.ticketNumber", order.ticketNumber()));
        centered(source(order), true);
        customerAndPromise(order);
        separator();
        for (OrderView.Line line : order.lines()) {
            pricedLine(line);
        }
        if (order.note() != null && !order.note().isBlank()) {
            wrapped(messages.get("receipt.note", verbatim(order.note())), "", false);
        }
        separator();
        add(ReceiptLine.large(Paper.spread(messages.get("receipt.total"), money(order.total()), LARGE_COLUMNS)));
        blank();
        vatTable(order);
        separator();
        payments(order);
        separator();
        for (String footer : List.of(messages.get("receipt.footer.prices"), messages.get("receipt.footer.thanks"))) {
            Paper.wrap(footer, COLUMNS, "").forEach(text -> add(ReceiptLine.normal(Paper.center(text, COLUMNS))));
        }
        return List.copyOf(out);
    }

    List<ReceiptLine> kitchenTicket(OrderView order) {
        out.clear();
        largeCentered(messages.get("receipt.kitchen.title"));
        largeCentered(messages.get("receipt.ticketNumber", order.ticketNumber()));
        centered(source(order), true);
        if (order.promisedAt() != null) {
            largeCentered(messages.get("receipt.promised", time(order.promisedAt())));
        }
        add(ReceiptLine.normal(Paper.spread(
                order.receivedAt() == null ? "" : messages.get("receipt.kitchen.received", time(order.receivedAt())),
                messages.get("receipt.order", order.id()), COLUMNS)));
        if (order.customerName() != null && !order.customerName().isBlank()) {
            wrapped(messages.get("receipt.customer", verbatim(order.customerName())), "", false);
        }
        separator();
        for (OrderView.Line line : order.lines()) {
            for (String text : Paper.wrap(lineTitle(line), LARGE_COLUMNS, "")) {
                add(ReceiptLine.large(text));
            }
            kitchenToppings(line);
            if (line.note() != null && !line.note().isBlank()) {
                wrapped(messages.get("receipt.note", verbatim(line.note())), INDENT, true);
            }
        }
        if (order.note() != null && !order.note().isBlank()) {
            separator();
            wrapped(messages.get("receipt.note", verbatim(order.note())), "", true);
        }
        separator();
        return List.copyOf(out);
    }

    private void storeHeader() {
        for (String text : Paper.wrap(store.name(), LARGE_COLUMNS, "")) {
            largeCentered(text);
        }
        for (String addressLine : store.address().split("\\R")) {
            if (!addressLine.isBlank()) {
                Paper.wrap(addressLine, COLUMNS, "").forEach(text -> centered(text, false));
            }
        }
        if (!store.phone().isEmpty()) {
            centered(messages.get("receipt.phone", verbatim(store.phone())), false);
        }
    }

    private void customerAndPromise(OrderView order) {
        if (order.customerName() != null && !order.customerName().isBlank()) {
            centered(messages.get("receipt.customer", verbatim(order.customerName())), false);
        }
        if (order.promisedAt() != null) {
            centered(messages.get("receipt.promised", time(order.promisedAt())), false);
        }
    }

    /** "2 x Reine M ........ 28,00 €"; a long name wraps, the last part carries the amount. */
    private void pricedLine(OrderView.Line line) {
        String amount = money(line.lineTotal());
        List<String> title = Paper.wrap(lineTitle(line), COLUMNS - amount.length() - 3, "");
        for (int i = 0; i < title.size() - 1; i++) {
            add(ReceiptLine.normal(title.get(i)));
        }
        add(ReceiptLine.normal(Paper.leader(title.get(title.size() - 1), amount, COLUMNS)));
        toppingsAndNote(line);
    }

    /**
     * The customer's changes as the kitchen must see them: a removal at double size in capitals
     * ("SANS CHAMPIGNONS": an allergy can hide in it), before the extras, in bold.
     */
    private void kitchenToppings(OrderView.Line line) {
        for (ToppingChange topping : line.toppings()) {
            if (topping.kind() == ToppingChange.Kind.REMOVE) {
                String text = messages.get("receipt.kitchen.removed",
                        verbatim(topping.ingredientName().toUpperCase(messages.locale())));
                Paper.wrap(text, LARGE_COLUMNS, "  ").forEach(part -> add(ReceiptLine.large(part)));
            }
        }
        for (ToppingChange topping : line.toppings()) {
            if (topping.kind() == ToppingChange.Kind.ADD) {
                wrapped(messages.get("receipt.kitchen.added", verbatim(topping.ingredientName())), INDENT, true);
            }
        }
    }

    /** The customer's view of a line's changes: extras with their price, removals, the note. */
    private void toppingsAndNote(OrderView.Line line) {
        for (ToppingChange topping : line.toppings()) {
            String text = switch (topping.kind()) {
                case ADD -> topping.price() != null && topping.price().cents() != 0
                        ? messages.get("receipt.added.priced", verbatim(topping.ingredientName()), amount(topping.price()))
                        : messages.get("receipt.added", verbatim(topping.ingredientName()));
                case REMOVE -> messages.get("receipt.removed", verbatim(topping.ingredientName()));
            };
            wrapped(text, INDENT, false);
        }
        if (line.note() != null && !line.note().isBlank()) {
            wrapped(messages.get("receipt.note", verbatim(line.note())), INDENT, false);
        }
    }

    /**
     * One row per VAT rate, and their total. Each rate's VAT is taken out of the amount sold at
     * that rate by {@link OrderPricing#vatIncludedIn}, as when the order was priced, so the rows
     * add up to the order's VAT.
     */
    private void vatTable(OrderView order) {
        List<VatAmount> byRate = vatByRate(order);
        add(ReceiptLine.bold(vatColumns(messages.get("receipt.vat.rate"), messages.get("receipt.vat.net"),
                messages.get("receipt.vat.vat"), messages.get("receipt.vat.gross"))));
        Money net = Money.ZERO;
        Money vat = Money.ZERO;
        Money gross = Money.ZERO;
        for (VatAmount rate : byRate) {
            add(ReceiptLine.normal(vatRow(messages.get("receipt.vat.percent", Paper.plainSpaces(rates.format(rate.rate()))),
                    rate.netAmount(), rate.vat(), rate.grossAmount())));
            net = net.plus(rate.netAmount());
            vat = vat.plus(rate.vat());
            gross = gross.plus(rate.grossAmount());
        }
        if (byRate.size() > 1) {
            add(ReceiptLine.bold(vatRow(messages.get("receipt.vat.total"), net, vat, gross)));
        }
    }

    /** The order's VAT per rate, lowest rate first. */
    static List<VatAmount> vatByRate(OrderView order) {
        Map<BigDecimal, Money> grossByRate = new TreeMap<>();
        for (OrderView.Line line : order.lines()) {
            grossByRate.merge(line.vatRate().setScale(2, RoundingMode.UNNECESSARY), line.lineTotal(), Money::plus);
        }
        List<VatAmount> vat = new ArrayList<>();
        grossByRate.forEach((rate, gross) -> vat.add(new VatAmount(rate, gross, OrderPricing.vatIncludedIn(gross, rate))));
        return vat;
    }

    private String vatRow(String label, Money net, Money vat, Money gross) {
        return vatColumns(label, amount(net), amount(vat), amount(gross));
    }

    private static String vatColumns(String rate, String net, String vat, String gross) {
        String first = rate.length() > RATE_WIDTH ? rate.substring(0, RATE_WIDTH) : rate;
        return first + " ".repeat(RATE_WIDTH - first.length()) + Paper.right(net, AMOUNT_WIDTH)
                + Paper.right(vat, AMOUNT_WIDTH) + Paper.right(gross, AMOUNT_WIDTH);
    }

    /** Each payment as it stands; cash shows what was handed over and the change. */
    private void payments(OrderView order) {
        boolean any = false;
        for (OrderView.Payment payment : order.payments()) {
            String method = messages.get("receipt.payment." + payment.method().name());
            PaymentStatus status = payment.status();
            switch (status) {
                case CAPTURED, AUTHORIZED -> {
                    leader(method, money(payment.amount()), true);
                    if (payment.tendered() != null) {
                        leader(INDENT + messages.get("receipt.payment.tendered"), money(payment.tendered()), false);
                        leader(INDENT + messages.get("receipt.payment.change"),
                                money(payment.change() == null ? Money.ZERO : payment.change()), false);
                    }
                }
                case PENDING -> leader(messages.get("receipt.payment.due", method), money(payment.amount()), true);
                case REFUNDED -> leader(messages.get("receipt.payment.refunded", method),
                        money(Money.ZERO.minus(payment.amount())), false);
                case FAILED, CANCELLED -> {
                    continue;
                }
            }
            any = true;
        }
        if (!any) {
            leader(messages.get("receipt.payment.unpaid"), money(order.total()), true);
        }
    }

    private String source(OrderView order) {
        return messages.get("receipt.source", messages.get("receipt.channel." + order.channel().name()),
                messages.get("receipt.fulfilment." + order.fulfilment().name()));
    }

    /** "2 x Reine M", "1 x ½ Reine + ½ Quatre fromages M"; no size for single-size products (size code U). */
    private String lineTitle(OrderView.Line line) {
        return "U".equals(line.sizeCode())
                ? messages.get("receipt.line", line.quantity(), verbatim(line.displayName()))
                : messages.get("receipt.line.sized", line.quantity(), verbatim(line.displayName()), verbatim(line.sizeCode()));
    }

    /** "28,00 €" / "€28.00": exact cents through {@link Money#format}. */
    private String money(Money money) {
        return Paper.plainSpaces(money.format(messages.locale()));
    }

    /** "28,00" / "28.00", for columns whose currency is said once. */
    private String amount(Money money) {
        return Paper.plainSpaces(amounts.format(money.toEuros()));
    }

    private String time(Instant instant) {
        return clock.format(instant.atZone(zone));
    }

    /**
     * Names, notes and phone numbers as typed: {@link Messages} would translate a plain string
     * that happens to be a {@code term.*} word (a customer called "Order").
     */
    private static Verbatim verbatim(String text) {
        return new Verbatim(text);
    }

    /** Text that {@link Messages#get} prints as it is. */
    private record Verbatim(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private void leader(String left, String right, boolean bold) {
        add(new ReceiptLine(Paper.leader(left, right, COLUMNS), ReceiptLine.Size.NORMAL, bold));
    }

    private void wrapped(String text, String indent, boolean bold) {
        Paper.wrap(text, COLUMNS, indent).forEach(part -> add(new ReceiptLine(part, ReceiptLine.Size.NORMAL, bold)));
    }

    private void centered(String text, boolean bold) {
        add(new ReceiptLine(Paper.center(text, COLUMNS), ReceiptLine.Size.NORMAL, bold));
    }

    private void largeCentered(String text) {
        add(ReceiptLine.large(Paper.center(text, LARGE_COLUMNS)));
    }

    private void separator() {
        add(ReceiptLine.normal("-".repeat(COLUMNS)));
    }

    private void blank() {
        add(ReceiptLine.normal(""));
    }

    private void add(ReceiptLine line) {
        out.add(line);
    }
}
