package io.hearth.platform.file;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One uploaded file. Rows are never updated: a new picture is a new file. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Purpose purpose;

    @Column(name = "content_type", nullable = false, updatable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "storage_key", nullable = false, updatable = false)
    public String storageKey;

    /** staff, worker or customer ({@link UploaderKind#value()}). */
    @Column(name = "uploaded_by_kind", nullable = false, updatable = false)
    public String uploadedByKind;

    @Column(name = "uploaded_by_id", nullable = false, updatable = false)
    public UUID uploadedById;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Visibility visibility;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
