package fr.ocpizza.pos.application;

import fr.ocpizza.pos.domain.staff.StaffPrincipal;

/** The staff id to record for a caller: none for the command line, which is no staff member. */
public final class StaffIds {

    private StaffIds() {
    }

    public static Long of(StaffPrincipal principal) {
        return principal.staffId() > 0 ? principal.staffId() : null;
    }
}
