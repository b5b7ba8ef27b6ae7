package io.hearth.platform.payment.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.testing.FakeHttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for WeChat Pay API v3 (we cannot reach the real one): checks every request's
 * {@code WECHATPAY2-SHA256-RSA2048} signature against the registered merchant's public key with its own code, keeps
 * orders and refunds like WeChat Pay does, signs its answers with a "platform" key made for the test run, and builds
 * notifications encrypted with the merchant's APIv3 key and signed with that platform key.
 */
public final class FakeWeChatPay implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AUTH = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static volatile FakeWeChatPay shared;

    public record Merchant(String mchId, String appId, String serialNo, PublicKey publicKey, String apiV3Key) {
    }

    public record Transaction(String mchId, String appId, String outTradeNo, long totalFen, String openid,
            String notifyUrl, String prepayId, String transactionId) {
    }

    public record RefundRecord(String mchId, String outRefundNo, String outTradeNo, String transactionId, long refundFen,
            long totalFen, String notifyUrl, String refundId) {
    }

    /** A notification as WeChat Pay would POST it. */
    public record Notification(Map<String, String> headers, String body) {
    }

    private final FakeHttpServer http = FakeHttpServer.start();
    private final KeyPair platform = TestKeys.rsa();
    private final String platformSerial = TestKeys.serial();
    private final Map<String, Merchant> merchants = new ConcurrentHashMap<>();
    private final Map<String, Transaction> transactions = new ConcurrentHashMap<>();
    private final Map<String, RefundRecord> refunds = new ConcurrentHashMap<>();
    private final Map<String, String> closed = new ConcurrentHashMap<>();
    private final List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String failNextWith;

    private FakeWeChatPay() {
        http.handler(this::handle);
    }

    public static FakeWeChatPay start() {
        return new FakeWeChatPay();
    }

    /** One instance for the whole Quarkus test run (the app's WeChat Pay endpoint points at it). */
    public static synchronized FakeWeChatPay shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public URI baseUri() {
        return http.baseUri();
    }

    public String platformSerial() {
        return platformSerial;
    }

    public String platformPublicKeyPem() {
        return TestKeys.pem(platform.getPublic());
    }

    public PublicKey merchantPublicKey(String mchId) {
        return merchants.get(mchId).publicKey();
    }

    public void register(Merchant merchant) {
        merchants.put(merchant.mchId(), merchant);
    }

    public Transaction transaction(String outTradeNo) {
        return transactions.get(outTradeNo);
    }

    public RefundRecord refund(String outRefundNo) {
        return refunds.get(outRefundNo);
    }

    public boolean isClosed(String outTradeNo) {
        return closed.containsKey(outTradeNo);
    }

    /** Why requests were refused with 401 (bad signatures), for assertions. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    public List<FakeHttpServer.Request> requests() {
        return http.requests();
    }

    /** The next API call is answered HTTP 500 SYSTEM_ERROR (a retryable failure). */
    public void failNext() {
        failNextWith = "SYSTEM_ERROR";
    }

    // ---- notifications -------------------------------------------------------------------------------------------

    /** TRANSACTION.SUCCESS for a prepaid order, reporting {@code totalFen} as paid, signed at {@code signedAt}. */
    public Notification paymentNotification(String outTradeNo, long totalFen, Instant signedAt) {
        Transaction t = transactions.get(outTradeNo);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("appid", t.appId());
        resource.put("mchid", t.mchId());
        resource.put("out_trade_no", outTradeNo);
        resource.put("transaction_id", t.transactionId());
        resource.put("trade_type", "JSAPI");
        resource.put("trade_state", "SUCCESS");
        resource.put("trade_state_desc", "支付成功");
        resource.put("bank_type", "CMC");
        resource.put("attach", "");
        resource.put("success_time", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString());
        resource.put("payer", Map.of("openid", t.openid()));
        resource.put("amount", Map.of("total", totalFen, "payer_total", totalFen, "currency", "CNY", "payer_currency", "CNY"));
        return notification(t.mchId(), "TRANSACTION.SUCCESS", "transaction", resource, signedAt, platform.getPrivate());
    }

    /** A notification in another merchant's name (encrypted with its APIv3 key) about {@code outTradeNo}. */
    public Notification paymentNotificationAs(String mchId, String appId, String outTradeNo, long totalFen) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("appid", appId);
        resource.put("mchid", mchId);
        resource.put("out_trade_no", outTradeNo);
        resource.put("transaction_id", "42000" + TestKeys.serial().substring(0, 23));
        resource.put("trade_state", "SUCCESS");
        resource.put("amount", Map.of("total", totalFen, "payer_total", totalFen, "currency", "CNY"));
        return notification(mchId, "TRANSACTION.SUCCESS", "transaction", resource, Instant.now(), platform.getPrivate());
    }

    public Notification paymentNotification(String outTradeNo) {
        return paymentNotification(outTradeNo, transactions.get(outTradeNo).totalFen(), Instant.now());
    }

    /** REFUND.SUCCESS (or REFUND.ABNORMAL / REFUND.CLOSED with that status) for a refund WeChat Pay accepted. */
    public Notification refundNotification(String outRefundNo, String status, Instant signedAt) {
        RefundRecord r = refunds.get(outRefundNo);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("mchid", r.mchId());
        resource.put("out_trade_no", r.outTradeNo());
        resource.put("transaction_id", r.transactionId());
        resource.put("out_refund_no", outRefundNo);
        resource.put("refund_id", r.refundId());
        resource.put("refund_status", status);
        resource.put("success_time", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString());
        resource.put("user_received_account", "支付用户零钱");
        resource.put("amount", Map.of("total", r.totalFen(), "refund", r.refundFen(), "payer_total", r.totalFen(),
                "payer_refund", r.refundFen()));
        return notification(r.mchId(), "REFUND." + status, "refund", resource, signedAt, platform.getPrivate());
    }

    /** The same notification signed by someone who does not hold the platform key. */
    public Notification forged(Notification genuine, PrivateKey attackerKey) {
        Map<String, String> headers = new LinkedHashMap<>(genuine.headers());
        headers.put("Wechatpay-Signature", WeChatPaySignature.sign(attackerKey, WeChatPaySignature.answerMessage(
                headers.get("Wechatpay-Timestamp"), headers.get("Wechatpay-Nonce"), genuine.body())));
        return new Notification(headers, genuine.body());
    }

    /** POSTs a notification to the notify_url the merchant gave, as WeChat Pay does; answers the HTTP status. */
    public int deliver(Notification n, String notifyUrl) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(notifyUrl))
                    .POST(HttpRequest.BodyPublishers.ofString(n.body()));
            n.headers().forEach(request::header);
            request.header("Content-Type", "application/json");
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Notification notification(String mchId, String eventType, String originalType, Map<String, Object> resource,
            Instant signedAt, PrivateKey signer) {
        Merchant m = merchants.get(mchId);
        String nonce = TestKeys.apiV3Key().substring(0, 12);
        String associatedData = originalType;
        String ciphertext;
        try {
            ciphertext = WeChatPayCipher.encrypt(WeChatMerchant.apiV3KeyBytes(m.apiV3Key()), nonce, associatedData,
                    json(resource));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("create_time", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString());
        envelope.put("resource_type", "encrypt-resource");
        envelope.put("event_type", eventType);
        envelope.put("summary", "支付成功");
        envelope.put("resource", Map.of("original_type", originalType, "algorithm", "AEAD_AES_256_GCM", "ciphertext",
                ciphertext, "associated_data", associatedData, "nonce", nonce));
        String body = json(envelope);
        return new Notification(signedHeaders(body, signedAt, signer), body);
    }

    private Map<String, String> signedHeaders(String body, Instant at, PrivateKey signer) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = TestKeys.serial().substring(0, 32);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Serial", platformSerial);
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        headers.put("Wechatpay-Signature", WeChatPaySignature.sign(signer,
                WeChatPaySignature.answerMessage(timestamp, nonce, body)));
        return headers;
    }

    // ---- the API -------------------------------------------------------------------------------------------------

    private FakeHttpServer.Reply handle(FakeHttpServer.Request request) {
        Merchant m;
        try {
            m = authenticate(request);
        } catch (IllegalArgumentException e) {
            refusals.add(e.getMessage());
            return error(401, "SIGN_ERROR", e.getMessage());
        }
        String failure = failNextWith;
        if (failure != null) {
            failNextWith = null;
            return error(500, failure, "system busy");
        }
        JsonNode body = read(request.body());
        String path = request.path();
        if (path.equals("/v3/pay/transactions/jsapi")) {
            return jsapi(m, body);
        }
        if (path.startsWith("/v3/pay/transactions/out-trade-no/") && path.endsWith("/close")) {
            String outTradeNo = path.substring("/v3/pay/transactions/out-trade-no/".length(), path.length() - "/close".length());
            if (!transactions.containsKey(outTradeNo) || !m.mchId().equals(body.path("mchid").asText())) {
                return error(404, "ORDER_NOT_EXIST", "no such order");
            }
            closed.put(outTradeNo, m.mchId());
            return signed(204, "");
        }
        if (path.equals("/v3/refund/domestic/refunds")) {
            return refund(m, body);
        }
        return error(404, "NOT_FOUND", "no such API");
    }

    private Merchant authenticate(FakeHttpServer.Request request) {
        String auth = request.header("Authorization");
        if (auth == null || !auth.startsWith(WeChatPaySignature.SCHEMA + " ")) {
            throw new IllegalArgumentException("no WECHATPAY2-SHA256-RSA2048 Authorization");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = AUTH.matcher(auth.substring(WeChatPaySignature.SCHEMA.length() + 1));
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        Merchant m = merchants.get(fields.get("mchid"));
        if (m == null) {
            throw new IllegalArgumentException("unknown mchid " + fields.get("mchid"));
        }
        if (!m.serialNo().equals(fields.get("serial_no"))) {
            throw new IllegalArgumentException("unknown certificate serial " + fields.get("serial_no"));
        }
        long timestamp = Long.parseLong(fields.getOrDefault("timestamp", "0"));
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            throw new IllegalArgumentException("timestamp too far from now");
        }
        String pathAndQuery = request.path() + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
        String message = WeChatPaySignature.requestMessage(request.method(), pathAndQuery, fields.get("timestamp"),
                fields.get("nonce_str"), request.body());
        if (!WeChatPaySignature.verify(m.publicKey(), message, fields.get("signature"))) {
            throw new IllegalArgumentException("signature does not verify");
        }
        return m;
    }

    private FakeHttpServer.Reply jsapi(Merchant m, JsonNode body) {
        String outTradeNo = body.path("out_trade_no").asText("");
        long total = body.path("amount").path("total").asLong(0);
        String openid = body.path("payer").path("openid").asText("");
        String notifyUrl = body.path("notify_url").asText("");
        if (!m.appId().equals(body.path("appid").asText()) || !m.mchId().equals(body.path("mchid").asText())
                || !outTradeNo.matches("[0-9A-Za-z_\\-|*]{6,32}") || total <= 0
                || !"CNY".equals(body.path("amount").path("currency").asText()) || openid.isEmpty()
                || !notifyUrl.startsWith("http") || body.path("description").asText("").isEmpty()) {
            return error(400, "PARAM_ERROR", "bad parameters");
        }
        Transaction earlier = transactions.get(outTradeNo);
        if (earlier != null && earlier.totalFen() != total) {
            return error(400, "OUT_TRADE_NO_USED", "out_trade_no used with other parameters");
        }
        Transaction t = earlier != null ? earlier : new Transaction(m.mchId(), m.appId(), outTradeNo, total, openid,
                notifyUrl, "wx" + TestKeys.serial().substring(0, 30).toLowerCase(),
                "42000" + TestKeys.serial().substring(0, 23));
        transactions.put(outTradeNo, t);
        return signed(200, json(Map.of("prepay_id", t.prepayId())));
    }

    private FakeHttpServer.Reply refund(Merchant m, JsonNode body) {
        String transactionId = body.path("transaction_id").asText(null);
        String outTradeNo = body.path("out_trade_no").asText(null);
        Transaction t = transactions.values().stream()
                .filter(x -> x.transactionId().equals(transactionId) || x.outTradeNo().equals(outTradeNo))
                .filter(x -> x.mchId().equals(m.mchId())).findFirst().orElse(null);
        if (t == null) {
            return error(404, "RESOURCE_NOT_EXISTS", "no such order");
        }
        String outRefundNo = body.path("out_refund_no").asText("");
        long refund = body.path("amount").path("refund").asLong(0);
        long total = body.path("amount").path("total").asLong(0);
        RefundRecord earlier = refunds.get(outRefundNo);
        if (earlier == null) {
            long refunded = refunds.values().stream().filter(r -> r.outTradeNo().equals(t.outTradeNo()))
                    .mapToLong(RefundRecord::refundFen).sum();
            if (total != t.totalFen() || refund <= 0 || refunded + refund > t.totalFen()
                    || !"CNY".equals(body.path("amount").path("currency").asText())) {
                return error(400, "PARAM_ERROR", "bad refund amount");
            }
            earlier = new RefundRecord(m.mchId(), outRefundNo, t.outTradeNo(), t.transactionId(), refund, total,
                    body.path("notify_url").asText(""), "50000" + TestKeys.serial().substring(0, 27));
            refunds.put(outRefundNo, earlier);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("refund_id", earlier.refundId());
        answer.put("out_refund_no", outRefundNo);
        answer.put("transaction_id", t.transactionId());
        answer.put("out_trade_no", t.outTradeNo());
        answer.put("channel", "ORIGINAL");
        answer.put("user_received_account", "支付用户零钱");
        answer.put("create_time", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString());
        answer.put("status", "PROCESSING");
        answer.put("amount", Map.of("total", earlier.totalFen(), "refund", earlier.refundFen(), "payer_total",
                earlier.totalFen(), "payer_refund", earlier.refundFen(), "currency", "CNY"));
        return signed(200, json(answer));
    }

    private FakeHttpServer.Reply signed(int status, String body) {
        Map<String, String> headers = new LinkedHashMap<>(signedHeaders(body, Instant.now(), platform.getPrivate()));
        headers.put("Content-Type", "application/json");
        headers.put("Request-ID", UUID.randomUUID().toString());
        return new FakeHttpServer.Reply(status, headers, body);
    }

    private static FakeHttpServer.Reply error(int status, String code, String message) {
        return new FakeHttpServer.Reply(status, Map.of("Content-Type", "application/json"),
                json(Map.of("code", code, "message", message)));
    }

    private static JsonNode read(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
