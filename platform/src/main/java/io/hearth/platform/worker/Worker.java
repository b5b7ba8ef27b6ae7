package io.hearth.platform.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A worker's sign-in account; the profile, skills and audit arrive with the workforce feature. */
@Entity
@Table(name = "worker")
public class Worker {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "phone_enc", nullable = false)
    public String phoneEnc;

    @Column(name = "phone_hash", nullable = false)
    public String phoneHash;

    @Column(name = "phone_last4", nullable = false)
    public String phoneLast4;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
