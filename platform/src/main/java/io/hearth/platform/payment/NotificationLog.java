package io.hearth.platform.payment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** Writes {@link PaymentNotification}s: verified ones inside the transaction that acts on them, the rest on their own. */
@ApplicationScoped
public class NotificationLog {

    @Inject
    EntityManager em;

    public PaymentNotification entry(ProviderCode provider, PaymentNotification.Kind kind, boolean verified, String outcome) {
        PaymentNotification n = new PaymentNotification();
        n.id = UUID.randomUUID();
        n.receivedAt = Instant.now();
        n.provider = provider;
        n.kind = kind;
        n.verified = verified;
        n.outcome = outcome;
        return n;
    }

    /** Joins the caller's transaction. */
    public void record(PaymentNotification n) {
        em.persist(n);
    }

    /** In a transaction of its own: for notifications refused before any tenant work started. */
    public void recordAlone(PaymentNotification n) {
        QuarkusTransaction.requiringNew().run(() -> em.persist(n));
    }
}
