package io.hearth.platform.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A certificate a worker holds; its files are ids of the file storage feature. */
@Entity
@Table(name = "worker_certificate")
public class WorkerCertificate {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "worker_id", nullable = false, updatable = false)
    public UUID workerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateType type;

    @Column(nullable = false)
    public String number;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "file_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> fileIds = new ArrayList<>();

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_state", nullable = false)
    public CertificateAudit auditState = CertificateAudit.PENDING;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
