package fr.ocpizza.pos.domain.order;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Menu;
import fr.ocpizza.pos.domain.menu.ProductCategory;
import fr.ocpizza.pos.domain.menu.ProductSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prices a basket. Menu prices include VAT (French TTC prices); the VAT of each rate is taken
 * out of the total sold at that rate, once per rate and rounded half-up to the cent, which is
 * how the receipt shows it. This is the one place VAT is computed.
 */
public final class OrderPricing {

    public static final int MAX_QUANTITY = 99;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrderPricing() {
    }

    public static PricedOrder price(Menu menu, List<LineRequest> requests) {
        if (requests.isEmpty()) {
            throw new ValidationException("error.order.empty", "The order has no line: add at least one product.");
        }
        List<PricedLine> lines = new ArrayList<>();
        Map<BigDecimal, Money> grossByRate = new TreeMap<>();
        Money total = Money.ZERO;
        for (LineRequest request : requests) {
            PricedLine line = priceLine(menu, lines.size() + 1, request);
            lines.add(line);
            total = total.plus(line.lineTotal());
            grossByRate.merge(line.productSize().vatRate().setScale(2, RoundingMode.UNNECESSARY), line.lineTotal(), Money::plus);
        }
        List<VatAmount> vat = new ArrayList<>();
        grossByRate.forEach((rate, gross) -> vat.add(new VatAmount(rate, gross, vatIncludedIn(gross, rate))));
        return new PricedOrder(lines, total, vat);
    }

    /** The VAT contained in an amount that includes it: gross × rate / (100 + rate). */
    public static Money vatIncludedIn(Money gross, BigDecimal ratePercent) {
        BigDecimal vat = BigDecimal.valueOf(gross.cents()).multiply(ratePercent)
                .divide(HUNDRED.add(ratePercent), 0, RoundingMode.HALF_UP);
        return Money.ofCents(vat.longValueExact());
    }

    private static PricedLine priceLine(Menu menu, int lineNo, LineRequest request) {
        ProductSize size = menu.productSize(request.productSizeId());
        ProductSize secondHalf = request.isHalfAndHalf() ? menu.productSize(request.secondHalfProductSizeId()) : null;
        if (secondHalf == null && !size.available()) {
            throw new ValidationException("error.product.unavailable",
                    size.label() + " is off the menu at the moment: choose another product.", size.label());
        }
        if (secondHalf != null) {
            checkHalves(size, secondHalf);
        }
        String label = LineLabel.of(size.productName(), secondHalf == null ? null : secondHalf.productName(), size.sizeCode());
        if (request.quantity() < 1 || request.quantity() > MAX_QUANTITY) {
            throw new ValidationException("error.quantity",
                    "Quantity " + request.quantity() + " for " + label + " must be between 1 and " + MAX_QUANTITY + ".",
                    request.quantity(), label, MAX_QUANTITY);
        }
        List<ToppingChange> toppings = new ArrayList<>();
        // A half-and-half costs what its dearer half costs; extras cover the whole pizza at their usual price.
        Money unitPrice = secondHalf == null || size.price().compareTo(secondHalf.price()) >= 0
                ? size.price() : secondHalf.price();
        for (int ingredientId : request.addedIngredientIds().stream().sorted().toList()) {
            String name = menu.ingredient(ingredientId).name();
            ExtraTopping extra = menu.extra(ingredientId, size.sizeCode()).orElseThrow(() -> new ValidationException(
                    "error.extra.notOffered", name + " cannot be added to " + label + ".", name, label));
            if (request.removedIngredientIds().contains(ingredientId)) {
                throw new ValidationException("error.extra.addedAndRemoved",
                        name + " is both added and removed on " + label + ": keep one.", name, label);
            }
            toppings.add(new ToppingChange(ingredientId, name, ToppingChange.Kind.ADD, extra.price()));
            unitPrice = unitPrice.plus(extra.price());
        }
        for (int ingredientId : request.removedIngredientIds().stream().sorted().toList()) {
            String name = menu.ingredient(ingredientId).name();
            if (secondHalf == null && !size.recipe().containsKey(ingredientId)) {
                throw new ValidationException("error.removal.notInRecipe",
                        size.label() + " has no " + name + " to remove.", size.label(), name);
            }
            // Removed from both halves: it is enough that one of them has it.
            if (secondHalf != null && !size.recipe().containsKey(ingredientId)
                    && !secondHalf.recipe().containsKey(ingredientId)) {
                throw new ValidationException("error.half.removal.notInRecipe",
                        "Neither " + size.productName() + " nor " + secondHalf.productName() + " has " + name
                                + ": there is nothing to remove from " + label + ".",
                        size.productName(), secondHalf.productName(), name, label);
            }
            toppings.add(new ToppingChange(ingredientId, name, ToppingChange.Kind.REMOVE, Money.ZERO));
        }
        return new PricedLine(lineNo, size, request.quantity(), toppings, unitPrice,
                unitPrice.times(request.quantity()), request.note(), secondHalf);
    }

    /**
     * Two halves make one pizza: both pizzas on the menu now, of the same size, two different
     * products, and one VAT rate (a line has a single rate).
     */
    private static void checkHalves(ProductSize first, ProductSize second) {
        for (ProductSize half : List.of(first, second)) {
            if (half.category() != ProductCategory.PIZZA) {
                throw new ValidationException("error.half.notPizza",
                        half.label() + " is not a pizza: only two pizzas can be sold half-and-half."
                                + " Sell it as a line of its own.", half.label());
            }
        }
        for (ProductSize half : List.of(first, second)) {
            if (!half.available()) {
                throw new ValidationException("error.half.unavailable",
                        half.label() + " is off the menu at the moment: choose another pizza for that half.",
                        half.label());
            }
        }
        if (!first.sizeCode().equals(second.sizeCode())) {
            throw new ValidationException("error.half.sizeMismatch",
                    "The two halves must be the same size, but " + first.label() + " and " + second.label()
                            + " are not: choose both halves in the same size.",
                    first.label(), second.label());
        }
        if (first.productId() == second.productId()) {
            throw new ValidationException("error.half.sameProduct",
                    "Both halves are " + first.productName() + ": choose two different pizzas, or sell a whole "
                            + first.label() + ".", first.productName(), first.label());
        }
        if (first.vatRate().compareTo(second.vatRate()) != 0) {
            throw new ValidationException("error.half.vatRateMismatch",
                    first.label() + " and " + second.label() + " have different VAT rates ("
                            + first.vatRate().stripTrailingZeros().toPlainString() + " % and "
                            + second.vatRate().stripTrailingZeros().toPlainString()
                            + " %): they cannot share one pizza. Sell them as two pizzas.",
                    first.label(), second.label(), first.vatRate(), second.vatRate());
        }
    }
}
