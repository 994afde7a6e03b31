package fr.ocpizza.pos.persistence.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code order_line}, with its topping changes. */
@Entity
@Table(name = "order_line")
public class OrderLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    public OrderEntity order;

    @Column(name = "line_no")
    public int lineNo;

    @Column(name = "product_size_id")
    public int productSizeId;

    @Column(name = "product_name")
    public String productName;

    @Column(name = "size_code")
    public String sizeCode;

    public int quantity;

    @Column(name = "unit_price_cents")
    public int unitPriceCents;

    @Column(name = "vat_rate")
    public BigDecimal vatRate;

    @Column(name = "line_total_cents")
    public int lineTotalCents;

    public String note;

    /** The second half of a half-and-half pizza (same size as the first); null for a whole product. */
    @Column(name = "second_half_product_size_id")
    public Integer secondHalfProductSizeId;

    /** Snapshot of the second half's product name; null for a whole product. */
    @Column(name = "second_half_name")
    public String secondHalfName;

    @ElementCollection
    @CollectionTable(name = "order_line_topping", joinColumns = @JoinColumn(name = "order_line_id"))
    public List<OrderLineTopping> toppings = new ArrayList<>();
}
