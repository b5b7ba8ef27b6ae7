package io.hearth.platform.identity.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC request signature, version 1.0 (HMAC-SHA1), as the Short Message Service documents it:
 * <a href="https://help.aliyun.com/document_detail/101343.html">短信服务 › 签名机制 (HTTP 协议及签名)</a>, in English
 * <a href="https://www.alibabacloud.com/help/en/sms/signature-method">Short Message Service › Signature method</a>.
 * <ol>
 * <li>every parameter but {@code Signature}, sorted by name, name and value percent-encoded (RFC 3986: only
 * {@code A-Z a-z 0-9 - _ . ~} stay literal; a space is {@code %20}), joined as {@code name=value&...};</li>
 * <li>{@code StringToSign = METHOD + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery)};</li>
 * <li>{@code Signature = Base64(HMAC-SHA1(AccessKeySecret + "&", UTF-8(StringToSign)))}, sent percent-encoded
 * like any other parameter.</li>
 * </ol>
 */
final class AliyunRpcSignature {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AliyunRpcSignature() {
    }

    /** The canonical query plus {@code Signature}: the whole query string of a signed request. */
    static String signedQuery(String method, Map<String, String> params, String accessKeySecret) {
        return canonicalQuery(params) + "&Signature=" + percentEncode(signature(method, params, accessKeySecret));
    }

    static String signature(String method, Map<String, String> params, String accessKeySecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(stringToSign(method, params).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    static String stringToSign(String method, Map<String, String> params) {
        return method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(params));
    }

    static String canonicalQuery(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .map(p -> percentEncode(p.getKey()) + "=" + percentEncode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String percentEncode(String value) {
        StringBuilder out = new StringBuilder(value.length() * 2);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }
}
