package io.hearth.platform.payment.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxSignatureTest {

    private static final byte[] SECRET = "test-only-sandbox-secret".getBytes(StandardCharsets.UTF_8);

    /** Expected value from openssl: printf 'T\nN\n{}\n' | openssl dgst -sha256 -hmac test-only-sandbox-secret -binary | base64 */
    @Test
    void signsTimestampNonceAndBodyWithHmacSha256() {
        assertEquals("0EnFTcZCuslZ5mHpLcegjRkuVRyVfUVEoW+15ou5isM=", SandboxSignature.sign(SECRET, "T", "N", "{}"));
        String signature = SandboxSignature.sign(SECRET, "1700000000", "abc", "{\"amount_fen\":100}");
        assertTrue(SandboxSignature.verify(SECRET, "1700000000", "abc", "{\"amount_fen\":100}", signature));
        assertFalse(SandboxSignature.verify(SECRET, "1700000001", "abc", "{\"amount_fen\":100}", signature));
        assertFalse(SandboxSignature.verify(SECRET, "1700000000", "abd", "{\"amount_fen\":100}", signature));
        assertFalse(SandboxSignature.verify(SECRET, "1700000000", "abc", "{\"amount_fen\":101}", signature));
        assertFalse(SandboxSignature.verify("other".getBytes(StandardCharsets.UTF_8), "1700000000", "abc",
                "{\"amount_fen\":100}", signature));
        assertFalse(SandboxSignature.verify(SECRET, null, "abc", "{}", signature));
    }
}
