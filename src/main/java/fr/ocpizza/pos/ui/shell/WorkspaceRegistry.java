package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.domain.staff.Role;
import fr.ocpizza.pos.domain.staff.StaffPrincipal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which workspace each role opens after login. A role with no workspace registered yet gets
 * the fallback (a calm placeholder), so that every role can log in from day one.
 */
public final class WorkspaceRegistry {

    private final Map<Role, Function<StaffPrincipal, Workspace>> factories = new EnumMap<>(Role.class);
    private final Function<StaffPrincipal, Workspace> fallback;

    /** @param fallback opens the workspace of a role nothing is registered for */
    public WorkspaceRegistry(Function<StaffPrincipal, Workspace> fallback) {
        this.fallback = Objects.requireNonNull(fallback);
    }

    /** Makes {@code role} open the workspace that {@code factory} builds; returns this for chaining. */
    public WorkspaceRegistry register(Role role, Function<StaffPrincipal, Workspace> factory) {
        if (factories.putIfAbsent(Objects.requireNonNull(role), Objects.requireNonNull(factory)) != null) {
            throw new IllegalStateException("A workspace is already registered for " + role);
        }
        return this;
    }

    /** Whether a real workspace (not the placeholder) exists for the role. */
    public boolean hasWorkspaceFor(Role role) {
        return factories.containsKey(role);
    }

    /** Opens the workspace of the staff member's role; called on the UI thread. */
    public Workspace open(StaffPrincipal staff) {
        return factories.getOrDefault(staff.role(), fallback).apply(staff);
    }
}
