package fr.ocpizza.pos.ui.kitchen;

import fr.ocpizza.pos.application.kitchen.KitchenTicket;
import java.time.Duration;
import java.time.Instant;

/**
 * A ticket as one card of the board shows it: the ticket and what only this screen knows of it.
 *
 * @param arrivedAt when it appeared on this screen while the screen was open (null: it was there
 *                  at the first load); a new ticket flashes for a few seconds
 * @param recalled  brought back from the recall list for a look: display only, no action
 * @param pending   a start or bump of it is on its way to the database
 */
public record BoardTicket(KitchenTicket ticket, Instant arrivedAt, boolean recalled, boolean pending) {

    /** How long a new ticket flashes. */
    public static final Duration FLASH = Duration.ofSeconds(8);

    public long orderId() {
        return ticket.orderId();
    }

    /** Whether it is still flashing as new at {@code now}. */
    public boolean isNewAt(Instant now) {
        return arrivedAt != null && now.isBefore(arrivedAt.plus(FLASH));
    }
}
