package io.hearth.platform.chat;

import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** How far each participant has read ({@code conversation_read}); a mark only ever moves forward. */
@ApplicationScoped
public class ReadMarks {

    @Inject
    EntityManager em;

    public long of(UUID conversationId, Participant reader) {
        List<?> rows = em.createNativeQuery("select last_read_seq from conversation_read where tenant_id = cast(:t as uuid)"
                + " and conversation_id = :c and participant_kind = :k and participant_id = :p")
                .setParameter("t", TenantContext.require().toString()).setParameter("c", conversationId)
                .setParameter("k", reader.kind().name()).setParameter("p", reader.readerId())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Moves the mark to {@code seq} unless it is already further; answers the mark as stored. */
    public long advance(UUID conversationId, Participant reader, long seq, Instant now) {
        Number stored = (Number) em.createNativeQuery("insert into conversation_read as r (tenant_id, conversation_id,"
                + " participant_kind, participant_id, last_read_seq, updated_at)"
                + " values (cast(:t as uuid), :c, :k, :p, :s, :now)"
                + " on conflict (tenant_id, conversation_id, participant_kind, participant_id)"
                + " do update set last_read_seq = greatest(r.last_read_seq, excluded.last_read_seq), updated_at = excluded.updated_at"
                + " returning last_read_seq")
                .setParameter("t", TenantContext.require().toString()).setParameter("c", conversationId)
                .setParameter("k", reader.kind().name()).setParameter("p", reader.readerId()).setParameter("s", seq)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        return stored.longValue();
    }
}
