package fr.ocpizza.pos.ui.backoffice.stock;

import java.util.List;

/**
 * A product of the menu and how many of each size the stock still allows ("S 60 · M 42 · L 30");
 * {@code limiting} names the ingredient that runs out first when one size can no longer be made.
 */
record MakeableProduct(String name, List<SizeCount> sizes, String limiting) {

    record SizeCount(String sizeCode, int portions) {
    }

    MakeableProduct {
        sizes = List.copyOf(sizes);
    }

    int fewest() {
        return sizes.stream().mapToInt(SizeCount::portions).min().orElse(0);
    }
}
