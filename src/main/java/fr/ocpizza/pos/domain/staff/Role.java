package fr.ocpizza.pos.domain.staff;

import fr.ocpizza.pos.domain.ValidationException;
import java.util.Locale;

/** What a staff member does; it picks the workspace and what the services allow. */
public enum Role {
    CASHIER, PIZZAIOLO, MANAGER, DELIVERY;

    /** Managers log in with a password, everyone else with a 4-to-6-digit PIN. */
    public boolean usesPassword() {
        return this == MANAGER;
    }

    /** The role named by a text (any case), as a back-office form or the command line gives it. */
    public static Role parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new ValidationException("error.staff.role",
                "\"" + (text == null ? "" : text.strip()) + "\" is not a role: choose CASHIER, PIZZAIOLO, DELIVERY or MANAGER.",
                text == null ? "" : text.strip());
    }
}
