package fr.ocpizza.pos.application;

import fr.ocpizza.pos.domain.PermissionDeniedException;
import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.util.EnumSet;
import java.util.Set;

/**
 * What each role may do. Services call these checks first, whatever the screens show: a button
 * hidden from a pizzaiolo is a convenience, this is the rule.
 */
public enum Permissions {
    PLACE_ORDER("place an order", EnumSet.of(Role.CASHIER, Role.MANAGER)),
    MODIFY_ORDER("modify an order", EnumSet.of(Role.CASHIER, Role.MANAGER)),
    CANCEL_ORDER("cancel an order", EnumSet.of(Role.CASHIER, Role.MANAGER)),
    PREPARE_ORDER("start or bump an order in the kitchen", EnumSet.of(Role.PIZZAIOLO, Role.MANAGER)),
    HAND_OVER_ORDER("hand an order to its customer", EnumSet.of(Role.CASHIER, Role.MANAGER)),
    DELIVER_ORDER("send out or deliver an order", EnumSet.of(Role.CASHIER, Role.DELIVERY, Role.MANAGER)),
    MANAGE_CUSTOMERS("look up or record customers", EnumSet.of(Role.CASHIER, Role.MANAGER)),
    VIEW_ORDERS("see the orders", EnumSet.allOf(Role.class)),
    VIEW_STOCK("see the stock", EnumSet.allOf(Role.class)),
    EXPORT_DATA("export orders or stock", EnumSet.of(Role.MANAGER)),
    VIEW_MENU("see the menu and its recipes", EnumSet.of(Role.MANAGER)),
    MANAGE_MENU("change the menu, its prices and recipes", EnumSet.of(Role.MANAGER)),
    MANAGE_STAFF("manage the staff", EnumSet.of(Role.MANAGER)),
    VIEW_AUDIT("read the audit log", EnumSet.of(Role.MANAGER)),
    VIEW_REPORTS("see the sales and kitchen reports", EnumSet.of(Role.MANAGER)),
    MANAGE_STOCK("manage the stock (deliveries, waste, counts, ledger)", EnumSet.of(Role.MANAGER)),
    VIEW_TERMINALS("see the terminals and whether they are online", EnumSet.of(Role.MANAGER));

    private final String action;
    private final Set<Role> roles;

    Permissions(String action, Set<Role> roles) {
        this.action = action;
        this.roles = roles;
    }

    /**
     * Refuses unless the caller's role allows this action, wherever it is done: for what belongs
     * to the chain rather than to one store (the menu's recipes).
     */
    public void checkRole(StaffPrincipal caller) {
        if (!roles.contains(caller.role())) {
            throw new PermissionDeniedException(action, caller.role().name());
        }
    }

    /**
     * Refuses unless the caller's role allows this action on every store at once: a chain manager
     * (no store of his own) only; a store manager is refused even with the right role.
     */
    public void checkChain(StaffPrincipal caller) {
        checkRole(caller);
        if (!caller.isChainManager()) {
            throw new PermissionDeniedException(caller.login() + " works at store " + caller.storeId()
                    + " and may not " + action + " of the whole chain: choose store " + caller.storeId() + ".");
        }
    }

    /** Refuses unless the caller's role allows this action on that store. */
    public void check(StaffPrincipal caller, int storeId) {
        checkRole(caller);
        if (!caller.worksAt(storeId)) {
            throw new PermissionDeniedException(caller.login() + " works at store " + caller.storeId()
                    + " and may not " + action + " of store " + storeId + ".");
        }
    }
}
