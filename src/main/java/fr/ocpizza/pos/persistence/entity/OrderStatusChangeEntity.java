package fr.ocpizza.pos.persistence.entity;

import fr.ocpizza.pos.domain.order.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code order_status_change}: who moved an order, from what, to what, when. */
@Entity
@Table(name = "order_status_change")
public class OrderStatusChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id")
    public long orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public OrderStatus toStatus;

    @Column(name = "staff_id")
    public Long staffId;

    @Column(name = "changed_at")
    public Instant changedAt;

    protected OrderStatusChangeEntity() {
    }

    public OrderStatusChangeEntity(long orderId, OrderStatus fromStatus, OrderStatus toStatus, Long staffId, Instant at) {
        this.orderId = orderId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.staffId = staffId;
        this.changedAt = at;
    }
}
