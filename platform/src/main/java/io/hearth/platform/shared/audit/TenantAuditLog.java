package io.hearth.platform.shared.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Who among a tenant's staff did what to which of its records, with the state before and after (current tenant,
 * Hibernate's discriminator). For actions that must be traceable: personal data shown in full, staff notes changed.
 */
@ApplicationScoped
public class TenantAuditLog implements PanacheRepository<TenantAuditEntry> {

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    /** Joins the caller's transaction, so the entry exists exactly when the action does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, Object targetId, Object before, Object after) {
        TenantAuditEntry e = new TenantAuditEntry();
        e.describe(identity, json, action, targetType, targetId, before, after);
        persist(e);
    }

    /** The entries about one record, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TenantAuditEntry> ofTarget(String targetType, Object targetId, int limit) {
        return find("targetType = ?1 and targetId = ?2 order by id desc", targetType, String.valueOf(targetId))
                .page(0, limit).list();
    }
}
