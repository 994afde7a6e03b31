package fr.ocpizza.pos.domain.menu;

/** The unit an ingredient is counted in; the database stores {@link #symbol()}. */
public enum Unit {
    GRAM("g"), MILLILITRE("ml"), PIECE("piece");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Unit fromSymbol(String symbol) {
        for (Unit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("Unknown unit '" + symbol + "': use g, ml or piece.");
    }
}
