package io.hearth.platform.payment.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.payment.ProviderException;
import io.hearth.platform.shared.http.NoAnswerException;
import io.hearth.platform.shared.http.ThirdPartyAnswer;
import io.hearth.platform.shared.http.ThirdPartyHttp;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Calls WeChat Pay API v3 for one merchant: every request signed with the merchant's API key ({@code Authorization:
 * WECHATPAY2-SHA256-RSA2048 ...}), every successful answer's signature verified against the platform key before its
 * body is believed. WeChat Pay answers errors as HTTP 4xx/5xx with {@code {"code":"...","message":"..."}}.
 */
public class WeChatPayClient {

    private static final Logger LOG = Logger.getLogger(WeChatPayClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Error codes worth retrying later (the rest mean the request itself is refused). */
    static final Set<String> RETRYABLE = Set.of("SYSTEM_ERROR", "FREQUENCY_LIMITED", "NOT_ENOUGH", "SYSTEMERROR",
            "BANKERROR", "RESOURCE_ALREADY_EXISTS_BUT_NOT_READY");

    private final Supplier<URI> baseUrl;
    private final ThirdPartyHttp http;
    private final Clock clock;
    private final Duration maxAge;
    private final Supplier<String> nonces;

    public WeChatPayClient(Supplier<URI> baseUrl, Duration connectTimeout, Duration readTimeout, Clock clock,
            Duration maxAge) {
        this(baseUrl, new ThirdPartyHttp(connectTimeout, readTimeout), clock, maxAge, WeChatPayClient::nonce);
    }

    WeChatPayClient(Supplier<URI> baseUrl, ThirdPartyHttp http, Clock clock, Duration maxAge, Supplier<String> nonces) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.clock = clock;
        this.maxAge = maxAge;
        this.nonces = nonces;
    }

    public record JsapiOrder(String description, String outTradeNo, String notifyUrl, long totalFen, String openid) {
    }

    public record RefundOrder(String outRefundNo, String transactionId, String outTradeNo, String reason, String notifyUrl,
            long refundFen, long totalFen) {
    }

