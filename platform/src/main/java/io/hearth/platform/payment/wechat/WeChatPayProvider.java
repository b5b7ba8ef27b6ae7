package io.hearth.platform.payment.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hearth.platform.customer.CustomerAccounts;
import io.hearth.platform.payment.NotificationRejected;
import io.hearth.platform.payment.NotifyUrls;
import io.hearth.platform.payment.PaymentConfig;
import io.hearth.platform.payment.PaymentProvider;
import io.hearth.platform.payment.ProviderCode;
import io.hearth.platform.payment.ProviderException;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** WeChat Pay (JSAPI) with the current tenant's merchant account; see the package description. */
@ApplicationScoped
public class WeChatPayProvider implements PaymentProvider {

    /** A prepay_id is valid for two hours; a little is kept back so the app never gets one about to expire. */
    static final Duration PREPAY_VALIDITY = Duration.ofMinutes(110);

    private final WeChatPayAccounts accounts;
    private final CustomerAccounts customers;
    private final NotifyUrls notifyUrls;
    private final PaymentConfig config;
    private final WeChatPayClient client;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public WeChatPayProvider(WeChatPayAccounts accounts, CustomerAccounts customers, NotifyUrls notifyUrls,
            PaymentConfig config, WeChatPayConfig weChat, WeChatPayEndpoint endpoint) {
        this.accounts = accounts;
        this.customers = customers;
        this.notifyUrls = notifyUrls;
        this.config = config;
        this.client = new WeChatPayClient(endpoint::baseUrl, weChat.connectTimeout(), weChat.readTimeout(), clock,
                config.notificationMaxAge());
    }

    @Override
    public ProviderCode code() {
        return ProviderCode.WECHAT;
    }

    @Override
    public void checkUsable(UUID customerId) {
        if (accounts.view().isEmpty()) {
            throw new ApiException(422, "payment-provider-not-configured", ProviderCode.WECHAT);
        }
        if (customers.weChatOpenid(customerId).isEmpty()) {
            throw ApiException.unprocessable("payment-wechat-not-bound");
        }
    }

    @Override
    public Prepaid prepay(PrepayRequest request) throws ProviderException {
        record Payer(WeChatMerchant merchant, String openid) {
        }
        Payer payer = QuarkusTransaction.requiringNew().call(() -> new Payer(merchant(),
                customers.weChatOpenid(request.customerId()).orElseThrow(() -> ApiException.unprocessable("payment-wechat-not-bound"))));
        String description = request.description() == null || request.description().isBlank() ? "Hearth order"
                : request.description();
        String prepayId = client.jsapiPrepay(payer.merchant(), new WeChatPayClient.JsapiOrder(
                description.length() > 127 ? description.substring(0, 127) : description, request.outTradeNo(),
                notifyUrl(false), request.amountFen(), payer.openid()));
        return new Prepaid(prepayId, clock.instant().plus(PREPAY_VALIDITY));
    }

    @Override
    public Map<String, String> clientParameters(UUID paymentId, String prepayId) {
        return client.payParameters(QuarkusTransaction.joiningExisting().call(this::merchant), prepayId);
    }

    @Override
    public void close(String outTradeNo) throws ProviderException {
        client.close(QuarkusTransaction.requiringNew().call(this::merchant), outTradeNo);
    }

    @Override
    public PaymentNotice verifyPaymentNotification(ProviderMessage message) throws NotificationRejected {
        WeChatPayNotification.Opened n = open(message, "transaction");
        JsonNode t = n.resource();
        if (!n.merchant().appId().equals(t.path("appid").asText())) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, "transaction of another app");
        }
        String state = t.path("trade_state").asText();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", n.envelope().path("id").asText());
        summary.put("event_type", n.envelope().path("event_type").asText());
        summary.put("out_trade_no", t.path("out_trade_no").asText());
        summary.put("transaction_id", t.path("transaction_id").asText());
        summary.put("trade_state", state);
        summary.put("amount_total", t.path("amount").path("total").asLong());
        summary.put("payer_total", t.path("amount").path("payer_total").asLong());
        summary.put("currency", t.path("amount").path("currency").asText());
        summary.put("success_time", t.path("success_time").asText());
        return new PaymentNotice(n.merchant().tenantId(), required(t, "out_trade_no"), required(t, "transaction_id"),
                amount(t.path("amount").path("total")), "SUCCESS".equals(state), instant(t.path("success_time").asText(null)),
                summary);
    }

    @Override
    public RefundAnswer requestRefund(RefundCall call) throws ProviderException {
        WeChatMerchant m = QuarkusTransaction.requiringNew().call(this::merchant);
        JsonNode answer = client.refund(m, new WeChatPayClient.RefundOrder(call.outRefundNo(), call.transactionId(),
                call.outTradeNo(), call.reason(), notifyUrl(true), call.refundFen(),
                call.paymentFen()));
        String status = answer.path("status").asText();
        String refundId = answer.path("refund_id").asText(null);
        return switch (status) {
            case "SUCCESS" -> new RefundAnswer(RefundAnswer.Result.SUCCEEDED, refundId, null);
            case "PROCESSING" -> new RefundAnswer(RefundAnswer.Result.ACCEPTED, refundId, null);
            default -> new RefundAnswer(RefundAnswer.Result.FAILED, refundId, "WeChat Pay refund status " + status);
        };
    }

    @Override
    public RefundNotice verifyRefundNotification(ProviderMessage message) throws NotificationRejected {
        WeChatPayNotification.Opened n = open(message, "refund");
        JsonNode r = n.resource();
        String status = r.path("refund_status").asText();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", n.envelope().path("id").asText());
        summary.put("event_type", n.envelope().path("event_type").asText());
        summary.put("out_refund_no", r.path("out_refund_no").asText());
        summary.put("refund_id", r.path("refund_id").asText());
        summary.put("out_trade_no", r.path("out_trade_no").asText());
        summary.put("refund_status", status);
        summary.put("amount_refund", r.path("amount").path("refund").asLong());
        summary.put("success_time", r.path("success_time").asText());
        return new RefundNotice(n.merchant().tenantId(), required(r, "out_refund_no"), r.path("refund_id").asText(null),
                amount(r.path("amount").path("refund")), "SUCCESS".equals(status), status, summary);
    }

    private WeChatPayNotification.Opened open(ProviderMessage message, String originalType) throws NotificationRejected {
        return WeChatPayNotification.open(message, accounts.byPlatformSerial(message.header("Wechatpay-Serial")), clock,
                config.notificationMaxAge(), originalType);
    }

    /** A missing public address is a setup mistake worth retrying once fixed, not a refusal by WeChat Pay. */
    private String notifyUrl(boolean refund) throws ProviderException {
        try {
            return (refund ? notifyUrls.refund(ProviderCode.WECHAT) : notifyUrls.payment(ProviderCode.WECHAT)).toString();
        } catch (IllegalStateException e) {
            throw new ProviderException(e.getMessage(), true, null, e);
        }
    }

    private WeChatMerchant merchant() {
        return accounts.current().orElseThrow(() -> new ApiException(422, "payment-provider-not-configured",
                ProviderCode.WECHAT));
    }

    private static String required(JsonNode json, String field) throws NotificationRejected {
        String value = json.path(field).asText(null);
        if (value == null || value.isBlank()) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, field + " missing");
        }
        return value;
    }

    private static long amount(JsonNode amount) throws NotificationRejected {
        if (!amount.isIntegralNumber()) {
            throw new NotificationRejected(NotificationRejected.Reason.MALFORMED, "amount missing");
        }
        return amount.asLong();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
