package io.hearth.platform.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** One staff action on a tenant's record. Written in the transaction of the action it describes; never updated. */
@Entity
@Table(name = "tenant_audit")
public class TenantAuditEntry extends AuditRecord {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
}
