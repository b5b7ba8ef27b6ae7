package io.hearth.platform.identity.token;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Sign-in of customers and workers: platform-issued tokens and one-time codes. */
@ConfigMapping(prefix = "hearth.auth")
public interface AppAuthConfig {

    /** {@code iss} of platform-issued tokens; never a Keycloak issuer. */
    @WithDefault("urn:hearth:platform")
    String issuer();

    @WithDefault("hearth-app")
    String audience();

    @WithDefault("15m")
    Duration accessTokenTtl();

    @WithDefault("30d")
    Duration refreshTokenTtl();

    /** RSA private key (PKCS#8 PEM, or its base64 body) that signs the tokens. Required in prod. */
    Optional<String> signingKey();

    /** Generate a throw-away key when none is configured (dev and tests only). */
    @WithDefault("false")
    boolean ephemeralSigningKey();

    Otp otp();

    interface Otp {
        @WithDefault("5m")
        Duration ttl();

        @WithDefault("5")
        int maxAttempts();

        @WithDefault("60s")
        Duration resendInterval();

        @WithDefault("10")
        int dailyPerPhone();

        @WithDefault("30")
        int dailyPerIp();

        /** Aliyun template code of the sign-in message; it has one parameter, {@code code}. */
        @WithDefault("SMS_HEARTH_LOGIN")
        String templateCode();

        @WithDefault("Hearth")
        String signName();

        /**
         * Demo accounts: phone -> fixed code, no SMS sent, no limits. Honoured only while
         * {@link #testPhonesEnabled()} is true, which only dev and demo set.
         */
        Map<String, String> testPhones();

        /**
         * Demo ranges: every phone starting with one of these prefixes (E.164) signs in with
         * {@link #testPhoneCode()}, no SMS sent. Same guard as {@link #testPhones()}.
         */
        Optional<java.util.List<String>> testPhonePrefixes();

        @WithDefault("246810")
        String testPhoneCode();

        @WithDefault("false")
        boolean testPhonesEnabled();
    }
}
