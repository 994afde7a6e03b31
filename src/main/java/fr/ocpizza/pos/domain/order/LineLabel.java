package fr.ocpizza.pos.domain.order;

/**
 * How a line is named on screens, tickets, receipts and exports, from the names it was sold
 * under: "Reine (M)", "Coca-Cola 33 cl", or for a half-and-half "½ Reine + ½ Quatre fromages (M)".
 */
public final class LineLabel {

    /** The size code of single-size products (drinks, desserts): no size is shown. */
    private static final String SINGLE_SIZE = "U";

    private LineLabel() {
    }

    /** "Reine", or "½ Reine + ½ Quatre fromages" when {@code secondHalfName} is set. */
    public static String name(String productName, String secondHalfName) {
        return secondHalfName == null ? productName : "½ " + productName + " + ½ " + secondHalfName;
    }

    /** {@link #name} followed by the size in brackets, except for single-size products. */
    public static String of(String productName, String secondHalfName, String sizeCode) {
        String name = name(productName, secondHalfName);
        return SINGLE_SIZE.equals(sizeCode) ? name : name + " (" + sizeCode + ")";
    }
}
