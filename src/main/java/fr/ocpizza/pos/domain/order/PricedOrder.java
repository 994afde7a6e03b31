package fr.ocpizza.pos.domain.order;

import fr.ocpizza.pos.domain.Money;
import java.util.List;

/** A priced basket: lines, the total to pay (VAT included) and the VAT per rate. */
public record PricedOrder(List<PricedLine> lines, Money total, List<VatAmount> vatByRate) {

    public PricedOrder {
        lines = List.copyOf(lines);
        vatByRate = List.copyOf(vatByRate);
    }

    public Money vatTotal() {
        return vatByRate.stream().map(VatAmount::vat).reduce(Money.ZERO, Money::plus);
    }
}
