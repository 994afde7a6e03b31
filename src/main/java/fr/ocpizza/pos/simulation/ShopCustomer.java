package fr.ocpizza.pos.simulation;

/**
 * A customer account of the web site: name, e-mail, mobile phone in E.164 and home address.
 * Accounts are matched to {@code customer} rows by phone and name.
 */
record ShopCustomer(String firstName, String lastName, String email, String phone, Address address) {

    /** A Paris delivery address, as {@code customer_address} holds it. */
    record Address(String label, String line1, String line2, String postalCode, String city, String instructions) {
    }

    /** What the ticket calls out: "Alice Martin". */
    String fullName() {
        return firstName + " " + lastName;
    }
}
