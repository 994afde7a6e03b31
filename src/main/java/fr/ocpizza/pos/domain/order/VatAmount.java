package fr.ocpizza.pos.domain.order;

import fr.ocpizza.pos.domain.Money;
import java.math.BigDecimal;

/** For one VAT rate: the amount sold (VAT included), its VAT and the amount without VAT. */
public record VatAmount(BigDecimal rate, Money grossAmount, Money vat) {

    public Money netAmount() {
        return grossAmount.minus(vat);
    }
}
