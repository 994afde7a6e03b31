package fr.ocpizza.pos.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount of euros, exact to the cent. Never a double. */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Parses "12.50", "12,50" or "12" (euros). */
    public static Money parse(String euros) {
        BigDecimal value = new BigDecimal(euros.trim().replace(',', '.'));
        return new Money(value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public BigDecimal toEuros() {
        return BigDecimal.valueOf(cents, 2);
    }

    /** "12,50 €" in French, "€12.50" in English. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(toEuros());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return toEuros().toPlainString();
    }
}
