package fr.ocpizza.pos.domain.staff;

import fr.ocpizza.pos.domain.ValidationException;
import java.util.Objects;

/**
 * Who may change whom in the back office, once the caller's role allows managing staff: a store
 * manager only the staff of his own pizzeria, a chain manager (no store) anyone; chain manager
 * accounts are for chain managers alone; and no manager deactivates or demotes himself.
 */
public final class StaffAuthority {

    private StaffAuthority() {
    }

    /** Refuses unless the caller may manage staff of this store; {@code null}: the chain managers. */
    public static void checkMayManage(StaffPrincipal caller, Integer storeId) {
        if (caller.isChainManager()) {
            return;
        }
        if (storeId == null) {
            throw StaffChangeRefusedException.chainManagerOnly();
        }
        if (!caller.worksAt(storeId)) {
            throw StaffChangeRefusedException.otherStore(caller.login(), caller.storeId(), storeId);
        }
    }

    /** Refuses a new role or store the caller may not give, or that no staff member may have. */
    public static void checkChange(StaffPrincipal caller, long memberId, Role fromRole, Integer fromStore,
                                   Role toRole, Integer toStore) {
        checkStoreFits(toRole, toStore);
        checkMayManage(caller, fromStore);
        checkMayManage(caller, toStore);
        boolean self = memberId == caller.staffId();
        boolean demoted = fromRole == Role.MANAGER && (toRole != Role.MANAGER || (fromStore == null && toStore != null));
        if (self && demoted) {
            throw StaffChangeRefusedException.self();
        }
    }

    /** Refuses a manager deactivating his own account (he could lock the pizzeria out of its back office). */
    public static void checkMayDeactivate(StaffPrincipal caller, long memberId) {
        if (memberId == caller.staffId()) {
            throw StaffChangeRefusedException.self();
        }
    }

    /** Only managers may have no store: they are the chain managers. */
    public static void checkStoreFits(Role role, Integer storeId) {
        Objects.requireNonNull(role);
        if (role != Role.MANAGER && storeId == null) {
            throw new ValidationException("error.staff.storeRequired",
                    "A " + role + " works at one pizzeria: choose the store.", role.name());
        }
    }
}
