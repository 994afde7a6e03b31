package fr.ocpizza.pos.persistence.entity;

import fr.ocpizza.pos.domain.order.ToppingChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of {@code order_line_topping}. */
@Embeddable
public class OrderLineTopping {

    @Column(name = "ingredient_id")
    public int ingredientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "change")
    public ToppingChange.Kind change;

    @Column(name = "price_cents")
    public int priceCents;

    protected OrderLineTopping() {
    }

    public OrderLineTopping(int ingredientId, ToppingChange.Kind change, int priceCents) {
        this.ingredientId = ingredientId;
        this.change = change;
        this.priceCents = priceCents;
    }
}
