package io.hearth.platform.payment.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AEAD_AES_256_GCM as WeChat Pay uses it for notification resources: the key is the merchant's 32-character APIv3
 * key (its UTF-8 bytes), the nonce a 12-character string, {@code associated_data} authenticated but not encrypted,
 * and the Base64 ciphertext ends with the 16-byte tag.
 */
public final class WeChatPayCipher {

    public static final String ALGORITHM = "AEAD_AES_256_GCM";
    private static final int TAG_BITS = 128;

    private WeChatPayCipher() {
    }

    /** @throws GeneralSecurityException when the key is wrong or anything was altered (the tag does not match) */
    public static String decrypt(byte[] apiV3Key, String nonce, String associatedData, String ciphertextBase64)
            throws GeneralSecurityException {
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(ciphertextBase64);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("ciphertext is not Base64");
        }
        Cipher c = cipher(Cipher.DECRYPT_MODE, apiV3Key, nonce, associatedData);
        return new String(c.doFinal(sealed), StandardCharsets.UTF_8);
    }

    /** The inverse of {@link #decrypt}; WeChat Pay does this side (used by the tests' stand-in). */
    public static String encrypt(byte[] apiV3Key, String nonce, String associatedData, String plaintext)
            throws GeneralSecurityException {
        Cipher c = cipher(Cipher.ENCRYPT_MODE, apiV3Key, nonce, associatedData);
        return Base64.getEncoder().encodeToString(c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    private static Cipher cipher(int mode, byte[] key, String nonce, String associatedData) throws GeneralSecurityException {
        if (key.length != 32) {
            throw new GeneralSecurityException("the APIv3 key must be 32 bytes");
        }
        if (nonce == null || nonce.isEmpty()) {
            throw new GeneralSecurityException("nonce missing");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
        if (associatedData != null && !associatedData.isEmpty()) {
            c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        }
        return c;
    }
}
