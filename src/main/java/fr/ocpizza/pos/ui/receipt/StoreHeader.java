package fr.ocpizza.pos.ui.receipt;

import java.util.Objects;

/**
 * What a receipt says about the pizzeria: its name, postal address and phone. The address may
 * hold several lines separated by {@code \n}; a blank address or phone is left out.
 */
public record StoreHeader(String name, String address, String phone) {

    public StoreHeader {
        Objects.requireNonNull(name, "name");
        address = address == null ? "" : address.strip();
        phone = phone == null ? "" : phone.strip();
    }
}
