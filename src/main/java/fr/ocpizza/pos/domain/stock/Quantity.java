package fr.ocpizza.pos.domain.stock;

import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stock quantities as people type them and as the ledger keeps them: exact decimals, at most
 * three decimals (the {@code numeric(12,3)} of the schema: a gram, a millilitre, a thousandth of
 * a piece), never negative, and never more than one pizzeria moves at once.
 */
public final class Quantity {

    /** Decimals the schema keeps. */
    public static final int SCALE = 3;

    // French or English decimal mark; digits grouped by thousands with a space (typed, or the
    // no-break spaces a copied figure brings) are accepted too: "1 500,5".
    private static final Pattern NUMBER =
            Pattern.compile("(-?)(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:[.,](\\d+))?");

    private Quantity() {
    }

    /**
     * The most one movement or count may carry, per unit. A pizzeria's cold room and dry store
     * hold a few hundred kilograms or litres and a few hundred pieces at most; a larger figure is a
     * typing slip (extra zeros, kilograms counted as grams) that would otherwise be recorded and
     * make the stock wrong for weeks. The schema itself would take up to a billion.
     */
    public static BigDecimal max(Unit unit) {
        return switch (unit) {
            case GRAM, MILLILITRE -> BigDecimal.valueOf(500_000); // 500 kg, 500 l
            case PIECE -> BigDecimal.valueOf(5_000);
        };
    }

    /**
     * Reads a typed quantity in the given unit: "250", "1,5", "1.5", "1 500". A comma or a point
     * is always the decimal mark, as French users type it: "1,500" is one and a half, thousands are
     * grouped with spaces only. Zero is accepted (a count can find none); the caller refuses it
     * where a movement needs more.
     *
     * @throws ValidationException when the text is blank, not a number, negative, has more than
     *     three decimals, or is above {@link #max(Unit)}
     */
    public static BigDecimal parse(String text, Unit unit) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new ValidationException("error.quantity.blank",
                    "No quantity was typed: type a number of " + unit.symbol() + ", e.g. 250 or 1,5.", unit.symbol());
        }
        Matcher matcher = NUMBER.matcher(typed);
        if (!matcher.matches()) {
            throw new ValidationException("error.quantity.notNumber",
                    "\"" + typed + "\" is not a quantity: type a number of " + unit.symbol()
                            + " with digits only, e.g. 250 or 1,5.", typed, unit.symbol());
        }
        String digits = matcher.group(2).replaceAll("[ \\u00A0\\u202F]", "");
        String decimals = matcher.group(3);
        BigDecimal value = new BigDecimal(decimals == null ? digits : digits + "." + decimals);
        return check(matcher.group(1).isEmpty() ? value : value.negate(), unit);
    }

    /**
     * Checks a quantity given as a number (a service's input): not negative, at most three
     * decimals, at most {@link #max(Unit)}. Returns it unchanged.
     */
    public static BigDecimal check(BigDecimal value, Unit unit) {
        String shown = value.stripTrailingZeros().toPlainString();
        if (value.signum() < 0) {
            throw new ValidationException("error.quantity.negative",
                    shown + " " + unit.symbol() + " is negative: type the quantity without a sign"
                            + " (waste, deliveries and counts are each recorded by their own entry).",
                    value, unit.symbol());
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new ValidationException("error.quantity.decimals",
                    shown + " " + unit.symbol() + " has more than " + SCALE
                            + " decimals: the stock is kept to the thousandth; round the figure.",
                    shown, unit.symbol(), SCALE);
        }
        BigDecimal max = max(unit);
        if (value.compareTo(max) > 0) {
            throw new ValidationException("error.quantity.tooLarge",
                    shown + " " + unit.symbol() + " is more than a pizzeria moves at once (at most "
                            + max.toPlainString() + " " + unit.symbol() + "): check the figure and the unit"
                            + " (grams, not kilograms).",
                    value, unit.symbol(), max);
        }
        return value;
    }
}
