package io.hearth.platform.payment.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs sandbox notifications like a real provider would: Base64(HMAC-SHA256(secret,
 * "timestamp\nnonce\nbody\n")), sent in {@value #TIMESTAMP}, {@value #NONCE} and {@value #SIGNATURE}.
 */
public final class SandboxSignature {

    public static final String TIMESTAMP = "Hearth-Sandbox-Timestamp";
    public static final String NONCE = "Hearth-Sandbox-Nonce";
    public static final String SIGNATURE = "Hearth-Sandbox-Signature";

    private SandboxSignature() {
    }

    public static String sign(byte[] secret, String timestamp, String nonce, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public static boolean verify(byte[] secret, String timestamp, String nonce, String body, String signature) {
        if (timestamp == null || nonce == null || signature == null) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, nonce, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
