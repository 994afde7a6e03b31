package fr.ocpizza.pos.application.staff;

import fr.ocpizza.pos.domain.staff.Role;
import java.time.Instant;

/**
 * A staff member as the back office shows him: never his PIN or password hash.
 *
 * @param storeId     {@code null} for a chain manager
 * @param lockedUntil until when too many wrong codes keep him out, {@code null} when he is not locked out;
 *                    a reset of his code lifts it
 * @param version     to give back with an edit, so that a change made meanwhile elsewhere is not overwritten
 */
public record StaffMember(long id, String login, String fullName, Role role, Integer storeId, boolean active,
                          Instant lockedUntil, Instant lastLoginAt, Instant createdAt, long version) {

    public boolean isChainManager() {
        return role == Role.MANAGER && storeId == null;
    }

    /** Whether he logs in with a password (managers) rather than a PIN. */
    public boolean usesPassword() {
        return role.usesPassword();
    }
}
