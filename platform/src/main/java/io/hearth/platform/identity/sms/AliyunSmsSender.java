package io.hearth.platform.identity.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.shared.http.NoAnswerException;
import io.hearth.platform.shared.http.ThirdPartyAnswer;
import io.hearth.platform.shared.http.ThirdPartyHttp;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends through Aliyun Short Message Service: Dysmsapi {@code SendSms}, API version 2017-05-25, as an RPC-style
 * GET signed with signature version 1.0 ({@link AliyunRpcSignature}).
 * <p>
 * Protocol: <a href="https://help.aliyun.com/document_detail/55284.html">SendSms - 发送短信</a> (parameters and
 * answer), <a href="https://help.aliyun.com/document_detail/101343.html">签名机制</a> (signature, with a worked
 * SendSms example) and <a href="https://help.aliyun.com/document_detail/101346.html">API 错误码</a> (codes).
 * <p>
 * Aliyun answers {@code {"Code":"OK","BizId":...,"RequestId":...}} on success and the same shape with another
 * {@code Code} and a {@code Message} on failure, with HTTP 200 for business refusals and 4xx/5xx for
 * platform ones. Retryable: {@code isv.BUSINESS_LIMIT_CONTROL}, {@code Throttling*}, HTTP 5xx and no answer at
 * all (SendSms is not idempotent, but a repeated sign-in code is harmless; the caller decides).
 */
public class AliyunSmsSender implements SmsSender {

    static final String API_VERSION = "2017-05-25";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String endpoint;
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String regionId;
    private final ThirdPartyHttp http;
    private final Clock clock;
    private final Supplier<String> nonces;

    public AliyunSmsSender(SmsConfig.Aliyun config) {
        this(config, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    AliyunSmsSender(SmsConfig.Aliyun config, Clock clock, Supplier<String> nonces) {
        this.endpoint = withoutTrailingSlash(config.endpoint());
        this.accessKeyId = required(config.accessKeyId().orElse(null), "hearth.sms.aliyun.access-key-id",
                "HEARTH_SMS_ALIYUN_ACCESS_KEY_ID");
        this.accessKeySecret = required(config.accessKeySecret().orElse(null), "hearth.sms.aliyun.access-key-secret",
                "HEARTH_SMS_ALIYUN_ACCESS_KEY_SECRET");
        this.regionId = config.regionId();
        this.http = new ThirdPartyHttp(config.connectTimeout(), config.readTimeout());
        this.clock = clock;
        this.nonces = nonces;
    }

    @Override
    public SmsReceipt send(SmsMessage message) {
        String query = AliyunRpcSignature.signedQuery("GET", sendSmsParameters(message), accessKeySecret);
        try {
            return receipt(http.get(URI.create(endpoint + "/?" + query)));
        } catch (NoAnswerException e) {
            throw new SmsDeliveryException("Aliyun SMS gave no answer: " + e.getMessage(), true, null, e);
        }
    }

    private Map<String, String> sendSmsParameters(SmsMessage message) {
        Map<String, String> params = new TreeMap<>();
        params.put("AccessKeyId", accessKeyId);
        params.put("Action", "SendSms");
        params.put("Format", "JSON");
        params.put("PhoneNumbers", message.phone());
        params.put("RegionId", regionId);
        params.put("SignName", message.signName());
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", nonces.get());
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", message.templateCode());
        if (!message.templateParams().isEmpty()) {
            params.put("TemplateParam", json(message.templateParams()));
        }
        params.put("Timestamp", TIMESTAMP.format(clock.instant()));
        params.put("Version", API_VERSION);
        return params;
    }

    private static SmsReceipt receipt(ThirdPartyAnswer answer) {
        JsonNode json = answer.jsonObject().orElse(null);
        String code = json == null ? null : json.path("Code").asText(null);
        if (code == null) {
            throw new SmsDeliveryException("Aliyun SMS answered without a readable Code (" + answer.describe() + ")",
                    answer.serverError(), null);
        }
        String requestId = json.path("RequestId").asText(null);
        if ("OK".equals(code)) {
            return new SmsReceipt(json.path("BizId").asText(null), requestId);
        }
        throw new SmsDeliveryException("Aliyun SMS refused the message: " + code + " " + json.path("Message").asText("")
                + " (HTTP " + answer.status() + ", request " + requestId + ")",
                isRetryable(code) || answer.serverError(), code);
    }

    static boolean isRetryable(String code) {
        return code.equals("isv.BUSINESS_LIMIT_CONTROL") || code.equals("Throttling") || code.startsWith("Throttling.");
    }

    private static String json(Map<String, String> templateParams) {
        try {
            return JSON.writeValueAsString(templateParams);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("template parameters cannot be written as JSON", e);
        }
    }

    private static String withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static String required(String value, String property, String environmentVariable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("hearth.sms.provider=aliyun needs " + property + " (environment variable "
                    + environmentVariable + ")");
        }
        return value;
    }
}
