package fr.ocpizza.pos.persistence.entity;

import fr.ocpizza.pos.domain.order.PaymentMethod;
import fr.ocpizza.pos.domain.order.PaymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code payment}. */
@Entity
@Table(name = "payment")
public class PaymentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id")
    public long orderId;

    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    @Enumerated(EnumType.STRING)
    public PaymentStatus status;

    @Column(name = "amount_cents")
    public int amountCents;

    @Column(name = "tendered_cents")
    public Integer tenderedCents;

    @Column(name = "change_cents")
    public Integer changeCents;

    public String provider;

    @Column(name = "provider_order_id")
    public String providerOrderId;

    @Column(name = "provider_capture_id")
    public String providerCaptureId;

    @Column(name = "staff_id")
    public Long staffId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
