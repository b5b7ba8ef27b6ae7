package io.hearth.platform.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.order.ServiceOrder;
import io.hearth.platform.realtime.Audience;
import io.hearth.platform.realtime.RealtimeBus;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Grab offers of the current tenant ({@code dispatch_offer}, its recipients and grabs): opening a round and pushing
 * {@code dispatch.offer} to each recipient, a worker's open offers and grabs, the board's list, and cancelling a
 * round whose order went away. Deciding the winner is {@link OfferCloser}'s job.
 */
@ApplicationScoped
public class GrabOffers {

    public enum State {
        OPEN, AWARDED, EXPIRED, CANCELLED
    }

    /** A round as the closer and the board need it. */
    public record Offer(UUID id, UUID orderId, int round, boolean fallback, int radiusKm, Instant openedAt,
            Instant closesAt, State state, UUID winnerId, Instant closedAt, int recipients, JsonNode summary) {
    }

    @Inject
    EntityManager em;

    @Inject
    RealtimeBus bus;

    @Inject
    ObjectMapper json;

    static String tenant() {
        return TenantContext.require().toString();
    }

    /** Opens the order's next round for the recipients (best first) and tells each of them; answers its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID open(ServiceOrder order, Map<String, Object> summary, boolean fallback, int radiusKm,
            int windowSeconds, List<DispatchCandidates.Candidate> recipients, Instant now) {
        UUID id = UUID.randomUUID();
        Instant closesAt = now.plusSeconds(windowSeconds);
        Number round = (Number) em.createNativeQuery("select coalesce(max(round), 0) + 1 from dispatch_offer"
                + " where tenant_id = cast(:t as uuid) and order_id = :o")
                .setParameter("t", tenant()).setParameter("o", order.id).getSingleResult();
        em.createNativeQuery("insert into dispatch_offer (tenant_id, id, order_id, round, fallback, radius_km, opened_at,"
                + " closes_at, state, recipients, summary) values (cast(:t as uuid), :id, :o, :round, :fallback, :radius,"
                + " :opened, :closes, 'OPEN', :n, cast(:summary as jsonb))")
                .setParameter("t", tenant()).setParameter("id", id).setParameter("o", order.id)
                .setParameter("round", round.intValue()).setParameter("fallback", fallback)
                .setParameter("radius", radiusKm).setParameter("opened", at(now)).setParameter("closes", at(closesAt))
                .setParameter("n", recipients.size()).setParameter("summary", write(summary)).executeUpdate();
        // one statement for all recipients (a round may go to hundreds of workers)
        UUID[] workers = new UUID[recipients.size()];
        Integer[] distances = new Integer[recipients.size()];
        Long[] scores = new Long[recipients.size()];
        for (int i = 0; i < recipients.size(); i++) {
            DispatchCandidates.Candidate c = recipients.get(i);
            workers[i] = c.workerId();
            distances[i] = (int) Math.min(Integer.MAX_VALUE, c.scored().facts().distanceMeters());
            scores[i] = (long) c.scored().milli();
        }
        if (workers.length > 0) {
            em.createNativeQuery("insert into dispatch_offer_recipient (tenant_id, offer_id, worker_id, distance_meters,"
                    + " score_milli) select cast(:t as uuid), :id, r.w, r.d, r.s"
                    + " from unnest(cast(:ws as uuid[]), cast(:ds as integer[]), cast(:ss as bigint[])) as r(w, d, s)")
                    .setParameter("t", tenant()).setParameter("id", id).setParameter("ws", workers)
                    .setParameter("ds", distances).setParameter("ss", scores).executeUpdate();
        }
        for (DispatchCandidates.Candidate c : recipients) {
            Map<String, Object> push = new LinkedHashMap<>(summary);
            push.put("offerId", id);
            push.put("orderId", order.id);
            push.put("distanceMeters", c.scored().facts().distanceMeters());
            push.put("closesAt", closesAt);
            bus.publish(Audience.worker(TenantContext.require(), c.workerId()), "dispatch.offer", push);
        }
        return id;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> openOf(UUID orderId) {
        return em.createNativeQuery("select id from dispatch_offer where tenant_id = cast(:t as uuid) and order_id = :o"
                + " and state = 'OPEN'", UUID.class).setParameter("t", tenant()).setParameter("o", orderId)
                .getResultStream().findFirst().map(UUID.class::cast);
    }

    /** Cancels the order's open round, if any, and tells its recipients; answers whether there was one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancelOpen(UUID orderId, Instant now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("update dispatch_offer set state = 'CANCELLED', closed_at = :now,"
                + " version = version + 1 where tenant_id = cast(:t as uuid) and order_id = :o and state = 'OPEN'"
                + " returning id", UUID.class)
                .setParameter("now", at(now)).setParameter("t", tenant()).setParameter("o", orderId).getResultList();
        for (UUID id : ids) {
            for (UUID w : recipients(id)) {
                bus.publish(Audience.worker(TenantContext.require(), w), "dispatch.offer-cancelled",
                        Map.of("offerId", id, "orderId", orderId));
            }
        }
        return !ids.isEmpty();
    }

    /** OPEN → AWARDED to the worker; false when the round was no longer open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markAwarded(UUID offerId, UUID workerId, Instant now) {
        return em.createNativeQuery("update dispatch_offer set state = 'AWARDED', winner_id = :w, closed_at = :now,"
                + " version = version + 1 where tenant_id = cast(:t as uuid) and id = :id and state = 'OPEN'")
                .setParameter("w", workerId).setParameter("now", at(now)).setParameter("t", tenant())
                .setParameter("id", offerId).executeUpdate() == 1;
    }

    /** OPEN → EXPIRED (nobody could be given the order) or CANCELLED; false when the round was no longer open. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markClosed(UUID offerId, State state, Instant now) {
        return em.createNativeQuery("update dispatch_offer set state = :s, closed_at = :now, version = version + 1"
                + " where tenant_id = cast(:t as uuid) and id = :id and state = 'OPEN'")
                .setParameter("s", state.name()).setParameter("now", at(now)).setParameter("t", tenant())
                .setParameter("id", offerId).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> recipients(UUID offerId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select worker_id from dispatch_offer_recipient"
                + " where tenant_id = cast(:t as uuid) and offer_id = :id order by worker_id", UUID.class)
                .setParameter("t", tenant()).setParameter("id", offerId).getResultList();
        return ids;
    }

    /** The workers who grabbed the round, with the distance they were offered at. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Long> grabbers(UUID offerId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select g.worker_id, r.distance_meters from dispatch_grab g"
                + " join dispatch_offer_recipient r on r.tenant_id = g.tenant_id and r.offer_id = g.offer_id"
                + " and r.worker_id = g.worker_id where g.tenant_id = cast(:t as uuid) and g.offer_id = :id"
                + " order by g.worker_id", Tuple.class)
                .setParameter("t", tenant()).setParameter("id", offerId).getResultList();
        Map<UUID, Long> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.get(0, UUID.class), ((Number) r.get(1)).longValue()));
        return out;
    }

    /**
     * Records the worker's grab: true when new, false when repeated. 404 when the offer is not the current tenant's
     * or was not made to this worker; 409 {@code offer-closed} once the window is over or the round is decided. The
     * offer row is share-locked, so a grab either lands before the closer takes the round or sees it closed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean grab(UUID workerId, UUID offerId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select o.state, o.closes_at from dispatch_offer o"
                + " join dispatch_offer_recipient r on r.tenant_id = o.tenant_id and r.offer_id = o.id"
                + " where o.tenant_id = cast(:t as uuid) and o.id = :id and r.worker_id = :w for share of o", Tuple.class)
                .setParameter("t", tenant()).setParameter("id", offerId).setParameter("w", workerId).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Offer", offerId);
        }
        String state = rows.get(0).get(0, String.class);
        Instant closesAt = instant(rows.get(0).get(1));
        if (!State.OPEN.name().equals(state) || !now.isBefore(closesAt)) {
            Number mine = (Number) em.createNativeQuery("select count(*) from dispatch_grab where tenant_id = cast(:t as uuid)"
                    + " and offer_id = :id and worker_id = :w")
                    .setParameter("t", tenant()).setParameter("id", offerId).setParameter("w", workerId).getSingleResult();
            if (mine.intValue() > 0) {
                return false; // a repeated grab gets the same answer
            }
            throw ApiException.conflict("offer-closed", offerId);
        }
        return em.createNativeQuery("insert into dispatch_grab (tenant_id, offer_id, worker_id, grabbed_at)"
                + " values (cast(:t as uuid), :id, :w, :now) on conflict do nothing")
                .setParameter("t", tenant()).setParameter("id", offerId).setParameter("w", workerId)
                .setParameter("now", at(now)).executeUpdate() == 1;
    }

    /** The worker's rounds still open at {@code now}, soonest closing first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Map<String, Object>> openFor(UUID workerId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select o.id, o.order_id, o.closes_at, o.summary::text, r.distance_meters,"
                + " exists (select 1 from dispatch_grab g where g.tenant_id = o.tenant_id and g.offer_id = o.id"
                + " and g.worker_id = r.worker_id) from dispatch_offer o join dispatch_offer_recipient r"
                + " on r.tenant_id = o.tenant_id and r.offer_id = o.id where o.tenant_id = cast(:t as uuid)"
                + " and r.worker_id = :w and o.state = 'OPEN' and o.closes_at > :now order by o.closes_at, o.id limit 100",
                Tuple.class).setParameter("t", tenant()).setParameter("w", workerId).setParameter("now", at(now))
                .getResultList();
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("offerId", r.get(0, UUID.class));
            m.put("orderId", r.get(1, UUID.class));
            m.put("closesAt", instant(r.get(2)));
            m.put("order", read((String) r.get(3)));
            m.put("distanceMeters", ((Number) r.get(4)).longValue());
            m.put("grabbed", r.get(5, Boolean.class));
            return m;
        }).toList();
    }

    /** The board: rounds in {@code state} (any when null), newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Offer> board(State state, int limit) {
        @SuppressWarnings("unchecked")
        var q = em.createNativeQuery(SELECT + " where tenant_id = cast(:t as uuid)"
                + (state == null ? "" : " and state = :s") + " order by opened_at desc, id desc limit :n", Tuple.class)
                .setParameter("t", tenant()).setParameter("n", limit);
        if (state != null) {
            q.setParameter("s", state.name());
        }
        List<Tuple> rows = q.getResultList();
        return rows.stream().map(this::offer).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Offer> byId(UUID id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + " where tenant_id = cast(:t as uuid) and id = :id", Tuple.class)
                .setParameter("t", tenant()).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::offer);
    }

    /** The order's rounds, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Offer> ofOrder(UUID orderId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + " where tenant_id = cast(:t as uuid) and order_id = :o"
                + " order by round", Tuple.class).setParameter("t", tenant()).setParameter("o", orderId).getResultList();
        return rows.stream().map(this::offer).toList();
    }

    private static final String SELECT = "select id, order_id, round, fallback, radius_km, opened_at, closes_at, state,"
            + " winner_id, closed_at, recipients, summary::text from dispatch_offer";

    private Offer offer(Tuple r) {
        return new Offer(r.get(0, UUID.class), r.get(1, UUID.class), ((Number) r.get(2)).intValue(),
                r.get(3, Boolean.class), ((Number) r.get(4)).intValue(), instant(r.get(5)), instant(r.get(6)),
                State.valueOf(r.get(7, String.class)), r.get(8, UUID.class), instant(r.get(9)),
                ((Number) r.get(10)).intValue(), read((String) r.get(11)));
    }

    static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time value " + v.getClass());
    }

    private String write(Map<String, Object> summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String s) {
        try {
            return json.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
