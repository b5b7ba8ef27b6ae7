package io.hearth.platform.events;

import io.hearth.platform.shared.security.Roles;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consumptions that failed {@code max-attempts} times, across tenants, for super-admins to inspect and retry. */
@Path("/api/platform/events/parked")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: events")
public class ParkedEventResource {

    public record Parked(String consumer, UUID eventId, String type, UUID tenantId, String aggregateType,
            String aggregateId, Instant occurredAt, int attempts, String lastError, Instant parkedAt) {
    }

    /** Pass {@code nextAfterConsumer} and {@code nextAfterEvent} back as {@code afterConsumer}/{@code afterEvent}. */
    public record Page(List<Parked> items, String nextAfterConsumer, UUID nextAfterEvent) {
    }

    public record Retried(String consumer, UUID eventId, String status) {
    }

    @Inject
    EntityManager em;

    @Inject
    EventDispatcher dispatcher;

    @GET
    @Operation(summary = "Parked consumptions, ordered by consumer and event id (keyset paged)")
    public Page list(@QueryParam("afterConsumer") String afterConsumer, @QueryParam("afterEvent") UUID afterEvent,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if ((afterConsumer == null) != (afterEvent == null)) {
            throw new ApiException(400, "events-cursor-incomplete");
        }
        List<Object[]> rows = QuarkusTransaction.joiningExisting().call(() -> {
            var query = em.createNativeQuery(
                "select c.consumer, c.event_id, e.type, e.tenant_id, e.aggregate_type, e.aggregate_id, e.occurred_at,"
                        + " c.attempts, c.last_error, c.updated_at from event_consumption c"
                        + " left join outbox_event e on e.id = c.event_id where c.status = 'PARKED'"
                        + (afterConsumer == null ? "" : " and (c.consumer, c.event_id) > (:ac, :ae)")
                        + " order by c.consumer, c.event_id limit :n", Object[].class)
                .setParameter("n", limit + 1);
            if (afterConsumer != null) {
                query.setParameter("ac", afterConsumer).setParameter("ae", afterEvent);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> found = query.getResultList();
            return found;
        });
        List<Parked> items = rows.stream().limit(limit).map(r -> new Parked((String) r[0], (UUID) r[1], (String) r[2],
                (UUID) r[3], (String) r[4], (String) r[5], instant(r[6]), ((Number) r[7]).intValue(), (String) r[8],
                instant(r[9]))).toList();
        Parked last = rows.size() > limit ? items.get(items.size() - 1) : null;
        return new Page(items, last == null ? null : last.consumer(), last == null ? null : last.eventId());
    }

    @POST
    @Path("/{consumer}/{eventId}/retry")
    @Operation(summary = "Runs a parked consumption once more now; answers its status afterwards (DONE or PARKED)")
    public Retried retry(@PathParam("consumer") String consumer, @PathParam("eventId") UUID eventId) {
        EventConsumer c = dispatcher.consumer(consumer).orElseThrow(() -> ApiException.notFound("ParkedEvent", eventId));
        EventEnvelope event = QuarkusTransaction.requiringNew().call(() -> {
            int reopened = em.createNativeQuery("update event_consumption set status = 'FAILED', next_attempt_at = null"
                    + " where consumer = :c and event_id = :e and status = 'PARKED'")
                    .setParameter("c", consumer).setParameter("e", eventId).executeUpdate();
            if (reopened == 0) {
                throw ApiException.notFound("ParkedEvent", eventId);
            }
            return dispatcher.load(eventId).orElseThrow(() -> ApiException.notFound("ParkedEvent", eventId));
        });
        return new Retried(consumer, eventId, dispatcher.consume(c, event));
    }

    private static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) v).toInstant();
    }
}
