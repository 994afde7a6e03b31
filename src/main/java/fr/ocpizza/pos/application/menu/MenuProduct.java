package fr.ocpizza.pos.application.menu;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import java.math.BigDecimal;
import java.util.List;

/**
 * A product of the chain's menu as the back office edits it: sizes and prices (VAT included),
 * VAT rate, availability, and {@code version}, which a change must name (two managers editing
 * the same product: the second is told, nothing is overwritten).
 */
public record MenuProduct(int id, String code, String name, ProductCategory category, BigDecimal vatRate,
                          boolean available, long version, List<Size> sizes) {

    public MenuProduct {
        sizes = List.copyOf(sizes);
    }

    /** One size of the product and its price. */
    public record Size(int productSizeId, String sizeCode, Money price) {
    }
}
