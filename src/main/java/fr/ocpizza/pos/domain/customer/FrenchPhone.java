package fr.ocpizza.pos.domain.customer;

import fr.ocpizza.pos.domain.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A French phone number, kept in E.164 ({@code +33612345678}) as {@code customer_phone.phone}
 * stores it, and shown the French way ({@code 06 12 34 56 78}).
 */
public record FrenchPhone(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+33[1-9][0-9]{8}");
    /** What a cashier puts between digits: spaces (also non-breaking), dots, dashes, brackets. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F.\\-()/]");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9][0-9]{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?:\\+|00)33([1-9][0-9]{8})");

    public FrenchPhone {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("Not a French E.164 number: " + e164);
        }
    }

    /**
     * Reads a number as typed: {@code 06 12 34 56 78}, {@code 0612345678}, {@code 01.42.00.00.00},
     * {@code +33 6 12 34 56 78} or {@code 0033612345678}.
     *
     * @throws ValidationException when it is none of these
     */
    public static FrenchPhone parse(String typed) {
        String digits = typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("");
        if (NATIONAL.matcher(digits).matches()) {
            return new FrenchPhone("+33" + digits.substring(1));
        }
        var international = INTERNATIONAL.matcher(digits);
        if (international.matches()) {
            return new FrenchPhone("+33" + international.group(1));
        }
        String shown = typed == null ? "" : typed.strip();
        throw new ValidationException("error.phone.format", "\"" + shown + "\" is not a French phone number: type"
                + " 10 digits starting with 0 (06 12 34 56 78) or +33 followed by 9 digits (+33 6 12 34 56 78).", shown);
    }

    /** The number as the French write it: {@code 06 12 34 56 78}. */
    public String display() {
        String national = "0" + e164.substring(3);
        StringBuilder text = new StringBuilder(14);
        for (int i = 0; i < national.length(); i += 2) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(national, i, i + 2);
        }
        return text.toString();
    }

    /**
     * How to show a stored E.164 number: the French way when it is French, as stored otherwise
     * (the online shop may record a foreign number).
     */
    public static String displayOf(String stored) {
        return stored != null && E164.matcher(stored).matches() ? new FrenchPhone(stored).display() : stored;
    }

    @Override
    public String toString() {
        return e164;
    }
}
