package fr.ocpizza.pos.application.staff;

import fr.ocpizza.pos.domain.staff.Role;

/**
 * The new name, role and store of a staff member (give the current ones to keep them).
 *
 * @param newSecret       required when the role changes between PIN and password (a cashier made
 *                        manager needs a password); otherwise {@code null}, or a new code to set at once
 * @param expectedVersion the {@link StaffMember#version()} the edit was made from
 */
public record StaffEdit(String fullName, Role role, Integer storeId, String newSecret, long expectedVersion) {

    /** The member's current values, to change one or two of them. */
    public static StaffEdit of(StaffMember member) {
        return new StaffEdit(member.fullName(), member.role(), member.storeId(), null, member.version());
    }

    public StaffEdit withFullName(String name) {
        return new StaffEdit(name, role, storeId, newSecret, expectedVersion);
    }

    public StaffEdit withRole(Role newRole) {
        return new StaffEdit(fullName, newRole, storeId, newSecret, expectedVersion);
    }

    public StaffEdit withStore(Integer store) {
        return new StaffEdit(fullName, role, store, newSecret, expectedVersion);
    }

    public StaffEdit withNewSecret(String secret) {
        return new StaffEdit(fullName, role, storeId, secret, expectedVersion);
    }

    @Override
    public String toString() {
        return "StaffEdit[fullName=" + fullName + ", role=" + role + ", storeId=" + storeId
                + ", newSecret=" + (newSecret == null ? "none" : "given") + ", expectedVersion=" + expectedVersion + "]";
    }
}
