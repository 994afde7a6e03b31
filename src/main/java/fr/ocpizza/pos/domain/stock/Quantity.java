package fr.ocpizza.pos.domain.stock;

import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.Unit;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
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
    // A unit may follow, with or without a space: "1,5 kg", "250g", "6 pièces".
    private static final Pattern NUMBER =
            Pattern.compile("(-?)(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:[.,](\\d+))?(?:\\s*(\\p{L}+)\\.?)?");

    /** A written unit: the ingredient unit it measures and how many of that unit it is. */
    private record WrittenUnit(Unit unit, BigDecimal factor) {
    }

    // The units people write on a delivery note or a count sheet, accents and case ignored.
    private static final Map<String, WrittenUnit> WRITTEN = Map.ofEntries(
            Map.entry("g", new WrittenUnit(Unit.GRAM, BigDecimal.ONE)),
            Map.entry("gr", new WrittenUnit(Unit.GRAM, BigDecimal.ONE)),
            Map.entry("gramme", new WrittenUnit(Unit.GRAM, BigDecimal.ONE)),
            Map.entry("grammes", new WrittenUnit(Unit.GRAM, BigDecimal.ONE)),
            Map.entry("kg", new WrittenUnit(Unit.GRAM, BigDecimal.valueOf(1000))),
            Map.entry("kilo", new WrittenUnit(Unit.GRAM, BigDecimal.valueOf(1000))),
            Map.entry("kilos", new WrittenUnit(Unit.GRAM, BigDecimal.valueOf(1000))),
            Map.entry("ml", new WrittenUnit(Unit.MILLILITRE, BigDecimal.ONE)),
            Map.entry("cl", new WrittenUnit(Unit.MILLILITRE, BigDecimal.TEN)),
            Map.entry("dl", new WrittenUnit(Unit.MILLILITRE, BigDecimal.valueOf(100))),
            Map.entry("l", new WrittenUnit(Unit.MILLILITRE, BigDecimal.valueOf(1000))),
            Map.entry("litre", new WrittenUnit(Unit.MILLILITRE, BigDecimal.valueOf(1000))),
            Map.entry("litres", new WrittenUnit(Unit.MILLILITRE, BigDecimal.valueOf(1000))),
            Map.entry("piece", new WrittenUnit(Unit.PIECE, BigDecimal.ONE)),
            Map.entry("pieces", new WrittenUnit(Unit.PIECE, BigDecimal.ONE)),
            Map.entry("pc", new WrittenUnit(Unit.PIECE, BigDecimal.ONE)),
            Map.entry("pcs", new WrittenUnit(Unit.PIECE, BigDecimal.ONE)));

    /**
     * A delivery below a tenth of the low-stock threshold, or above a hundred times it, is most
     * likely a slip of unit (10 typed for 10 kg of mozzarella): the form asks before recording it.
     */
    private static final BigDecimal IMPLAUSIBLE_RATIO = BigDecimal.TEN;
    private static final BigDecimal IMPLAUSIBLE_EXCESS = BigDecimal.valueOf(100);

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
     * Reads a typed quantity and returns it in the ingredient's unit: "250", "1,5", "1.5",
     * "1 500", or with the unit written: "1,5 kg" (1500 g), "75 cl" (750 ml), "6 pièces". A
     * figure without a unit is in the ingredient's unit. A comma or a point is always the decimal
     * mark, as French users type it: "1,500" is one and a half, thousands are grouped with spaces
     * only. Zero is accepted (a count can find none); the caller refuses it where a movement needs
     * more.
     *
     * @throws ValidationException when the text is blank, not a number, has a unit nobody knows or
     *     one that does not measure this ingredient (kilograms of olive oil counted in ml), is
     *     negative, has more than three decimals in the ingredient's unit, or is above
     *     {@link #max(Unit)}
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
        String written = matcher.group(4);
        if (written != null) {
            value = value.multiply(factor(typed, written, unit)).stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
        }
        return check(matcher.group(1).isEmpty() ? value : value.negate(), unit);
    }

    private static BigDecimal factor(String typed, String written, Unit unit) {
        String key = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        WrittenUnit known = WRITTEN.get(key);
        if (known == null) {
            throw new ValidationException("error.quantity.unknownUnit",
                    "\"" + typed + "\": " + written + " is not a unit we know: write g, kg, ml, cl, l or pièces"
                            + " (this ingredient is counted in " + unit.symbol() + ").", typed, written, unit.symbol());
        }
        if (known.unit() != unit) {
            throw new ValidationException("error.quantity.wrongUnit",
                    "\"" + typed + "\": this ingredient is counted in " + unit.symbol() + ", not in " + written
                            + ": " + hint(unit) + ".", typed, written, unit.symbol());
        }
        return known.factor();
    }

    private static String hint(Unit unit) {
        return switch (unit) {
            case GRAM -> "write a mass (g or kg)";
            case MILLILITRE -> "write a volume (ml, cl or l)";
            case PIECE -> "write a number of pieces";
        };
    }

    /**
     * Whether a delivery of {@code quantity} (in the ingredient's unit) looks like a slip for an
     * ingredient whose low-stock threshold is {@code lowThreshold}: less than a tenth of it (10 g
     * of mozzarella, for 10 kg) or more than a hundred times it. The form asks for a confirmation;
     * it does not refuse, since a small top-up or a big order can be real. No threshold, no doubt.
     */
    public static boolean doubtfulDelivery(BigDecimal quantity, BigDecimal lowThreshold) {
        if (lowThreshold == null || lowThreshold.signum() <= 0 || quantity.signum() <= 0) {
            return false;
        }
        return quantity.multiply(IMPLAUSIBLE_RATIO).compareTo(lowThreshold) < 0
                || quantity.compareTo(lowThreshold.multiply(IMPLAUSIBLE_EXCESS)) > 0;
    }

    /**
     * Whether a counted quantity looks like a slip of unit against what the stock expected: found
     * above zero yet less than a hundredth of the expected quantity (20 typed for 20 kg), or a
     * hundred times more than expected (and than the threshold). Zero is a plausible count.
     */
    public static boolean doubtfulCount(BigDecimal counted, BigDecimal expected, BigDecimal lowThreshold) {
        if (counted.signum() <= 0) {
            return false;
        }
        BigDecimal reference = expected.max(lowThreshold == null ? BigDecimal.ZERO : lowThreshold);
        if (reference.signum() <= 0) {
            return false;
        }
        return counted.multiply(IMPLAUSIBLE_EXCESS).compareTo(reference) < 0
                || counted.compareTo(reference.multiply(IMPLAUSIBLE_EXCESS)) > 0;
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
