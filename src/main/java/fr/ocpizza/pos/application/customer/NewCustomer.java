package fr.ocpizza.pos.application.customer;

import fr.ocpizza.pos.domain.customer.FrenchAddress;

/**
 * A customer as the counter records him on a phone order: the phone as typed (any French form),
 * an address when he wants delivery ({@code null} otherwise) and a free note for the staff.
 */
public record NewCustomer(String firstName, String lastName, String phone, FrenchAddress address, String note) {
}
