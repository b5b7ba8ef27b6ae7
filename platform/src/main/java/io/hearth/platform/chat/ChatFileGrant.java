package io.hearth.platform.chat;

import io.hearth.platform.file.FileReadGrant;
import io.hearth.platform.file.Purpose;
import io.hearth.platform.shared.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A chat image is readable by the participants of a conversation that carries it: its customer, and for an order
 * conversation the worker assigned now (staff read every file of their tenant anyway).
 */
@ApplicationScoped
public class ChatFileGrant implements FileReadGrant {

    @Inject
    EntityManager em;

    @Override
    @Transactional
    public boolean grants(String callerKind, UUID callerId, UUID fileId, Purpose purpose) {
        if (purpose != Purpose.CHAT_IMAGE) {
            return false;
        }
        String who = switch (callerKind) {
            case "customer" -> "c.customer_id = :me";
            case "worker" -> "c.kind = 'ORDER' and c.worker_id = :me";
            default -> null;
        };
        if (who == null) {
            return false;
        }
        return !em.createNativeQuery("select 1 from chat_message m join conversation c on c.tenant_id = m.tenant_id"
                + " and c.id = m.conversation_id where m.tenant_id = cast(:t as uuid) and m.file_id = :f and " + who
                + " limit 1")
                .setParameter("t", TenantContext.require().toString()).setParameter("f", fileId)
                .setParameter("me", callerId).getResultList().isEmpty();
    }
}
