package fr.ocpizza.pos.persistence.entity;

import fr.ocpizza.pos.domain.stock.MovementKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of the stock ledger, {@code stock_movement}. Never updated, never deleted. */
@Entity
@Table(name = "stock_movement")
public class StockMovementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "store_id")
    public int storeId;

    @Column(name = "ingredient_id")
    public int ingredientId;

    @Enumerated(EnumType.STRING)
    public MovementKind kind;

    @Column(name = "quantity_delta")
    public BigDecimal quantityDelta;

    @Column(name = "quantity_after")
    public BigDecimal quantityAfter;

    @Column(name = "order_id")
    public Long orderId;

    @Column(name = "staff_id")
    public Long staffId;

    public String reason;

    public String reference;

    @Column(name = "created_at")
    public Instant createdAt;
}
