package fr.ocpizza.pos.application.report;

import fr.ocpizza.pos.domain.Money;

/**
 * What a store sold of one product in one size: portions and revenue (VAT included, extras
 * included), under the name it was sold with.
 *
 * <p>A half-and-half pizza counts <em>once</em>, under {@link #HALF_AND_HALF} in its size, not half
 * under each pizza: it was sold as one pizza at one price (the dearer half's), so splitting it
 * would make up a price for each half that no customer paid and give fractional portions. Counted
 * once, the portions are the pizzas that left the kitchen and the revenue column adds up to the
 * sales. (What each half took from the stock is the stock ledger's business.)
 */
public record ProductSales(int storeId, String product, String sizeCode, boolean halfAndHalf, long quantity,
                           Money revenue) {

    /** The name under which every half-and-half pizza of a size is counted. */
    public static final String HALF_AND_HALF = "½ + ½";
}
