package fr.ocpizza.pos.domain.staff;

import java.util.Objects;

/**
 * Who is calling a service: the logged-in staff member. A {@code null} store means a chain
 * manager, who may act on every pizzeria.
 */
public record StaffPrincipal(long staffId, String login, String fullName, Role role, Integer storeId) {

    public StaffPrincipal {
        Objects.requireNonNull(login);
        Objects.requireNonNull(role);
    }

    /** The operator running the command line: chain-wide reads and exports, recorded as no staff member. */
    public static StaffPrincipal commandLine() {
        return new StaffPrincipal(0, "command-line", "Command line", Role.MANAGER, null);
    }

    public boolean isChainManager() {
        return role == Role.MANAGER && storeId == null;
    }

    /** Whether this person may act on the given store's orders and stock. */
    public boolean worksAt(int store) {
        return isChainManager() || (storeId != null && storeId == store);
    }
}
