package io.hearth.platform.shared.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every audit entry holds — who (the token's subject and username), when, which action on which record, and
 * the state before and after as JSON — for the platform's log and the tenants' logs alike. Never updated.
 */
@MappedSuperclass
public abstract class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(name = "actor_sub", nullable = false, updatable = false)
    public String actorSub;

    @Column(name = "actor_name", updatable = false)
    public String actorName;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "target_type", nullable = false, updatable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    public String targetId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String after;

    /** Fills the entry for the caller of the current request ("system" without one). */
    void describe(SecurityIdentity identity, ObjectMapper json, String action, String targetType,
            Object targetId, Object before, Object after) {
        at = Instant.now();
        actorSub = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            actorSub = token.getSubject() == null ? actorSub : token.getSubject();
            actorName = token.getClaim("preferred_username");
        }
        this.action = action;
        this.targetType = targetType;
        this.targetId = String.valueOf(targetId);
        this.before = toJson(json, before);
        this.after = toJson(json, after);
    }

    private static String toJson(ObjectMapper json, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit value not serializable: " + value.getClass(), e);
        }
    }
}
