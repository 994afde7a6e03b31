package fr.ocpizza.pos.application.staff;

import fr.ocpizza.pos.domain.staff.Role;

/**
 * A staff member to create.
 *
 * @param storeId {@code null} only for a chain manager (a {@link Role#MANAGER} of no store)
 * @param secret  his first PIN (4 to 6 digits) or, for a manager, password (at least 10 characters);
 *                only its hash is kept
 */
public record NewStaffMember(String login, String fullName, Role role, Integer storeId, String secret) {

    @Override
    public String toString() {
        return "NewStaffMember[login=" + login + ", fullName=" + fullName + ", role=" + role + ", storeId=" + storeId + "]";
    }
}
