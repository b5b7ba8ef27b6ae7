package io.hearth.platform.booking;

import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reserves workers for orders in {@code worker_booking}, inside the caller's transaction and tenant. The
 * exclusion constraint {@code worker_booking_no_overlap} makes an overlap impossible (23P01 → 409
 * {@code worker-slot-taken}); the travel buffer the slot search keeps around bookings is checked under a
 * per-worker transaction lock, so two concurrent reservations cannot both pass it.
 */
@ApplicationScoped
public class WorkerBookings {

    static final String EXCLUSION_VIOLATION = "23P01";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "hearth.booking.travel-buffer-minutes", defaultValue = "30")
    int travelBufferMinutes;

    /** Books {@code [start, end)} of the worker for the order; 409 {@code worker-slot-taken} when it is not free. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(UUID workerId, Instant start, Instant end, UUID orderId) {
        if (!tryReserve(workerId, start, end, orderId)) {
            throw taken();
        }
    }

    /**
     * {@link #reserve} that answers false instead of throwing when the worker is not free, so that a caller trying
     * candidates one after the other (dispatch) keeps its transaction usable.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryReserve(UUID workerId, Instant start, Instant end, UUID orderId) {
        String tenant = TenantContext.require().toString();
        // Serialises reservations of this worker until commit: the buffer check below then sees every booking.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 0))")
                .setParameter("k", "worker_booking:" + tenant + ":" + workerId).getSingleResult();
        Number near = (Number) em.createNativeQuery("select count(*) from worker_booking where tenant_id = cast(:t as uuid)"
                + " and worker_id = :w and active and during && tstzrange(:from, :to)")
                .setParameter("t", tenant).setParameter("w", workerId)
                .setParameter("from", at(start.minusSeconds(60L * travelBufferMinutes)))
                .setParameter("to", at(end.plusSeconds(60L * travelBufferMinutes)))
                .getSingleResult();
        if (near.longValue() > 0) {
            return false;
        }
        try {
            em.createNativeQuery("insert into worker_booking (tenant_id, id, worker_id, during, order_id, active, created_at)"
                    + " values (cast(:t as uuid), :id, :w, tstzrange(:from, :to), :o, true, now())")
                    .setParameter("t", tenant).setParameter("id", UUID.randomUUID()).setParameter("w", workerId)
                    .setParameter("from", at(start)).setParameter("to", at(end)).setParameter("o", orderId)
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (exclusionViolation(e)) {
                throw taken();
            }
            throw e;
        }
        return true;
    }

    /** Moves the order's booking to another worker and/or time in the same transaction (release, then reserve). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(UUID orderId, UUID workerId, Instant start, Instant end) {
        release(orderId);
        reserve(workerId, start, end, orderId);
    }

    /** The order's booking blocks nothing any more (kept, inactive, for history). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID orderId) {
        em.createNativeQuery("update worker_booking set active = false where tenant_id = cast(:t as uuid)"
                + " and order_id = :o and active")
                .setParameter("t", TenantContext.require().toString()).setParameter("o", orderId).executeUpdate();
    }

    /** An active booking: the order it holds the worker for, and when. */
    public record Booked(UUID orderId, Instant start, Instant end) {
    }

    /** The worker's active bookings that overlap {@code [from, to)}, earliest first (current tenant). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Booked> activeBetween(UUID workerId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select order_id, lower(during), upper(during) from worker_booking"
                + " where tenant_id = cast(:t as uuid) and worker_id = :w and active and during && tstzrange(:from, :to)"
                + " order by lower(during), id")
                .setParameter("t", TenantContext.require().toString()).setParameter("w", workerId)
                .setParameter("from", at(from)).setParameter("to", at(to)).getResultList();
        List<Booked> booked = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            booked.add(new Booked(r[0] == null ? null : UUID.fromString(r[0].toString()), instant(r[1]), instant(r[2])));
        }
        return booked;
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("Not a time: " + o);
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static ApiException taken() {
        return ApiException.conflict("worker-slot-taken");
    }

    static boolean exclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && EXCLUSION_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
