package io.hearth.platform.payment.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The messages WeChat Pay API v3 signs, and SHA256withRSA over them. Every line of a message ends with {@code \n},
 * the last one included.
 */
public final class WeChatPaySignature {

    public static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";

    private WeChatPaySignature() {
    }

    /** What a merchant signs for a request: method, path with query, timestamp, nonce, body (empty for GET). */
    public static String requestMessage(String method, String pathAndQuery, String timestamp, String nonce, String body) {
        return method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
    }

    /** What WeChat Pay signs for an answer or a notification. */
    public static String answerMessage(String timestamp, String nonce, String body) {
        return timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
    }

    /** What the mini program's {@code wx.requestPayment} paySign covers. */
    public static String payMessage(String appId, String timeStamp, String nonceStr, String packageValue) {
        return appId + "\n" + timeStamp + "\n" + nonceStr + "\n" + packageValue + "\n";
    }

    /** {@code WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"}. */
    public static String authorization(String mchId, String nonce, String signature, String timestamp, String serialNo) {
        return SCHEMA + " mchid=\"" + mchId + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
                + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + serialNo + "\"";
    }

    /** Base64 of SHA256withRSA (PKCS#1 v1.5) over the UTF-8 message. */
    public static String sign(PrivateKey key, String message) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** False for a wrong signature, one that is not Base64, or one of the wrong length; never throws for bad input. */
    public static boolean verify(PublicKey key, String message, String signatureBase64) {
        if (signatureBase64 == null || signatureBase64.isEmpty()) {
            return false;
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(message.getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
