package io.hearth.platform.payment.wechat;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the PEM files a WeChat Pay merchant has: the merchant API private key ({@code apiclient_key.pem}, PKCS#8
 * "PRIVATE KEY"), and the WeChat Pay platform certificate ("CERTIFICATE") or WeChat Pay public key ("PUBLIC KEY").
 */
public final class WeChatPayKeys {

    public enum PlatformKeyKind {
        CERTIFICATE, PUBLIC_KEY
    }

    /** A platform key and, for a certificate, when it expires. */
    public record PlatformKey(PlatformKeyKind kind, PublicKey key, Instant expiresAt) {
    }

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private WeChatPayKeys() {
    }

    /** @throws IllegalArgumentException when it is not an RSA private key in PKCS#8 PEM */
    public static PrivateKey privateKey(String pem) {
        byte[] der = der(pem, "PRIVATE KEY");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key");
        }
    }

    /** @throws IllegalArgumentException when it is neither an X.509 certificate nor a public key, or not RSA */
    public static PlatformKey platformKey(String pem) {
        Matcher m = match(pem);
        try {
            if ("CERTIFICATE".equals(m.group(1))) {
                X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(decode(m.group(2))));
                return new PlatformKey(PlatformKeyKind.CERTIFICATE, rsa(cert.getPublicKey()), cert.getNotAfter().toInstant());
            }
            if ("PUBLIC KEY".equals(m.group(1))) {
                PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(m.group(2))));
                return new PlatformKey(PlatformKeyKind.PUBLIC_KEY, rsa(key), null);
            }
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not a readable certificate or public key");
        }
        throw new IllegalArgumentException("expected a CERTIFICATE or PUBLIC KEY block, found " + m.group(1));
    }

    private static PublicKey rsa(PublicKey key) {
        if (!(key instanceof RSAPublicKey)) {
            throw new IllegalArgumentException("not an RSA key");
        }
        return key;
    }

    private static byte[] der(String pem, String type) {
        Matcher m = match(pem);
        if (!type.equals(m.group(1))) {
            throw new IllegalArgumentException("expected a " + type + " block, found " + m.group(1));
        }
        return decode(m.group(2));
    }

    private static Matcher match(String pem) {
        Matcher m = PEM.matcher(pem == null ? "" : pem);
        if (!m.find()) {
            throw new IllegalArgumentException("not PEM");
        }
        return m;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not Base64");
        }
    }
}
