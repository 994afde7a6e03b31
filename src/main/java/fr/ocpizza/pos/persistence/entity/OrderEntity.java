package fr.ocpizza.pos.persistence.entity;

import fr.ocpizza.pos.domain.order.Channel;
import fr.ocpizza.pos.domain.order.Fulfilment;
import fr.ocpizza.pos.domain.order.OrderStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/** A row of {@code customer_order}. Ticket number and business date come from the database trigger. */
@Entity
@Table(name = "customer_order")
public class OrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "store_id", nullable = false)
    public int storeId;

    @Generated(event = EventType.INSERT)
    @Column(name = "business_date", insertable = false, updatable = false)
    public LocalDate businessDate;

    @Generated(event = EventType.INSERT)
    @Column(name = "ticket_number", insertable = false, updatable = false)
    public Integer ticketNumber;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Fulfilment fulfilment;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    @Column(name = "customer_id")
    public Long customerId;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "delivery_address_id")
    public Long deliveryAddressId;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "promised_at")
    public Instant promisedAt;

    public String note;

    @Column(name = "total_cents")
    public int totalCents;

    @Column(name = "vat_cents")
    public int vatCents;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Version
    public long version;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "in_preparation_at")
    public Instant inPreparationAt;

    @Column(name = "ready_at")
    public Instant readyAt;

    @Column(name = "out_for_delivery_at")
    public Instant outForDeliveryAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "picked_up_at")
    public Instant pickedUpAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    public List<OrderLineEntity> lines = new ArrayList<>();

    /** Sets the status and the timestamp column that belongs to it. */
    public void moveTo(OrderStatus target, Instant at, Long staffId) {
        status = target;
        updatedAt = at;
        updatedBy = staffId;
        switch (target) {
            case RECEIVED -> receivedAt = at;
            case IN_PREPARATION -> inPreparationAt = at;
            case READY -> readyAt = at;
            case OUT_FOR_DELIVERY -> outForDeliveryAt = at;
            case DELIVERED -> deliveredAt = at;
            case PICKED_UP -> pickedUpAt = at;
            case CANCELLED -> cancelledAt = at;
        }
    }
}
