package fr.ocpizza.pos.ui.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ocpizza.pos.application.order.OrderView;
import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.VatAmount;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReceiptLayoutTest {

    private final OrderView order = ReceiptOrders.reineAndPeroniPaidCash();

    @Test
    void customerReceiptShowsStoreNumberLinesTotalsVatAndCash() {
        ReceiptLayout receipt = ReceiptLayout.customerReceipt(order, ReceiptOrders.STORE, Locale.FRENCH);
        List<String> texts = texts(receipt);

        assertThat(receipt.kind()).isEqualTo(ReceiptLayout.Kind.CUSTOMER_RECEIPT);
        assertThat(texts).anyMatch(text -> text.strip().equals("OC Pizza Bastille"))
                .anyMatch(text -> text.strip().equals("12 rue de la Roquette"))
                .anyMatch(text -> text.strip().equals("75011 Paris"))
                .anyMatch(text -> text.strip().equals("Tél. 01 43 55 12 34"))
                .anyMatch(text -> text.startsWith("25/11/2026 12:30") && text.endsWith("Commande 1234"))
                .anyMatch(text -> text.strip().equals("Comptoir · À emporter"))
                .anyMatch(text -> text.strip().equals("Pour 12:50"))
                .anyMatch(text -> text.matches("2 x Reine M \\.+ 28,00 €"))
                .contains("    + Mozzarella 2,00", "    sans Champignons", "    Note : bien cuite")
                .anyMatch(text -> text.matches("2 x Peroni \\.+ 9,00 €"))
                .anyMatch(text -> text.matches("Espèces \\.+ 37,00 €"))
                .anyMatch(text -> text.matches(" +Reçu \\.+ 50,00 €"))
                .anyMatch(text -> text.matches(" +Rendu \\.+ 13,00 €"));
        assertThat(line(receipt, "N° 42")).isEqualTo(ReceiptLine.Size.DOUBLE);
        assertThat(receipt.lines()).anyMatch(line -> line.size() == ReceiptLine.Size.DOUBLE
                && line.text().matches("TOTAL TTC +37,00 €"));
    }

    @Test
    void vatIsBrokenDownPerRateAndAddsUpToTheOrdersVat() {
        List<VatAmount> byRate = ReceiptComposer.vatByRate(order);
        assertThat(byRate).extracting(rate -> rate.rate().intValue()).containsExactly(10, 20);
        assertThat(byRate.stream().map(VatAmount::vat).reduce(Money.ZERO, Money::plus)).isEqualTo(order.vat());
        assertThat(byRate.stream().map(VatAmount::grossAmount).reduce(Money.ZERO, Money::plus)).isEqualTo(order.total());

        List<String> texts = texts(ReceiptLayout.customerReceipt(order, ReceiptOrders.STORE, Locale.FRENCH));
        // 28,00 at 10 %: 2,55 of VAT; 9,00 at 20 %: 1,50; 4,05 in all.
        assertThat(texts).contains(
                "Taux              HT           TVA           TTC",
                "10 %           25,45          2,55         28,00",
                "20 %            7,50          1,50          9,00",
                "Total          32,95          4,05         37,00");
        assertThat(order.vat()).isEqualTo(Money.parse("4.05"));
    }

    @Test
    void everyLineFitsEightyMillimetrePaper() {
        for (ReceiptLayout layout : List.of(
                ReceiptLayout.customerReceipt(order, ReceiptOrders.STORE, Locale.FRENCH),
                ReceiptLayout.customerReceipt(order, ReceiptOrders.STORE, Locale.ENGLISH),
                ReceiptLayout.kitchenTicket(order, ReceiptOrders.STORE, Locale.FRENCH))) {
            assertThat(layout.lines()).allSatisfy(line -> {
                assertThat(line.text().length()).isLessThanOrEqualTo(48);
                assertThat(line.text().length() * line.size().scale()).isLessThanOrEqualTo(Paper.COLUMNS);
            });
        }
    }

    @Test
    void longProductNamesAndNotesWrapInsteadOfOverflowing() {
        OrderView.Line reine = order.lines().get(0);
        OrderView.Line longLine = new OrderView.Line(1, reine.productSizeId(),
                "Pizza du moment aux quatre fromages affinés et truffe noire", "L", 1, reine.unitPrice(),
                reine.lineTotal(), reine.vatRate(), reine.toppings(),
                "une note très longue pour le pizzaïolo qui ne tient pas sur une seule ligne de ticket", null, null);
        OrderView longOrder = withLines(List.of(longLine, order.lines().get(1)));

        List<String> texts = texts(ReceiptLayout.customerReceipt(longOrder, ReceiptOrders.STORE, Locale.FRENCH));
        assertThat(texts).allMatch(text -> text.length() <= 48)
                .anyMatch(text -> text.matches(".*truffe noire L \\.+ 28,00 €"));
    }

    @Test
    void kitchenTicketHasTheNumberThePromiseAndTheToppingsButNoPrice() {
        ReceiptLayout ticket = ReceiptLayout.kitchenTicket(order, ReceiptOrders.STORE, Locale.FRENCH);
        List<String> texts = texts(ticket);

        assertThat(ticket.kind()).isEqualTo(ReceiptLayout.Kind.KITCHEN_TICKET);
        assertThat(line(ticket, "N° 42")).isEqualTo(ReceiptLine.Size.DOUBLE);
        assertThat(line(ticket, "Pour 12:50")).isEqualTo(ReceiptLine.Size.DOUBLE);
        assertThat(line(ticket, "2 x Reine M")).isEqualTo(ReceiptLine.Size.DOUBLE);
        assertThat(texts).contains("    + EN PLUS : Mozzarella", "    Note : bien cuite", "Note : Sonner à l’interphone");
        assertThat(ticket.plainText()).doesNotContain("€", "28,00", "2,00", "TVA", "Espèces");
    }

    @Test
    void kitchenTicketPrintsARemovalAtDoubleSizeInCapitalsBeforeTheExtrasInBold() {
        List<ReceiptLine> lines = ReceiptLayout.kitchenTicket(order, ReceiptOrders.STORE, Locale.FRENCH).lines();
        List<String> texts = lines.stream().map(ReceiptLine::text).toList();

        ReceiptLine removal = lines.stream().filter(line -> line.text().contains("CHAMPIGNONS")).findFirst().orElseThrow();
        assertThat(removal.text()).isEqualTo("  SANS CHAMPIGNONS");
        assertThat(removal.size()).isEqualTo(ReceiptLine.Size.DOUBLE);
        assertThat(removal.bold()).isTrue();
        ReceiptLine extra = lines.get(texts.indexOf("    + EN PLUS : Mozzarella"));
        assertThat(extra.bold()).isTrue();
        int title = texts.indexOf("2 x Reine M");
        assertThat(texts.indexOf(removal.text())).as("right under its line, before the extras")
                .isEqualTo(title + 1).isLessThan(texts.indexOf(extra.text()));
        // The customer's receipt keeps the plain wording with the extra's price.
        assertThat(texts(ReceiptLayout.customerReceipt(order, ReceiptOrders.STORE, Locale.FRENCH)))
                .contains("    sans Champignons").doesNotContain("  SANS CHAMPIGNONS");
        assertThat(texts(ReceiptLayout.kitchenTicket(order, ReceiptOrders.STORE, Locale.ENGLISH))).contains("  NO CHAMPIGNONS");
    }

    @Test
    void aHalfAndHalfIsPrintedWithBothHalvesOnTheReceiptAndTheKitchenTicket() {
        OrderView.Line reine = order.lines().get(0);
        OrderView.Line halfAndHalf = new OrderView.Line(1, reine.productSizeId(), "Reine", "M", 1, Money.parse("17.50"),
                Money.parse("17.50"), reine.vatRate(), reine.toppings(), null, 12, "Quatre fromages");
        OrderView halves = withLines(List.of(halfAndHalf, order.lines().get(1)));

        assertThat(texts(ReceiptLayout.customerReceipt(halves, ReceiptOrders.STORE, Locale.FRENCH)))
                .anyMatch(text -> text.matches("1 x ½ Reine \\+ ½ Quatre fromages M \\.+ 17,50 €"))
                .contains("    + Mozzarella 2,00", "    sans Champignons");
        ReceiptLayout ticket = ReceiptLayout.kitchenTicket(halves, ReceiptOrders.STORE, Locale.FRENCH);
        assertThat(ticket.plainText()).contains("1 x ½ Reine + ½ Quatre");
        assertThat(ticket.lines()).allSatisfy(line ->
                assertThat(line.text().length() * line.size().scale()).isLessThanOrEqualTo(Paper.COLUMNS));
    }

    @Test
    void englishReceiptSpeaksEnglishWithTheSameAmounts() {
        List<String> texts = texts(ReceiptLayout.customerReceipt(order, ReceiptOrders.STORE, Locale.ENGLISH));

        assertThat(texts).anyMatch(text -> text.strip().equals("No. 42"))
                .anyMatch(text -> text.strip().equals("Counter · Takeaway"))
                .anyMatch(text -> text.matches("2 x Reine M \\.+ €28\\.00"))
                .contains("    + Mozzarella 2.00", "    no Champignons")
                .anyMatch(text -> text.matches("TOTAL +€37\\.00"))
                .anyMatch(text -> text.matches(" +Change \\.+ €13\\.00"))
                .contains("10%            25.45          2.55         28.00");
    }

    @Test
    void anUnpaidOrderSaysWhatIsLeftToPay() {
        OrderView unpaid = new OrderView(order.id(), order.storeId(), order.businessDate(), order.ticketNumber(),
                order.channel(), order.fulfilment(), order.status(), null, "Inès", null, order.promisedAt(), null,
                order.total(), order.vat(), order.version(), order.receivedAt(), order.lines(), List.of());

        List<String> texts = texts(ReceiptLayout.customerReceipt(unpaid, ReceiptOrders.STORE, Locale.FRENCH));
        assertThat(texts).anyMatch(text -> text.matches("Reste à régler \\.+ 37,00 €"))
                .anyMatch(text -> text.strip().equals("Client : Inès"));
    }

    @Test
    void namesArePrintedAsTypedEvenWhenTheyAreWordsOfTheBundle() {
        OrderView forOrder = new OrderView(order.id(), order.storeId(), order.businessDate(), order.ticketNumber(),
                order.channel(), order.fulfilment(), order.status(), null, "Order", null, order.promisedAt(), "Store",
                order.total(), order.vat(), order.version(), order.receivedAt(), order.lines(), order.payments());

        List<String> texts = texts(ReceiptLayout.customerReceipt(forOrder, ReceiptOrders.STORE, Locale.FRENCH));
        assertThat(texts).anyMatch(text -> text.strip().equals("Client : Order")).contains("Note : Store");
    }

    private OrderView withLines(List<OrderView.Line> lines) {
        return new OrderView(order.id(), order.storeId(), order.businessDate(), order.ticketNumber(), order.channel(),
                order.fulfilment(), order.status(), order.customerId(), order.customerName(), order.deliveryAddressId(),
                order.promisedAt(), order.note(), order.total(), order.vat(), order.version(), order.receivedAt(), lines,
                order.payments());
    }

    private static List<String> texts(ReceiptLayout layout) {
        return layout.lines().stream().map(ReceiptLine::text).toList();
    }

    /** The size of the line that reads {@code text} once its centring spaces are off. */
    private static ReceiptLine.Size line(ReceiptLayout layout, String text) {
        return layout.lines().stream().filter(line -> line.text().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No line \"" + text + "\" in\n" + layout.plainText()))
                .size();
    }
}