    /** {@code POST /v3/pay/transactions/jsapi}: the prepay_id the mini program pays with. */
    public String jsapiPrepay(WeChatMerchant m, JsapiOrder order) throws ProviderException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appid", m.appId());
        body.put("mchid", m.mchId());
        body.put("description", order.description());
        body.put("out_trade_no", order.outTradeNo());
        body.put("notify_url", order.notifyUrl());
        body.put("amount", Map.of("total", order.totalFen(), "currency", "CNY"));
        body.put("payer", Map.of("openid", order.openid()));
        JsonNode answer = post(m, "/v3/pay/transactions/jsapi", body);
        String prepayId = answer.path("prepay_id").asText(null);
        if (prepayId == null || prepayId.isBlank()) {
            throw new ProviderException("WeChat Pay prepay answer has no prepay_id", false, null);
        }
        return prepayId;
    }

    /** {@code POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close}: no longer payable (answers 204). */
    public void close(WeChatMerchant m, String outTradeNo) throws ProviderException {
        post(m, "/v3/pay/transactions/out-trade-no/" + outTradeNo + "/close", Map.of("mchid", m.mchId()));
    }

    /** {@code POST /v3/refund/domestic/refunds}: the refund as WeChat Pay holds it (status, refund_id, amount). */
    public JsonNode refund(WeChatMerchant m, RefundOrder refund) throws ProviderException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (refund.transactionId() != null) {
            body.put("transaction_id", refund.transactionId());
        } else {
            body.put("out_trade_no", refund.outTradeNo());
        }
        body.put("out_refund_no", refund.outRefundNo());
        if (refund.reason() != null && !refund.reason().isBlank()) {
            body.put("reason", refund.reason().length() > 80 ? refund.reason().substring(0, 80) : refund.reason());
        }
        body.put("notify_url", refund.notifyUrl());
        body.put("amount", Map.of("refund", refund.refundFen(), "total", refund.totalFen(), "currency", "CNY"));
        return post(m, "/v3/refund/domestic/refunds", body);
    }

    /** The {@code wx.requestPayment} parameters, paySign signed with the merchant's key. */
    public Map<String, String> payParameters(WeChatMerchant m, String prepayId) {
        String timeStamp = Long.toString(clock.instant().getEpochSecond());
        String nonceStr = nonces.get();
        String pkg = "prepay_id=" + prepayId;
        Map<String, String> params = new LinkedHashMap<>();
        params.put("appId", m.appId());
        params.put("timeStamp", timeStamp);
        params.put("nonceStr", nonceStr);
        params.put("package", pkg);
        params.put("signType", "RSA");
        params.put("paySign", WeChatPaySignature.sign(m.privateKey(),
                WeChatPaySignature.payMessage(m.appId(), timeStamp, nonceStr, pkg)));
        return params;
    }

    private JsonNode post(WeChatMerchant m, String path, Map<String, Object> payload) throws ProviderException {
        String body = json(payload);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = nonces.get();
        String signature = WeChatPaySignature.sign(m.privateKey(),
                WeChatPaySignature.requestMessage("POST", path, timestamp, nonce, body));
        Map<String, String> headers = Map.of(
                "Authorization", WeChatPaySignature.authorization(m.mchId(), nonce, signature, timestamp, m.merchantSerialNo()),
                "Content-Type", "application/json",
                "Accept", "application/json",
                "User-Agent", "hearth-platform");
        ThirdPartyAnswer answer;
        try {
            answer = http.post(URI.create(base() + path), headers, body);
        } catch (NoAnswerException e) {
            throw new ProviderException("WeChat Pay gave no answer: " + e.getMessage(), true, null, e);
        }
        if (!answer.successful()) {
            JsonNode error = answer.jsonObject().orElse(null);
            String code = error == null ? null : error.path("code").asText(null);
            String message = error == null ? "" : error.path("message").asText("");
            throw new ProviderException("WeChat Pay refused " + path + ": " + code + " " + message + " ("
                    + answer.describe() + ")", answer.serverError() || (code != null && RETRYABLE.contains(code)), code);
        }
        boolean empty = answer.body() == null || answer.body().isEmpty();
        if (empty && answer.header("Wechatpay-Signature") == null) {
            return JSON.createObjectNode(); // 204 of close: nothing to believe
        }
        verifyAnswer(m, path, answer);
        if (empty) {
            return JSON.createObjectNode();
        }
        return answer.jsonObject().orElseThrow(() -> new ProviderException("WeChat Pay answered " + path
                + " with something that is not JSON (" + answer.describe() + ")", false, null));
    }

    /** An answer is believed only when WeChat Pay's platform key signed it, recently. */
    private void verifyAnswer(WeChatMerchant m, String path, ThirdPartyAnswer answer) throws ProviderException {
        String serial = answer.header("Wechatpay-Serial");
        String timestamp = answer.header("Wechatpay-Timestamp");
        String nonce = answer.header("Wechatpay-Nonce");
        String signature = answer.header("Wechatpay-Signature");
        if (!m.platformSerialNo().equals(serial)) {
            throw untrusted(path, "signed with platform key " + serial + ", configured is " + m.platformSerialNo());
        }
        if (timestamp == null || nonce == null
                || !WeChatPaySignature.verify(m.platformKey(), WeChatPaySignature.answerMessage(timestamp, nonce,
                        answer.body()), signature)) {
            throw untrusted(path, "the signature does not verify");
        }
        if (!fresh(timestamp)) {
            throw untrusted(path, "signed at " + timestamp + ", too far from now");
        }
    }

    private boolean fresh(String timestamp) {
        try {
            return Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) <= maxAge.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ProviderException untrusted(String path, String why) {
        LOG.errorf("WeChat Pay answer to %s not trusted: %s", path, why);
        return new ProviderException("WeChat Pay answer to " + path + " not trusted: " + why, true, null);
    }

    private String base() {
        String text = baseUrl.get().toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String json(Map<String, Object> payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 32 upper-case hex characters, as in WeChat Pay's examples. */
    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
