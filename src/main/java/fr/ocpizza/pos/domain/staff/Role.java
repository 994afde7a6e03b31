package fr.ocpizza.pos.domain.staff;

/** What a staff member does; it picks the workspace and what the services allow. */
public enum Role {
    CASHIER, PIZZAIOLO, MANAGER, DELIVERY;

    /** Managers log in with a password, everyone else with a 4-to-6-digit PIN. */
    public boolean usesPassword() {
        return this == MANAGER;
    }
}
