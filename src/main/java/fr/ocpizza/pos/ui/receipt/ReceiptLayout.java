package fr.ocpizza.pos.ui.receipt;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.ui.common.Messages;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What goes on a ticket of 80 mm thermal paper, line by line: the customer receipt or the
 * kitchen ticket of an order. Plain text and sizes only, no JavaFX, so that the same lines feed
 * the preview ({@link ReceiptNode}), the PNG fallback ({@link ReceiptImage}) and a printer.
 */
public record ReceiptLayout(Kind kind, List<ReceiptLine> lines) {

    /** The pizzerias' clock: times on tickets are Paris times, whatever the machine's zone. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** For the customer (with prices, VAT and payment) or for the kitchen (without prices). */
    public enum Kind { CUSTOMER_RECEIPT, KITCHEN_TICKET }

    public ReceiptLayout {
        lines = List.copyOf(lines);
    }

    /** The customer receipt, in the language of {@code locale} (French when we lack it). */
    public static ReceiptLayout customerReceipt(OrderView order, StoreHeader store, Locale locale) {
        return customerReceipt(order, store, Messages.forLocale(locale), PARIS);
    }

    public static ReceiptLayout customerReceipt(OrderView order, StoreHeader store, Messages messages, ZoneId zone) {
        return new ReceiptLayout(Kind.CUSTOMER_RECEIPT, new ReceiptComposer(store, messages, zone).customerReceipt(order));
    }

    /** The kitchen ticket: number, promised time, lines with their toppings and notes; no price. */
    public static ReceiptLayout kitchenTicket(OrderView order, StoreHeader store, Locale locale) {
        return kitchenTicket(order, store, Messages.forLocale(locale), PARIS);
    }

    public static ReceiptLayout kitchenTicket(OrderView order, StoreHeader store, Messages messages, ZoneId zone) {
        return new ReceiptLayout(Kind.KITCHEN_TICKET, new ReceiptComposer(store, messages, zone).kitchenTicket(order));
    }

    /** The lines' texts, one per line: for logs, tests and text-only printers. */
    public String plainText() {
        return lines.stream().map(ReceiptLine::text).collect(Collectors.joining("\n", "", "\n"));
    }
}
