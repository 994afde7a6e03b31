package fr.ocpizza.pos.domain.customer;

import fr.ocpizza.pos.domain.PosException;

/**
 * A customer with this last name already has this phone number: the cashier should pick that
 * record rather than create a twin. (Different names may share a number: a household.)
 */
public class DuplicateCustomerException extends PosException {
    public DuplicateCustomerException(String lastName, String phoneDisplay, long existingId) {
        super("error.customer.duplicate", "A customer named " + lastName + " already has the number " + phoneDisplay
                + " (customer " + existingId + "): pick that record instead of creating a new one.",
                lastName, phoneDisplay, existingId);
    }
}
