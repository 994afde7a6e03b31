package fr.ocpizza.pos.domain.order;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An order as people name it: the ticket number of its business day and that day ("n° 42 du
 * 05/12"). Ticket numbers restart every day in every pizzeria, so the number alone is not enough,
 * and the database id is known to no one.
 */
public record TicketRef(int number, LocalDate businessDate) {

    public TicketRef {
        Objects.requireNonNull(businessDate);
    }
}
