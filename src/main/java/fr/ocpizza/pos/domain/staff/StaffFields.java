package fr.ocpizza.pos.domain.staff;

import fr.ocpizza.pos.domain.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of a staff member's login and name, checked before anything is written. */
public final class StaffFields {

    /** As the schema's CHECK on {@code staff.login}. */
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{2,40}");
    public static final int FULL_NAME_MAX = 80;

    private StaffFields() {
    }

    /** The login as stored (trimmed, lower case), or a refusal that says what a login may hold. */
    public static String login(String typed) {
        String login = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw new ValidationException("error.staff.login.format", "\"" + login + "\" is not a valid login: use 2 to 40"
                    + " lower-case letters without accents, digits, dots, dashes or underscores (e.g. caisse6).", login);
        }
        return login;
    }

    /** The name shown on screens, trimmed, with single spaces. */
    public static String fullName(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > FULL_NAME_MAX) {
            throw new ValidationException("error.staff.fullName",
                    "Give the staff member's first and last name (at most " + FULL_NAME_MAX + " characters).", FULL_NAME_MAX);
        }
        return name;
    }
}
