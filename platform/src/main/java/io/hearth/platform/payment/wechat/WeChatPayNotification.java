package io.hearth.platform.payment.wechat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.payment.NotificationRejected;
import io.hearth.platform.payment.NotificationRejected.Reason;
import io.hearth.platform.payment.PaymentProvider.ProviderMessage;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Reads a WeChat Pay notification: the {@code Wechatpay-Serial} header names the platform key, which must be one of
 * the candidate merchants'; the signature over "timestamp\nnonce\nbody\n" must verify with it; the timestamp must be
 * within the freshness window (replays); then the resource is decrypted with that merchant's APIv3 key.
 */
public final class WeChatPayNotification {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The notification's envelope, and its resource decrypted, for the merchant it verified for. */
    public record Opened(WeChatMerchant merchant, JsonNode envelope, JsonNode resource) {
    }

    private WeChatPayNotification() {
    }

    public static Opened open(ProviderMessage message, List<WeChatMerchant> candidates, Clock clock, Duration maxAge,
            String expectedOriginalType) throws NotificationRejected {
        String serial = message.header("Wechatpay-Serial");
        String timestamp = message.header("Wechatpay-Timestamp");
        String nonce = message.header("Wechatpay-Nonce");
        String signature = message.header("Wechatpay-Signature");
        String type = message.header("Wechatpay-Signature-Type");
        if (serial == null || timestamp == null || nonce == null || signature == null) {
            throw new NotificationRejected(Reason.SIGNATURE, "Wechatpay-* signature headers missing");
        }
        if (type != null && !WeChatPaySignature.SCHEMA.equals(type)) {
            throw new NotificationRejected(Reason.SIGNATURE, "unsupported signature type " + type);
        }
        String signed = WeChatPaySignature.answerMessage(timestamp, nonce, message.body());
        List<WeChatMerchant> verified = candidates.stream()
                .filter(m -> serial.equals(m.platformSerialNo()))
                .filter(m -> WeChatPaySignature.verify(m.platformKey(), signed, signature))
                .toList();
        if (verified.isEmpty()) {
            throw new NotificationRejected(Reason.SIGNATURE, "no platform key " + serial + " of ours signed it");
        }
        try {
            if (Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) > maxAge.toSeconds()) {
                throw new NotificationRejected(Reason.STALE, "signed at " + timestamp);
            }
        } catch (NumberFormatException e) {
            throw new NotificationRejected(Reason.MALFORMED, "timestamp is not a number");
        }
        JsonNode envelope = json(message.body());
        JsonNode resource = envelope.path("resource");
        if (!WeChatPayCipher.ALGORITHM.equals(resource.path("algorithm").asText())
                || !expectedOriginalType.equals(resource.path("original_type").asText())) {
            throw new NotificationRejected(Reason.MALFORMED, "not an encrypted " + expectedOriginalType + " resource");
        }
        for (WeChatMerchant m : verified) {
            try {
                String plain = WeChatPayCipher.decrypt(m.apiV3Key(), resource.path("nonce").asText(null),
                        resource.path("associated_data").asText(""), resource.path("ciphertext").asText(""));
                JsonNode decrypted = json(plain);
                if (!m.mchId().equals(decrypted.path("mchid").asText())) {
                    throw new NotificationRejected(Reason.MALFORMED, "resource is for another merchant");
                }
                return new Opened(m, envelope, decrypted);
            } catch (GeneralSecurityException e) {
                // another candidate's APIv3 key may open it
            }
        }
        throw new NotificationRejected(Reason.MALFORMED, "the resource does not decrypt with the APIv3 key");
    }

    private static JsonNode json(String text) throws NotificationRejected {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new NotificationRejected(Reason.MALFORMED, "not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new NotificationRejected(Reason.MALFORMED, "not JSON");
        }
    }
}
