package io.hearth.platform.identity.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
    private final Duration readTimeout;
    private final HttpClient http;
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
        this.readTimeout = config.readTimeout();
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.clock = clock;
        this.nonces = nonces;
    }

    @Override
    public SmsReceipt send(SmsMessage message) {
        String query = AliyunRpcSignature.signedQuery("GET", sendSmsParameters(message), accessKeySecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/?" + query))
                .timeout(readTimeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SmsDeliveryException("Aliyun SMS did not answer in time (" + e.getMessage() + ")", true, null, e);
        } catch (IOException e) {
            throw new SmsDeliveryException("Aliyun SMS could not be reached: " + e, true, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("Interrupted while sending an SMS through Aliyun", true, null, e);
        }
        return receipt(response.statusCode(), response.body());
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

    private static SmsReceipt receipt(int status, String body) {
        JsonNode answer = readJson(body);
        String code = answer == null ? null : answer.path("Code").asText(null);
        if (code == null) {
            throw new SmsDeliveryException("Aliyun SMS answered HTTP " + status + " without a readable Code", status >= 500,
                    null);
        }
        String requestId = answer.path("RequestId").asText(null);
        if ("OK".equals(code)) {
            return new SmsReceipt(answer.path("BizId").asText(null), requestId);
        }
        throw new SmsDeliveryException("Aliyun SMS refused the message: " + code + " " + answer.path("Message").asText("")
                + " (HTTP " + status + ", request " + requestId + ")", isRetryable(code) || status >= 500, code);
    }

    static boolean isRetryable(String code) {
        return code.equals("isv.BUSINESS_LIMIT_CONTROL") || code.equals("Throttling") || code.startsWith("Throttling.");
    }

    private static JsonNode readJson(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
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
