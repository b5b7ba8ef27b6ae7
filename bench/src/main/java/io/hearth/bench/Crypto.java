package io.hearth.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's field encryption ({@code shared/crypto/FieldCipher}), byte for byte: AES-256-GCM with a
 * random 96-bit nonce, stored as {@code v1:} + base64(nonce + ciphertext + tag), and HMAC-SHA256 blind
 * indexes in lower-case hex. Seeded rows are encrypted with the keys the benchmarked app runs with, so the
 * app reads them like its own.
 */
final class Crypto {

    private final SecretKeySpec dataKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> aes = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<Mac> hmac;

    Crypto(String dataKeyBase64, String indexKeyBase64) {
        this.dataKey = new SecretKeySpec(key(dataKeyBase64, "HEARTH_CRYPTO_DATA_KEY"), "AES");
        this.indexKey = new SecretKeySpec(key(indexKeyBase64, "HEARTH_CRYPTO_INDEX_KEY"), "HmacSHA256");
        this.hmac = ThreadLocal.withInitial(() -> instance(() -> {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(indexKey);
            return m;
        }));
    }

    String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher c = aes.get();
            c.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String blindIndex(String plain) {
        return HexFormat.of().formatHex(hmac.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private interface Make<T> {
        T make() throws GeneralSecurityException;
    }

    private static <T> T instance(Make<T> make) {
        try {
            return make.make();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] key(String base64, String name) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(name + " is not set (bench/run.sh generates it into bench/.secrets)");
        }
        byte[] k = Base64.getDecoder().decode(base64.trim());
        if (k.length != 32) {
            throw new IllegalStateException(name + " must be base64 of 32 bytes");
        }
        return k;
    }
}
