package io.hearth.platform.chat;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Tenant-scoped (Hibernate's discriminator); the native inserts name the current tenant themselves. */
@ApplicationScoped
public class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {

    public Optional<Conversation> byId(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public Optional<Conversation> ofOrder(UUID orderId) {
        return find("kind = ?1 and orderId = ?2", ConversationKind.ORDER, orderId).firstResultOptional();
    }

    public Optional<Conversation> supportOf(UUID customerId) {
        return find("kind = ?1 and customerId = ?2", ConversationKind.SUPPORT, customerId).firstResultOptional();
    }

    /** Row-locked until commit: the sequence of its messages is assigned under this lock. */
    public Conversation lock(Conversation c) {
        getEntityManager().refresh(c, LockModeType.PESSIMISTIC_WRITE);
        return c;
    }

    /** The order's conversation, created when missing; concurrent callers end with the same row. */
    public Conversation ensureOrder(UUID orderId, UUID customerId, UUID workerId, Instant now) {
        insert("insert into conversation (tenant_id, id, kind, order_id, customer_id, worker_id, activity_at, created_at)"
                + " values (cast(:t as uuid), :id, 'ORDER', :o, :c, :w, :now, :now)"
                + " on conflict (tenant_id, order_id) where kind = 'ORDER' do nothing", customerId, now)
                .setParameter("o", orderId).setParameter("w", workerId).executeUpdate();
        return ofOrder(orderId).orElseThrow();
    }

    public Conversation ensureSupport(UUID customerId, Instant now) {
        insert("insert into conversation (tenant_id, id, kind, order_id, customer_id, worker_id, activity_at, created_at)"
                + " values (cast(:t as uuid), :id, 'SUPPORT', null, :c, null, :now, :now)"
                + " on conflict (tenant_id, customer_id) where kind = 'SUPPORT' do nothing", customerId, now).executeUpdate();
        return supportOf(customerId).orElseThrow();
    }

    private jakarta.persistence.Query insert(String sql, UUID customerId, Instant now) {
        return getEntityManager().createNativeQuery(sql)
                .setParameter("t", TenantContext.require().toString())
                .setParameter("id", UUID.randomUUID())
                .setParameter("c", customerId)
                .setParameter("now", now.atOffset(ZoneOffset.UTC));
    }
}
