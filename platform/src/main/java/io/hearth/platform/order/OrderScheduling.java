package io.hearth.platform.order;

import io.hearth.platform.booking.WorkerBookings;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import io.hearth.platform.tenant.TenantSettings;
import io.hearth.platform.tenant.TenantSettingsLookup;
import io.hearth.platform.worker.WorkerAssignability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * When and by whom an order is served: reschedule (customer, staff) and assign / change worker (staff). The
 * worker's booking moves in the same transaction; an overlap is 409 {@code worker-slot-taken}.
 */
@ApplicationScoped
public class OrderScheduling {

    @Inject
    OrderTransitions transitions;

    @Inject
    TenantSettingsLookup tenantSettings;

    @Inject
    WorkerBookings bookings;

    @Inject
    WorkerAssignability assignability;

    @Inject
    OrderItems items;

    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceOrder reschedule(UUID orderId, Actor actor, Instant start, String reason) {
        return transitions.apply(orderId, OrderAction.RESCHEDULE, actor, reason, (o, to, now) -> {
            TenantSettingsLookup.Effective tenant = tenantSettings.of(TenantContext.require());
            checkStart(start, now, tenant.zone(), tenant.settings());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("fromStart", o.startAt);
            details.put("toStart", start);
            o.startAt = start;
            o.endAt = start.plus(Duration.ofMinutes(o.durationMinutes));
            if (o.workerId != null) {
                bookings.move(o.id, o.workerId, o.startAt, o.endAt);
            }
            return details;
        });
    }

    /** Manual dispatch or change of worker (with a reason); the new worker accepts again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceOrder assign(UUID orderId, Actor actor, UUID workerId, String reason) {
        return transitions.apply(orderId, OrderAction.ASSIGN, actor, reason, (o, to, now) -> {
            if (workerId.equals(o.workerId)) {
                throw ApiException.unprocessable("order-worker-unchanged", workerId);
            }
            if (o.workerId != null && (reason == null || reason.isBlank())) {
                throw ApiException.unprocessable("order-reassign-reason-required", o.orderNo);
            }
            assignability.require(workerId, items.of(o));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("fromWorkerId", o.workerId);
            details.put("toWorkerId", workerId);
            bookings.move(o.id, workerId, o.startAt, o.endAt);
            o.workerId = workerId;
            o.acceptedAt = null;
            return details;
        });
    }

    /**
     * A new start must be a wall-clock time of the tenant's grid (as the slot search offers them), at least the
     * minimum notice ahead and no later than the last bookable date.
     */
    static void checkStart(Instant start, Instant now, ZoneId zone, TenantSettings s) {
        ZonedDateTime wall = start.atZone(zone);
        int minuteOfDay = wall.getHour() * 60 + wall.getMinute();
        if (wall.getSecond() != 0 || wall.getNano() != 0 || minuteOfDay % s.slotGridMinutes() != 0) {
            throw ApiException.unprocessable("order-start-off-grid", start, s.slotGridMinutes());
        }
        if (start.isBefore(now.plus(s.minNoticeMinutes(), ChronoUnit.MINUTES))) {
            throw ApiException.unprocessable("order-start-too-soon", s.minNoticeMinutes());
        }
        if (wall.toLocalDate().isAfter(LocalDate.ofInstant(now, zone).plusDays(s.maxDaysAhead()))) {
            throw ApiException.unprocessable("order-start-too-far", s.maxDaysAhead());
        }
    }
}
