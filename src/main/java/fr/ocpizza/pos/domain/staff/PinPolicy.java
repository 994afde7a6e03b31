package fr.ocpizza.pos.domain.staff;

import fr.ocpizza.pos.domain.ValidationException;

/** The shape of PINs and passwords, checked before anything is hashed or stored. */
public final class PinPolicy {

    private PinPolicy() {
    }

    public static void checkPin(String pin) {
        if (pin == null || !pin.matches("[0-9]{4,6}")) {
            throw new ValidationException("error.pin.format", "A PIN is 4 to 6 digits.");
        }
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < 10) {
            throw new ValidationException("error.password.format", "A manager password has at least 10 characters.");
        }
    }
}
