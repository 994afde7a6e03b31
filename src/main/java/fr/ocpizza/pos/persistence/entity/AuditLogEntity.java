package fr.ocpizza.pos.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** A row of {@code audit_log}: a sensitive action, who did it and when. */
@Entity
@Table(name = "audit_log")
public class AuditLogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    @Column(name = "staff_id")
    public Long staffId;

    @Column(name = "store_id")
    public Integer storeId;

    public String action;

    public String entity;

    @Column(name = "entity_id")
    public String entityId;

    @ColumnTransformer(write = "?::jsonb")
    public String details;
}
