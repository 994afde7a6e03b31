package fr.ocpizza.pos.domain.order;

import fr.ocpizza.pos.domain.Money;
import fr.ocpizza.pos.domain.ValidationException;
import fr.ocpizza.pos.domain.menu.ExtraTopping;
import fr.ocpizza.pos.domain.menu.Menu;
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
        if (!size.available()) {
            throw new ValidationException("error.product.unavailable",
                    size.label() + " is off the menu at the moment: choose another product.", size.label());
        }
        if (request.quantity() < 1 || request.quantity() > MAX_QUANTITY) {
            throw new ValidationException("error.quantity",
                    "Quantity " + request.quantity() + " for " + size.label() + " must be between 1 and " + MAX_QUANTITY + ".",
                    request.quantity(), size.label(), MAX_QUANTITY);
        }
        List<ToppingChange> toppings = new ArrayList<>();
        Money unitPrice = size.price();
        for (int ingredientId : request.addedIngredientIds().stream().sorted().toList()) {
            String name = menu.ingredient(ingredientId).name();
            ExtraTopping extra = menu.extra(ingredientId, size.sizeCode()).orElseThrow(() -> new ValidationException(
                    "error.extra.notOffered", name + " cannot be added to " + size.label() + ".", name, size.label()));
            if (request.removedIngredientIds().contains(ingredientId)) {
                throw new ValidationException("error.extra.addedAndRemoved",
                        name + " is both added and removed on " + size.label() + ": keep one.", name, size.label());
            }
            toppings.add(new ToppingChange(ingredientId, name, ToppingChange.Kind.ADD, extra.price()));
            unitPrice = unitPrice.plus(extra.price());
        }
        for (int ingredientId : request.removedIngredientIds().stream().sorted().toList()) {
            String name = menu.ingredient(ingredientId).name();
            if (!size.recipe().containsKey(ingredientId)) {
                throw new ValidationException("error.removal.notInRecipe",
                        size.label() + " has no " + name + " to remove.", size.label(), name);
            }
            toppings.add(new ToppingChange(ingredientId, name, ToppingChange.Kind.REMOVE, Money.ZERO));
        }
        return new PricedLine(lineNo, size, request.quantity(), toppings, unitPrice,
                unitPrice.times(request.quantity()), request.note());
    }
}
