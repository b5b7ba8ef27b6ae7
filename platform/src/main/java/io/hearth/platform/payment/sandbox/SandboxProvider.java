package io.hearth.platform.payment.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.payment.NotificationRejected;
import io.hearth.platform.payment.PaymentConfig;
import io.hearth.platform.payment.PaymentProvider;
import io.hearth.platform.payment.ProviderCode;
import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** See the package description. */
@ApplicationScoped
public class SandboxProvider implements PaymentProvider {

    static final String PAYMENT_EVENT = "TRANSACTION.SUCCESS";
    static final String REFUND_EVENT = "REFUND.SUCCESS";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentConfig config;
    private final byte[] secret;
    private final SandboxNotifier notifier;
    Clock clock = Clock.systemUTC();

    @Inject
    public SandboxProvider(PaymentConfig config, SandboxNotifier notifier) {
        this.config = config;
        this.notifier = notifier;
        this.secret = config.sandbox().secret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            return random;
        });
    }

    @Override
    public ProviderCode code() {
        return ProviderCode.SANDBOX;
    }

    public boolean enabled() {
        return config.sandbox().enabled();
    }

    @Override
    public void checkUsable(UUID customerId) {
        if (!enabled()) {
            throw new ApiException(422, "payment-provider-disabled", ProviderCode.SANDBOX);
        }
    }

    @Override
    public Prepaid prepay(PrepayRequest request) {
        return new Prepaid("sbx_" + random(), clock.instant().plus(Duration.ofHours(2)));
    }

    @Override
    public Map<String, String> clientParameters(UUID paymentId, String prepayId) {
        return Map.of("sandboxToken", prepayId, "payPath", "/api/app/payments/" + paymentId + "/sandbox/pay");
    }

    /** Nothing is held at the sandbox: the pay endpoint only pays open payments. */
    @Override
    public void close(String outTradeNo) {
    }

    /** The customer paid: the sandbox's notification follows, asynchronously. */
    public void paid(String outTradeNo, long amountFen) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", UUID.randomUUID().toString());
        body.put("event_type", PAYMENT_EVENT);
        body.put("out_trade_no", outTradeNo);
        body.put("transaction_id", transactionId(outTradeNo));
        body.put("amount_fen", amountFen);
        body.put("paid_at", clock.instant().toString());
        notifier.send("/api/payments/notify/sandbox", signed(body));
    }

    @Override
    public PaymentNotice verifyPaymentNotification(ProviderMessage message) throws NotificationRejected {
        JsonNode json = verified(message);
        if (!PAYMENT_EVENT.equals(json.path("event_type").asText())) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, "not a payment event");
        }
        Map<String, Object> summary = summary(json, "id", "event_type", "out_trade_no", "transaction_id", "amount_fen",
                "paid_at");
        return new PaymentNotice(null, text(json, "out_trade_no"), text(json, "transaction_id"), amount(json), true,
                instant(json.path("paid_at").asText(null)), summary);
    }

    /** Accepted at once; the sandbox confirms the refund by notification, as real providers do. */
    @Override
    public RefundAnswer requestRefund(RefundCall call) {
        String refundId = "sbxr_" + random();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", UUID.randomUUID().toString());
        body.put("event_type", REFUND_EVENT);
        body.put("out_refund_no", call.outRefundNo());
        body.put("refund_id", refundId);
        body.put("out_trade_no", call.outTradeNo());
        body.put("amount_fen", call.refundFen());
        body.put("status", "SUCCESS");
        notifier.send("/api/payments/notify/sandbox/refund", signed(body));
        return new RefundAnswer(RefundAnswer.Result.ACCEPTED, refundId, null);
    }

    @Override
    public RefundNotice verifyRefundNotification(ProviderMessage message) throws NotificationRejected {
        JsonNode json = verified(message);
        if (!REFUND_EVENT.equals(json.path("event_type").asText())) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, "not a refund event");
        }
        Map<String, Object> summary = summary(json, "id", "event_type", "out_refund_no", "refund_id", "out_trade_no",
                "amount_fen", "status");
        return new RefundNotice(null, text(json, "out_refund_no"), text(json, "refund_id"), amount(json),
                "SUCCESS".equals(json.path("status").asText()), json.path("status").asText(), summary);
    }

    /** The same payment always gets the same transaction id: paying twice is a duplicate, not a second payment. */
    static String transactionId(String outTradeNo) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(outTradeNo.getBytes(StandardCharsets.UTF_8));
            return "sbx" + HexFormat.of().formatHex(digest).substring(0, 29);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SandboxNotifier.Signed signed(Map<String, Object> body) {
        try {
            String json = JSON.writeValueAsString(body);
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            String nonce = random();
            return new SandboxNotifier.Signed(json, Map.of(SandboxSignature.TIMESTAMP, timestamp, SandboxSignature.NONCE,
                    nonce, SandboxSignature.SIGNATURE, SandboxSignature.sign(secret, timestamp, nonce, json)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode verified(ProviderMessage message) throws NotificationRejected {
        if (!enabled()) {
            throw new NotificationRejected(NotificationRejected.Reason.SIGNATURE, "the sandbox is disabled");
        }
        String timestamp = message.header(SandboxSignature.TIMESTAMP);
        String nonce = message.header(SandboxSignature.NONCE);
        if (!SandboxSignature.verify(secret, timestamp, nonce, message.body(), message.header(SandboxSignature.SIGNATURE))) {
            throw new NotificationRejected(NotificationRejected.Reason.SIGNATURE, "sandbox signature does not verify");
        }
        long signedAt;
        try {
            signedAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, "timestamp is not a number");
        }
        if (Math.abs(clock.instant().getEpochSecond() - signedAt) > config.notificationMaxAge().toSeconds()) {
            throw new NotificationRejected(NotificationRejected.Reason.STALE, "signed at " + signedAt);
        }
        try {
            JsonNode json = JSON.readTree(message.body());
            if (json == null || !json.isObject()) {
                throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, "body is not a JSON object");
            }
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, "body is not JSON");
        }
    }

    private static String text(JsonNode json, String field) throws NotificationRejected {
        String value = json.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, field + " missing");
        }
        return value;
    }

    private static long amount(JsonNode json) throws NotificationRejected {
        JsonNode amount = json.path("amount_fen");
        if (!amount.canConvertToLong() || !amount.isIntegralNumber()) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, "amount_fen missing");
        }
        return amount.asLong();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Object> summary(JsonNode json, String... fields) {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (String f : fields) {
            JsonNode v = json.get(f);
            if (v != null && !v.isNull()) {
                summary.put(f, v.isNumber() ? v.numberValue() : v.asText());
            }
        }
        return summary;
    }

    private static String random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
