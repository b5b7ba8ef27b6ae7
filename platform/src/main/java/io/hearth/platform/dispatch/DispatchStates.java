package io.hearth.platform.dispatch;

import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Where dispatch stands for each order of the current tenant ({@code dispatch_order}): OFFERED, ASSIGNED,
 * MANUAL_NEEDED (with why), CANCELLED. The dispatch board lists the orders waiting for a dispatcher from here.
 */
@ApplicationScoped
public class DispatchStates {

    public enum State {
        OFFERED, ASSIGNED, MANUAL_NEEDED, CANCELLED
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void set(UUID orderId, State state, String reason, Instant now) {
        em.createNativeQuery("insert into dispatch_order as d (tenant_id, order_id, state, reason, updated_at)"
                + " values (cast(:t as uuid), :o, :s, :r, :now) on conflict (tenant_id, order_id)"
                + " do update set state = excluded.state, reason = excluded.reason, updated_at = excluded.updated_at")
                .setParameter("t", TenantContext.require().toString()).setParameter("o", orderId)
                .setParameter("s", state.name()).setParameter("r", reason)
                .setParameter("now", now.atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<State> of(UUID orderId) {
        return em.createNativeQuery("select state from dispatch_order where tenant_id = cast(:t as uuid)"
                + " and order_id = :o", String.class)
                .setParameter("t", TenantContext.require().toString()).setParameter("o", orderId)
                .getResultStream().findFirst().map(s -> State.valueOf((String) s));
    }
}
