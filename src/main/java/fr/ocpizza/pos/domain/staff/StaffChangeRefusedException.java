package fr.ocpizza.pos.domain.staff;

import fr.ocpizza.pos.domain.PermissionDeniedException;

/** A staff change the caller may not make although he manages staff: see {@link StaffAuthority}. */
public class StaffChangeRefusedException extends PermissionDeniedException {

    private StaffChangeRefusedException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }

    /** Appointing, editing or moving a chain manager (a manager with no store) is for chain managers only. */
    static StaffChangeRefusedException chainManagerOnly() {
        return new StaffChangeRefusedException("error.staff.chainManagerOnly",
                "Only a chain manager may appoint a chain manager or change one's account: ask the head office.");
    }

    /** A store manager keeps staff in his own pizzeria. */
    static StaffChangeRefusedException otherStore(String login, Integer callerStore, int store) {
        return new StaffChangeRefusedException("error.staff.otherStore", login + " manages the staff of store " + callerStore
                + " and may not manage or move staff of store " + store + ": ask a chain manager.", callerStore, store);
    }

    /** Nobody locks himself out: another manager must do it. */
    static StaffChangeRefusedException self() {
        return new StaffChangeRefusedException("error.staff.self",
                "You may not deactivate or demote your own account: ask another manager.");
    }
}
