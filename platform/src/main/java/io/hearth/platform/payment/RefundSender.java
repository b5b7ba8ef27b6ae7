package io.hearth.platform.payment;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.payment.PaymentProvider.RefundAnswer;
import io.hearth.platform.payment.PaymentProvider.RefundCall;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends PENDING refunds to their provider, after the transaction that wrote them. Each round claims due refunds of
 * all tenants with {@code for update skip locked} and leases them ({@code next_attempt_at} moved past the call), so
 * two replicas never send the same refund at the same time; a replica that dies mid-call leaves the refund to be
 * retried after the lease. Retrying is safe: providers treat a repeated {@code out_refund_no} as the same refund.
 */
@ApplicationScoped
public class RefundSender {

    private static final Logger LOG = Logger.getLogger(RefundSender.class);

    private record Claimed(UUID tenantId, UUID refundId) {
    }

    private record Job(ProviderCode provider, RefundCall call) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PaymentConfig config;

    @Inject
    PaymentProviders providers;

    @Inject
    RefundRepository refunds;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRequestRepository requests;

    @Inject
    RefundLedger ledger;

    @Scheduled(identity = "payment-refund-sender", every = "${hearth.payment.refunds.poll-interval:5s}",
            delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        for (Claimed c : claim()) {
            try {
                TenantContext.run(c.tenantId(), () -> send(c.refundId()));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Sending refund %s failed; it is retried after its lease", c.refundId());
            }
        }
    }

    private List<Claimed> claim() {
        Instant now = Instant.now();
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update refund set next_attempt_at = ?, attempts = attempts + 1,"
                        + " version = version + 1 where (tenant_id, id) in (select tenant_id, id from refund"
                        + " where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at limit ?"
                        + " for update skip locked) returning tenant_id, id")) {
            ps.setTimestamp(1, Timestamp.from(now.plus(config.refunds().claimLease())));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setInt(3, config.refunds().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                }
            }
        } catch (SQLException e) {
            LOG.errorf(e, "Claiming refunds to send failed");
        }
        return claimed;
    }

    private void send(UUID refundId) {
        Job job = QuarkusTransaction.requiringNew().call(() -> job(refundId));
        if (job == null) {
            return;
        }
        RefundAnswer answer;
        try {
            answer = providers.get(job.provider()).requestRefund(job.call());
        } catch (ProviderException e) {
            QuarkusTransaction.requiringNew().run(() -> failedAttempt(refundId, e));
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> answered(refundId, answer));
    }

    private Job job(UUID refundId) {
        Refund r = refunds.find("id", refundId).firstResult();
        if (r == null || r.status != RefundStatus.PENDING) {
            return null;
        }
        Payment p = payments.byId(r.paymentId).orElseThrow();
        String reason = requests.byId(r.requestId).map(q -> q.reason).orElse(null);
        return new Job(p.provider, new RefundCall(r.id, r.outRefundNo, p.outTradeNo, p.providerTransactionId, r.amountFen,
                p.amountFen, reason));
    }

    /** The provider answered; a notification may have been faster, and a final state stays as it is. */
    private void answered(UUID refundId, RefundAnswer answer) {
        Refund r = refunds.lockById(refundId).orElseThrow();
        if (r.providerRefundId == null) {
            r.providerRefundId = answer.providerRefundId();
        }
        if (r.status != RefundStatus.PENDING) {
            return;
        }
        switch (answer.result()) {
            case ACCEPTED -> {
                r.status = RefundStatus.PROCESSING;
                r.updatedAt = Instant.now();
            }
            case SUCCEEDED -> ledger.succeed(r, answer.providerRefundId());
            case FAILED -> ledger.fail(r, answer.detail());
        }
    }

    private void failedAttempt(UUID refundId, ProviderException e) {
        Refund r = refunds.lockById(refundId).orElseThrow();
        if (r.status != RefundStatus.PENDING) {
            return;
        }
        if (!e.retryable() || r.attempts >= config.refunds().maxAttempts()) {
            ledger.fail(r, e.getMessage());
            return;
        }
        r.lastError = RefundLedger.truncate(e.getMessage());
        r.nextAttemptAt = Instant.now().plus(backoff(r.attempts));
        r.updatedAt = Instant.now();
        LOG.warnf("Refund %s attempt %d failed (%s); next attempt at %s", r.id, r.attempts, e.getMessage(), r.nextAttemptAt);
    }

    /** 10 s, 20 s, 40 s, ... at most an hour. */
    static Duration backoff(int attempts) {
        long seconds = 10L << Math.min(Math.max(attempts - 1, 0), 12);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}
