package io.hearth.platform.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.hearth.platform.identity.sms.SmsDeliveryException;
import io.hearth.platform.identity.sms.SmsMessage;
import io.hearth.platform.identity.sms.SmsSender;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.tenancy.TenantContext;
import io.hearth.platform.tenant.TenantService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.IOException;
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
 * Sends due SMS and WeChat deliveries. A run claims a batch in one statement ({@code for update skip locked}, then
 * {@code not_before} moved a lease ahead and the attempt counted), so replicas never take the same row and no
 * database transaction is held open while a provider answers; a crashed sender's rows come back after the lease.
 * Each outcome is recorded: SENT; SKIPPED (no phone / openid, WeChat not configured for the tenant, the user did not
 * subscribe: 43101); FAILED (the provider refuses the message, or {@code max-attempts} tries); otherwise PENDING
 * again after backoff × 2^(tries − 1). Addresses (phone, openid) are read when sending, never stored with the delivery.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    NotificationsConfig config;

    @Inject
    SmsSender sms;

    @Inject
    WeChatSubscribeClient weChat;

    @Inject
    TenantService tenants;

    @Inject
    FieldCipher cipher;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    record Claimed(UUID tenant, UUID id, Channel channel, RecipientKind kind, UUID recipient, Rendered content,
            int attempts) {
    }

    private record Outcome(String state, String error, String providerId) {
    }

    @Scheduled(every = "${hearth.notifications.sender.every:5s}", delayed = "10s", skipExecutionIf = Disabled.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDue(clock.instant());
    }

    /** Sends what is due at {@code now} (one batch); answers how many deliveries were tried. */
    public int sendDue(Instant now) {
        return sendDue(now, null);
    }

    /** As {@link #sendDue(Instant)}, limited to one tenant (tests, so other tests' rows are left alone). */
    @ActivateRequestContext
    public int sendDue(Instant now, UUID onlyTenant) {
        List<Claimed> batch = claim(now, onlyTenant);
        for (Claimed d : batch) {
            Outcome outcome;
            try {
                outcome = TenantContext.call(d.tenant(), () -> deliver(d));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Delivery %s (tenant %s) failed unexpectedly", d.id(), d.tenant());
                outcome = retry(d, e.toString());
            }
            record(d, outcome, now);
        }
        return batch.size();
    }

    private Outcome deliver(Claimed d) {
        return switch (d.channel()) {
            case SMS -> sms(d);
            case WECHAT -> weChat(d);
            case IN_APP -> new Outcome("SKIPPED", "in-app notices are not delivered", null);
        };
    }

    private Outcome sms(Claimed d) {
        String table = d.kind() == RecipientKind.CUSTOMER ? "customer" : "worker";
        String phone = lookup("select phone_enc from " + table + " where tenant_id = ? and id = ?", d);
        if (phone == null) {
            return new Outcome("SKIPPED", "recipient has no phone", null);
        }
        try {
            var receipt = sms.send(new SmsMessage(cipher.decrypt(phone), config.sms().signName(),
                    d.content().templateCode(), d.content().params()));
            return new Outcome("SENT", null, receipt.messageId());
        } catch (SmsDeliveryException e) {
            String error = "SMS refused" + (e.providerCode() == null ? "" : " (" + e.providerCode() + ")") + ": "
                    + e.getMessage();
            return e.retryable() ? retry(d, error) : new Outcome("FAILED", error, null);
        } catch (IllegalArgumentException e) {
            return new Outcome("FAILED", "not sendable: " + e.getMessage(), null);
        }
    }

    private Outcome weChat(Claimed d) {
        String openid = lookup("select wechat_openid from customer where tenant_id = ? and id = ?", d);
        if (openid == null) {
            return new Outcome("SKIPPED", "customer has no WeChat openid", null);
        }
        var credentials = tenants.weChatCredentials(d.tenant()).orElse(null);
        if (credentials == null) {
            return new Outcome("SKIPPED", "the tenant's mini program app id or secret is not set", null);
        }
        Rendered r = d.content();
        var result = weChat.send(credentials.appId(), credentials.appSecret(), new WeChatSubscribeClient.Message(openid,
                r.templateId(), r.page(), config.wechat().miniprogramState(), r.lang(), r.params()));
        return switch (result.outcome()) {
            case SENT -> new Outcome("SENT", null, result.detail());
            case NOT_SUBSCRIBED -> new Outcome("SKIPPED", result.detail(), null);
            case REJECTED -> new Outcome("FAILED", result.detail(), null);
            case RETRY -> retry(d, result.detail());
        };
    }

    private Outcome retry(Claimed d, String error) {
        return d.attempts() >= config.sender().maxAttempts() ? new Outcome("FAILED", error, null)
                : new Outcome("PENDING", error, null);
    }

    private List<Claimed> claim(Instant now, UUID onlyTenant) {
        String sql = "update notification_delivery d set not_before = ?, attempts = d.attempts + 1, updated_at = ?"
                + " from (select tenant_id, id from notification_delivery where state = 'PENDING' and not_before <= ?"
                + (onlyTenant == null ? "" : " and tenant_id = ?")
                + " order by not_before limit ? for update skip locked) due"
                + " where d.tenant_id = due.tenant_id and d.id = due.id"
                + " returning d.tenant_id, d.id, d.channel, d.recipient_kind, d.recipient_id, d.content::text, d.attempts";
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, now.plus(config.sender().lease()).atOffset(ZoneOffset.UTC));
            ps.setObject(i++, now.atOffset(ZoneOffset.UTC));
            ps.setObject(i++, now.atOffset(ZoneOffset.UTC));
            if (onlyTenant != null) {
                ps.setObject(i++, onlyTenant);
            }
            ps.setInt(i, config.sender().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            Channel.valueOf(rs.getString(3)), RecipientKind.valueOf(rs.getString(4)),
                            rs.getObject(5, UUID.class), json.readValue(rs.getString(6), Rendered.class), rs.getInt(7)));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Claiming due notification deliveries failed", e);
        }
        return claimed;
    }

    private void record(Claimed d, Outcome o, Instant now) {
        long backoffMs = config.sender().backoff().toMillis() << Math.min(20, Math.max(0, d.attempts() - 1));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update notification_delivery set state = ?, last_error = ?, provider_id = coalesce(?, provider_id),"
                        + " not_before = case when ? = 'PENDING' then ? else not_before end, updated_at = ?"
                        + " where tenant_id = ? and id = ?")) {
            ps.setString(1, o.state());
            ps.setString(2, o.error() == null ? null : o.error().substring(0, Math.min(500, o.error().length())));
            ps.setString(3, o.providerId());
            ps.setString(4, o.state());
            ps.setObject(5, now.plusMillis(backoffMs).atOffset(ZoneOffset.UTC));
            ps.setObject(6, now.atOffset(ZoneOffset.UTC));
            ps.setObject(7, d.tenant());
            ps.setObject(8, d.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            // the row comes back after its lease and is tried again
            LOG.errorf(e, "Recording the outcome of delivery %s failed", d.id());
        }
    }

    private String lookup(String sql, Claimed d) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, d.tenant());
            ps.setObject(2, d.recipient());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Skips the scheduled run when {@code hearth.notifications.sender.enabled} is false (tests call sendDue). */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        NotificationsConfig config;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.sender().enabled();
        }
    }
}
