package fr.ocpizza.pos.persistence.entity;

import fr.ocpizza.pos.domain.staff.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code staff}. */
@Entity
@Table(name = "staff")
public class StaffEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "store_id")
    public Integer storeId;

    public String login;

    @Column(name = "full_name")
    public String fullName;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "pin_hash")
    public String pinHash;

    @Column(name = "password_hash")
    public String passwordHash;

    public boolean active = true;

    @Column(name = "failed_attempts")
    public int failedAttempts;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
