package fr.ocpizza.pos.application.customer;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the counter shows when a customer calls: who he is, his numbers and addresses, and his
 * last orders (newest first, at any pizzeria of the chain).
 */
public record CustomerCard(long customerId, String firstName, String lastName, String note, List<Phone> phones,
                           List<SavedAddress> addresses, List<PastOrder> lastOrders) {

    public CustomerCard {
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
        lastOrders = List.copyOf(lastOrders);
    }

    /**
     * A number of the customer as stored (E.164), as shown ("06 12 34 56 78"; a foreign number
     * written by the online shop is shown as stored) and its free label ("mobile", or null).
     */
    public record Phone(String e164, String display, String label) {
    }

    /**
     * An address of the customer as stored; {@code id} is what an order's delivery address refers
     * to. Plain fields, not a {@code FrenchAddress}: rows written by the online shop are shown
     * even when they would not pass the counter's checks.
     */
    public record SavedAddress(long id, String label, String line1, String line2, String postalCode, String city,
                               String instructions) {

        /** One line for a list or a ticket: "12 rue de la Roquette, 75011 Paris". */
        public String oneLine() {
            return line1 + (line2 == null ? "" : ", " + line2) + ", " + postalCode + " " + city;
        }
    }

    /** One earlier order: enough to recognise it ("2 × Reine (M), 1 × Coca-Cola (33CL)"). */
    public record PastOrder(long orderId, int storeId, int ticketNumber, LocalDate businessDate, Instant receivedAt,
                            Money total, OrderStatus status, String linesSummary) {
    }
}
