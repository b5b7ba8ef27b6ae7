package io.hearth.platform.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The PEM files of a merchant: its PKCS#8 private key, WeChat Pay's certificate or public key. */
class WeChatPayKeysTest {

    @Test
    void readsPrivateKeysPublicKeysAndCertificates() throws IOException {
        KeyPair pair = TestKeys.rsa();
        assertEquals(pair.getPrivate(), WeChatPayKeys.privateKey(TestKeys.pem(pair.getPrivate())));

        WeChatPayKeys.PlatformKey publicKey = WeChatPayKeys.platformKey(TestKeys.pem(pair.getPublic()));
        assertEquals(WeChatPayKeys.PlatformKeyKind.PUBLIC_KEY, publicKey.kind());
        assertEquals(pair.getPublic(), publicKey.key());
        assertNull(publicKey.expiresAt());

        WeChatPayKeys.PlatformKey cert = WeChatPayKeys.platformKey(
                WeChatPaySignatureTest.resource("/payment/wechatpay-java-test-merchant-certificate.pem"));
        assertEquals(WeChatPayKeys.PlatformKeyKind.CERTIFICATE, cert.kind());
        assertEquals(Instant.parse("2025-05-09T01:57:10Z"), cert.expiresAt());
    }

    @Test
    void refusesWhatIsNotTheExpectedKey() throws NoSuchAlgorithmException {
        KeyPair pair = TestKeys.rsa();
        assertThrows(IllegalArgumentException.class, () -> WeChatPayKeys.privateKey(TestKeys.pem(pair.getPublic())));
        assertThrows(IllegalArgumentException.class, () -> WeChatPayKeys.platformKey(TestKeys.pem(pair.getPrivate())));
        assertThrows(IllegalArgumentException.class,
                () -> WeChatPayKeys.privateKey(TestKeys.pem("RSA PRIVATE KEY", pair.getPrivate().getEncoded())));
        assertThrows(IllegalArgumentException.class, () -> WeChatPayKeys.privateKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"));
        assertThrows(IllegalArgumentException.class, () -> WeChatPayKeys.platformKey("hello"));
        assertThrows(IllegalArgumentException.class, () -> WeChatPayKeys.privateKey(null));
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        assertThrows(IllegalArgumentException.class,
                () -> WeChatPayKeys.platformKey(TestKeys.pem(ec.generateKeyPair().getPublic())));
    }
}
