package io.hearth.platform.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A subscription plan a tenant is on: its limits and its monthly price. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "max_workers", nullable = false)
    public int maxWorkers;

    @Column(name = "max_staff_accounts", nullable = false)
    public int maxStaffAccounts;

    @Column(name = "monthly_price_fen", nullable = false)
    public long monthlyPriceFen;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
