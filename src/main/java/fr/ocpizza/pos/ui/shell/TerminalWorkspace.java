package fr.ocpizza.pos.ui.shell;

import fr.ocpizza.pos.domain.staff.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workspace a terminal is set up for ({@code --workspace} or {@code ui.workspace}): whoever
 * logs in gets it if his role allows it, whatever his role's own workspace is. The roles follow
 * what the services allow there (a store manager may stand in at the counter or the kitchen).
 */
public enum TerminalWorkspace {
    COUNTER("counter", EnumSet.of(Role.CASHIER, Role.MANAGER)),
    KITCHEN("kitchen", EnumSet.of(Role.PIZZAIOLO, Role.MANAGER)),
    BACKOFFICE("backoffice", EnumSet.of(Role.MANAGER));

    private final String optionName;
    private final Set<Role> roles;

    TerminalWorkspace(String optionName, Set<Role> roles) {
        this.optionName = optionName;
        this.roles = roles;
    }

    /** Its name on the command line and in the settings: counter, kitchen, backoffice. */
    public String optionName() {
        return optionName;
    }

    /** The roles that may work here, in declaration order. */
    public Set<Role> roles() {
        return roles;
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }

    /** "counter|kitchen|backoffice", for usage lines. */
    public static String choices() {
        return Arrays.stream(values()).map(TerminalWorkspace::optionName).collect(Collectors.joining("|"));
    }

    /**
     * The workspace a setting or option names (any case); empty for a blank value or "empty"
     * (no fixed workspace: each role opens its own).
     *
     * @throws IllegalArgumentException naming the choices, for anything else
     */
    public static Optional<TerminalWorkspace> parse(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals("empty")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(w -> w.optionName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text.strip() + "' is not a workspace: choose "
                        + String.join(", ", Arrays.stream(values()).map(TerminalWorkspace::optionName).toList()) + ".")));
    }
}
