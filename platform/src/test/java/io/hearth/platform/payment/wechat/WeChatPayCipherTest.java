package io.hearth.platform.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;

/** AEAD_AES_256_GCM of notification resources. */
class WeChatPayCipherTest {

    /**
     * The vector published with the official Java SDK (wechatpay-apiv3/wechatpay-java, AeadAesCipherTest, with the
     * APIv3 key of its TestConfig). WeChat Pay's own documentation publishes no key/ciphertext pair.
     */
    private static final byte[] SDK_KEY = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb".getBytes(StandardCharsets.UTF_8);
    private static final String SDK_NONCE = "uluk4a9R25RW";
    private static final String SDK_ASSOCIATED = "associatedData";
    private static final String SDK_CIPHERTEXT = "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=";

    @Test
    void decryptsAndEncryptsTheSdkVector() throws GeneralSecurityException {
        assertEquals("message", WeChatPayCipher.decrypt(SDK_KEY, SDK_NONCE, SDK_ASSOCIATED, SDK_CIPHERTEXT));
        assertEquals(SDK_CIPHERTEXT, WeChatPayCipher.encrypt(SDK_KEY, SDK_NONCE, SDK_ASSOCIATED, "message"));
    }

    @Test
    void anyChangeOrAnotherKeyIsRefused() {
        byte[] otherKey = "b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb".getBytes(StandardCharsets.UTF_8);
        assertThrows(GeneralSecurityException.class,
                () -> WeChatPayCipher.decrypt(otherKey, SDK_NONCE, SDK_ASSOCIATED, SDK_CIPHERTEXT));
        assertThrows(GeneralSecurityException.class,
                () -> WeChatPayCipher.decrypt(SDK_KEY, SDK_NONCE, "transaction", SDK_CIPHERTEXT));
        assertThrows(GeneralSecurityException.class,
                () -> WeChatPayCipher.decrypt(SDK_KEY, "uluk4a9R25RX", SDK_ASSOCIATED, SDK_CIPHERTEXT));
        assertThrows(GeneralSecurityException.class,
                () -> WeChatPayCipher.decrypt(SDK_KEY, SDK_NONCE, SDK_ASSOCIATED, "vlwSiIajGClcvcOYvOQ7+l+0PAbzzwI="));
        assertThrows(GeneralSecurityException.class,
                () -> WeChatPayCipher.decrypt(SDK_KEY, SDK_NONCE, SDK_ASSOCIATED, "%%% not base64"));
        assertThrows(GeneralSecurityException.class,
                () -> WeChatPayCipher.decrypt("short".getBytes(StandardCharsets.UTF_8), SDK_NONCE, SDK_ASSOCIATED,
                        SDK_CIPHERTEXT));
    }

    @Test
    void roundTripsChineseTextWithAnEmptyAssociatedData() throws GeneralSecurityException {
        byte[] key = TestKeys.apiV3Key().getBytes(StandardCharsets.UTF_8);
        String sealed = WeChatPayCipher.encrypt(key, "0123456789ab", "", "{\"trade_state_desc\":\"支付成功\"}");
        assertEquals("{\"trade_state_desc\":\"支付成功\"}", WeChatPayCipher.decrypt(key, "0123456789ab", "", sealed));
    }
}
