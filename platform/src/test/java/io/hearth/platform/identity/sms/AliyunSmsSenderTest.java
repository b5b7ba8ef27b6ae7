package io.hearth.platform.identity.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hearth.platform.testing.FakeHttpServer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Aliyun sender against a local stand-in for dysmsapi.aliyuncs.com. */
class AliyunSmsSenderTest {

    private static final String KEY_ID = "LTAI5tTestKeyId";
    private static final String KEY_SECRET = "test-secret-Zx9";
    private static final Instant NOW = Instant.parse("2025-03-01T08:15:30Z");
    private static final String NONCE = "5b0c3f1e-7f6a-4a53-9d51-3c2d9d1f0b7e";

    private FakeHttpServer aliyun;

    @BeforeEach
    void startAliyun() {
        aliyun = FakeHttpServer.start();
    }

    @AfterEach
    void stopAliyun() {
        aliyun.close();
    }

    @Test
    void sendsACorrectlySignedSendSmsAndReadsTheReceipt() {
        aliyun.answer(200, "application/json;charset=utf-8", """
                {"Message":"OK","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990","Code":"OK","BizId":"900619746936498440^0"}""");

        SmsReceipt receipt = sender(Duration.ofSeconds(5)).send(codeMessage());

        assertEquals(new SmsReceipt("900619746936498440^0", "F655A8D5-B967-440B-8683-DAD6FF8DE990"), receipt);
        FakeHttpServer.Request request = aliyun.onlyRequest();
        assertEquals("GET", request.method());
        assertEquals("/", request.path());
        Map<String, String> sent = new TreeMap<>(request.query());
        String signature = sent.remove("Signature");
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("AccessKeyId", KEY_ID),
                Map.entry("Action", "SendSms"),
                Map.entry("Format", "JSON"),
                Map.entry("PhoneNumbers", "13800138000"),
                Map.entry("RegionId", "cn-hangzhou"),
                Map.entry("SignName", "家政到家"),
                Map.entry("SignatureMethod", "HMAC-SHA1"),
                Map.entry("SignatureNonce", NONCE),
                Map.entry("SignatureVersion", "1.0"),
                Map.entry("TemplateCode", "SMS_154950909"),
                Map.entry("TemplateParam", "{\"code\":\"482913\",\"minutes\":\"5\"}"),
                Map.entry("Timestamp", "2025-03-01T08:15:30Z"),
                Map.entry("Version", "2017-05-25")));
        assertEquals(expected, sent);
        assertEquals(independentSignature("GET", sent, KEY_SECRET), signature);
        // Aliyun decodes the query with the same rules it signs with: nothing form-encoded may slip through.
        assertFalse(request.rawQuery().contains("+"), request.rawQuery());
        assertTrue(request.rawQuery().contains("&SignName=" + documentedEncode("家政到家")), request.rawQuery());
    }

    @Test
    void aMessageWithoutParametersSendsNoTemplateParam() {
        aliyun.answer(200, "application/json", "{\"Code\":\"OK\",\"BizId\":\"1\",\"RequestId\":\"r\"}");

        sender(Duration.ofSeconds(5)).send(new SmsMessage("13800138000", "家政到家", "SMS_1", Map.of()));

        assertFalse(aliyun.onlyRequest().query().containsKey("TemplateParam"));
    }

    @ParameterizedTest(name = "HTTP {0} {2} -> retryable {3}")
    @CsvSource(delimiter = '|', value = {
            "200 | {\"Message\":\"触发小时级流控Permits:5\",\"RequestId\":\"2184201F\",\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\"} | isv.BUSINESS_LIMIT_CONTROL | true",
            "400 | {\"RequestId\":\"A1B2\",\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"} | Throttling.User | true",
            "503 | {\"RequestId\":\"C3D4\",\"Code\":\"ServiceUnavailable\",\"Message\":\"The request has failed due to a temporary failure of the server.\"} | ServiceUnavailable | true",
            "400 | {\"RequestId\":\"B7C1\",\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched with our calculation.\"} | SignatureDoesNotMatch | false",
            "200 | {\"RequestId\":\"E5F6\",\"Code\":\"isv.SMS_TEMPLATE_ILLEGAL\",\"Message\":\"模板不合法\"} | isv.SMS_TEMPLATE_ILLEGAL | false",
            "502 | <html><body>Bad Gateway</body></html> | | true",
            "200 | OK | | false" })
    void refusalsSayWhetherToRetry(int status, String body, String providerCode, boolean retryable) {
        aliyun.answer(status, body.startsWith("{") ? "application/json" : "text/html", body);

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender(Duration.ofSeconds(5)).send(codeMessage()));

        assertEquals(retryable, e.retryable());
        assertEquals(providerCode, e.providerCode());
    }

    @Test
    void otherRefusalsAreFinalAndCarryTheProvidersMessage() {
        aliyun.answer(200, "application/json", """
                {"Message":"手机号码格式错误","RequestId":"9C5E2C1B","Code":"isv.MOBILE_NUMBER_ILLEGAL"}""");

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender(Duration.ofSeconds(5)).send(codeMessage()));

        assertFalse(e.retryable());
        assertEquals("isv.MOBILE_NUMBER_ILLEGAL", e.providerCode());
        assertTrue(e.getMessage().contains("手机号码格式错误"), e.getMessage());
        assertTrue(e.getMessage().contains("9C5E2C1B"), e.getMessage());
    }

    @Test
    void noAnswerInTimeIsRetryable() {
        aliyun.answerAfter(Duration.ofSeconds(30), 200, "application/json", "{\"Code\":\"OK\"}");
        long started = System.nanoTime();

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender(Duration.ofMillis(300)).send(codeMessage()));

        assertTrue(e.retryable());
        assertNull(e.providerCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void anUnreachableProviderIsRetryable() {
        URI closed = aliyun.baseUri();
        aliyun.close();

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> new AliyunSmsSender(SmsSettings.aliyun(closed, KEY_ID, KEY_SECRET, Duration.ofSeconds(1))).send(codeMessage()));

        assertTrue(e.retryable());
    }

    @Test
    void missingKeysStopTheSenderFromBeingBuilt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AliyunSmsSender(SmsSettings.aliyun(aliyun.baseUri(), KEY_ID, null, Duration.ofSeconds(1))));

        assertTrue(e.getMessage().contains("hearth.sms.aliyun.access-key-secret"), e.getMessage());
    }

    private AliyunSmsSender sender(Duration readTimeout) {
        return new AliyunSmsSender(SmsSettings.aliyun(aliyun.baseUri(), KEY_ID, KEY_SECRET, readTimeout),
                Clock.fixed(NOW, ZoneOffset.UTC), () -> NONCE);
    }

    private static SmsMessage codeMessage() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", "482913");
        params.put("minutes", "5");
        return new SmsMessage("+8613800138000", "家政到家", "SMS_154950909", params);
    }

    /**
     * The signature recomputed from what was received, with the other encoding the doc gives (java.net.URLEncoder,
     * then + → %20, * → %2A, %7E → ~) rather than the production code's.
     */
    private static String independentSignature(String method, Map<String, String> received, String secret) {
        String canonical = new TreeMap<>(received).entrySet().stream()
                .map(p -> documentedEncode(p.getKey()) + "=" + documentedEncode(p.getValue()))
                .collect(Collectors.joining("&"));
        String stringToSign = method + "&" + documentedEncode("/") + "&" + documentedEncode(canonical);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String documentedEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
