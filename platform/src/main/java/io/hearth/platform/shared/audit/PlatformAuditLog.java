package io.hearth.platform.shared.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Who did what to which platform object, with the state before and after. */
@ApplicationScoped
public class PlatformAuditLog implements PanacheRepository<PlatformAuditEntry> {

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    /** Joins the caller's transaction, so the entry exists exactly when the change does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, Object targetId, Object before, Object after) {
        PlatformAuditEntry e = new PlatformAuditEntry();
        e.describe(identity, json, action, targetType, targetId, before, after);
        persist(e);
    }

    public record Query(String targetType, String targetId, String action, String actor, Long beforeId, int limit) {
    }

    /** Newest first; keyset pagination on the id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlatformAuditEntry> search(Query q) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (q.targetType() != null) {
            where.add("targetType = :targetType");
            p.and("targetType", q.targetType());
        }
        if (q.targetId() != null) {
            where.add("targetId = :targetId");
            p.and("targetId", q.targetId());
        }
        if (q.action() != null) {
            where.add("action = :action");
            p.and("action", q.action());
        }
        if (q.actor() != null) {
            where.add("(actorSub = :actor or actorName = :actor)");
            p.and("actor", q.actor());
        }
        if (q.beforeId() != null) {
            where.add("id < :beforeId");
            p.and("beforeId", q.beforeId());
        }
        String hql = where.isEmpty() ? "order by id desc" : String.join(" and ", where) + " order by id desc";
        return find(hql, p).page(0, q.limit()).list();
    }
}
