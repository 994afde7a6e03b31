package fr.ocpizza.pos.domain.customer;

import fr.ocpizza.pos.domain.ValidationException;
import java.util.regex.Pattern;

/**
 * A delivery address in France, trimmed and checked when it is built: number and street, an
 * optional second line (building, staircase, code), a 5-digit postal code and a city.
 */
public record FrenchAddress(String label, String line1, String line2, String postalCode, String city,
                            String instructions) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");
    /** Corsica's department codes (2A, 2B) are not postal codes: its postal codes start with 20. */
    private static final Pattern CORSICAN_DEPARTMENT = Pattern.compile("2[AaBb][0-9]{3}");

    public FrenchAddress {
        label = blankToNull(label);
        line1 = blankToNull(line1);
        line2 = blankToNull(line2);
        postalCode = postalCode == null ? null : postalCode.replaceAll("\\s", "");
        city = blankToNull(city);
        instructions = blankToNull(instructions);
        if (line1 == null) {
            throw new ValidationException("error.address.line1", "The address needs its number and street (line 1).");
        }
        checkPostalCode(postalCode);
        if (city == null) {
            throw new ValidationException("error.address.city", "The address needs its city.");
        }
    }

    /** An address with only what the counter usually asks. */
    public static FrenchAddress of(String line1, String postalCode, String city) {
        return new FrenchAddress(null, line1, null, postalCode, city, null);
    }

    private static void checkPostalCode(String code) {
        if (code == null || code.isEmpty()) {
            throw new ValidationException("error.address.postalCode.missing", "The address needs its postal code (5 digits).");
        }
        if (CORSICAN_DEPARTMENT.matcher(code).matches()) {
            throw new ValidationException("error.address.postalCode.corsica", "Postal code " + code
                    + ": 2A and 2B are Corsica's department numbers, not postal codes. Type the 5-digit postal code,"
                    + " which starts with 20 (20000 Ajaccio, 20200 Bastia).", code);
        }
        if (!FIVE_DIGITS.matcher(code).matches() || code.startsWith("00")) {
            throw new ValidationException("error.address.postalCode", "Postal code \"" + code
                    + "\" is not a French postal code: type exactly 5 digits, e.g. 75011.", code);
        }
        if (isUnknownParisCode(code)) {
            throw new ValidationException("error.address.postalCode.paris", "Postal code " + code
                    + " does not exist in Paris: Paris codes are 75001 to 75020, and 75116 for part of the 16th.", code);
        }
    }

    /** 750xx and 751xx are Paris's districts: only 75001–75020 and 75116 exist (75 7xx–9xx are CEDEX codes). */
    private static boolean isUnknownParisCode(String code) {
        if (code.startsWith("750")) {
            int district = Integer.parseInt(code.substring(3));
            return district < 1 || district > 20;
        }
        return code.startsWith("751") && !code.equals("75116");
    }

    /** One line for a list or a ticket: "12 rue de la Roquette, 75011 Paris". */
    public String oneLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + postalCode + " " + city;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
