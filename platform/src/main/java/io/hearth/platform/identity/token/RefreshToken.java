package io.hearth.platform.identity.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "auth_refresh_token")
public class RefreshToken {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    public UUID id;

    @Column(name = "family_id", nullable = false, updatable = false)
    public UUID familyId;

    @Column(name = "subject_kind", nullable = false, updatable = false)
    public String subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public SubjectKind kind() {
        return SubjectKind.ofRole(subjectKind);
    }
}
