package io.hearth.platform.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;

/** The RSA key pair of platform-issued tokens (RS256). */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public SigningKeys(AppAuthConfig config) {
        try {
            KeyPair pair;
            if (config.signingKey().isPresent() && !config.signingKey().get().isBlank()) {
                pair = fromPem(config.signingKey().get());
            } else if (config.ephemeralSigningKey()) {
                LOG.warn("No hearth.auth.signing-key: using a throw-away key; tokens die with this process (dev/test only)");
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                pair = g.generateKeyPair();
            } else {
                throw new IllegalStateException("hearth.auth.signing-key (env HEARTH_AUTH_SIGNING_KEY) is required: "
                        + "an RSA private key in PKCS#8 PEM");
            }
            privateKey = pair.getPrivate();
            publicKey = pair.getPublic();
            byte[] thumb = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(thumb).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the token signing key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** X.509 SubjectPublicKeyInfo, base64: the form {@code quarkus.oidc.public-key} takes. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String keyId() {
        return keyId;
    }

    static KeyPair fromPem(String pem) throws GeneralSecurityException {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey priv = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        if (!(priv instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException("Not an RSA CRT private key");
        }
        PublicKey pub = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        if (crt.getModulus().bitLength() < 2048) {
            throw new GeneralSecurityException("RSA key too short: " + crt.getModulus().bitLength() + " bits");
        }
        return new KeyPair(pub, priv);
    }

}
