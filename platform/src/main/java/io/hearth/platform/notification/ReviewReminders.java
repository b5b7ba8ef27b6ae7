package io.hearth.platform.notification;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Review reminders: a completed order gets a reminder row due {@code hearth.notifications.review-reminder.delay}
 * after completion; the job sends the reminder to the customer unless the order was confirmed meanwhile (there is
 * no review feature yet: confirming the order is the customer's "done"). Each reminder in its own transaction,
 * taken with {@code for update skip locked} under the row's tenant, so replicas never send one twice.
 */
@ApplicationScoped
public class ReviewReminders {

    private static final Logger LOG = Logger.getLogger(ReviewReminders.class);

    @Inject
    NotificationsConfig config;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrderFactsReader orders;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(UUID orderId, Instant completedAt) {
        em.createNativeQuery("insert into notification_reminder (tenant_id, order_id, due_at) values (cast(:t as uuid),"
                + " :order, :due) on conflict do nothing").setParameter("t", TenantContext.require().toString())
                .setParameter("order", orderId)
                .setParameter("due", completedAt.plus(config.reviewReminder().delay()).atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    @Scheduled(every = "${hearth.notifications.review-reminder.every:5m}", delayed = "30s",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDue(clock.instant());
    }

    /** Sends every reminder due at {@code now}; answers how many were sent (confirmed orders are closed silently). */
    @ActivateRequestContext
    public int sendDue(Instant now) {
        int sent = 0;
        for (Object[] due : due(now)) {
            UUID tenant = (UUID) due[0];
            UUID order = (UUID) due[1];
            try {
                Boolean done = TenantContext.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> remind(order, now)));
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Review reminder of order %s (tenant %s) failed; retried next run", order, tenant);
            }
        }
        return sent;
    }

    private boolean remind(UUID orderId, Instant now) {
        String tenant = TenantContext.require().toString();
        if (em.createNativeQuery("select order_id from notification_reminder where tenant_id = cast(:t as uuid)"
                + " and order_id = :o and done_at is null and due_at <= :now for update skip locked")
                .setParameter("t", tenant).setParameter("o", orderId).setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList().isEmpty()) {
            return false; // another replica has it, or it is done
        }
        boolean sent = false;
        var read = orders.read(orderId);
        if (read.isPresent() && "COMPLETED".equals(read.get().status()) && read.get().confirmedAt() == null) {
            OrderFacts facts = read.get().facts();
            notifier.notify(RecipientKind.CUSTOMER, facts.customerId(), NotificationEvent.REVIEW_REMINDER,
                    NotificationEvent.REVIEW_REMINDER.key() + ":" + orderId, facts);
            sent = true;
        }
        em.createNativeQuery("update notification_reminder set done_at = :now where tenant_id = cast(:t as uuid)"
                + " and order_id = :o").setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("t", tenant)
                .setParameter("o", orderId).executeUpdate();
        return sent;
    }

    private List<Object[]> due(Instant now) {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select tenant_id, order_id from notification_reminder where done_at is null and due_at <= ?"
                        + " order by due_at limit 500")) {
            ps.setObject(1, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) });
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing due review reminders failed", e);
        }
        return rows;
    }

    /** Skips the scheduled run when {@code hearth.notifications.review-reminder.enabled} is false. */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        NotificationsConfig config;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.reviewReminder().enabled();
        }
    }
}
