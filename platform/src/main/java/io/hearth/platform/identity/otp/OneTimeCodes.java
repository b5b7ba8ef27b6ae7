package io.hearth.platform.identity.otp;

import io.hearth.platform.identity.sms.SmsDeliveryException;
import io.hearth.platform.identity.sms.SmsMessage;
import io.hearth.platform.identity.sms.SmsSender;
import io.hearth.platform.identity.token.AppAuthConfig;
import io.hearth.platform.identity.token.SubjectKind;
import io.hearth.platform.shared.crypto.FieldCipher;
import io.hearth.platform.shared.web.ApiException;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.hash.HashCommands;
import io.quarkus.redis.datasource.keys.ExpireArgs;
import io.quarkus.redis.datasource.keys.KeyCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Six-digit sign-in codes sent by SMS, kept in Redis under the tenant's keys: a code lives
 * {@code ttl}, allows {@code maxAttempts} guesses, can be re-sent after {@code resendInterval}, and
 * each phone and each client IP may ask a limited number of times per 24 hours.
 */
@ApplicationScoped
public class OneTimeCodes {

    private static final Logger LOG = Logger.getLogger(OneTimeCodes.class);
    private static final Duration DAY = Duration.ofHours(24);

    private final AppAuthConfig.Otp config;
    private final FieldCipher cipher;
    private final SmsSender sms;
    private final HashCommands<String, String, String> hashes;
    private final ValueCommands<String, Long> counters;
    private final ValueCommands<String, String> values;
    private final KeyCommands<String> keys;
    private final SecureRandom random = new SecureRandom();

    public OneTimeCodes(AppAuthConfig auth, FieldCipher cipher, SmsSender sms, RedisDataSource redis) {
        this.config = auth.otp();
        this.cipher = cipher;
        this.sms = sms;
        this.hashes = redis.hash(String.class);
        this.counters = redis.value(Long.class);
        this.values = redis.value(String.class);
        this.keys = redis.key();
    }

    public record Sent(long expiresInSeconds, long resendAfterSeconds) {
    }

    /** {@code phone} is normalised E.164. */
    public Sent send(UUID tenantId, SubjectKind kind, String phone, String clientIp) {
        if (testCode(phone) != null) {
            return new Sent(config.ttl().toSeconds(), 0);
        }
        String phoneKey = cipher.blindIndex(phone);
        String prefix = "hearth:" + tenantId + ":otp:";
        String cooldown = prefix + "cooldown:" + kind.role + ":" + phoneKey;
        boolean free = values.setGet(cooldown, "1", new SetArgs().nx().ex(config.resendInterval())) == null;
        if (!free) {
            long wait = Math.max(1, keys.ttl(cooldown));
            throw new ApiException(429, "otp-resend-too-soon", wait);
        }
        try {
            countWithin(prefix + "daily-phone:" + phoneKey, config.dailyPerPhone(), "otp-daily-limit-phone");
            countWithin(prefix + "daily-ip:" + clientIp, config.dailyPerIp(), "otp-daily-limit-ip");
            String code = String.format("%06d", random.nextInt(1_000_000));
            String codeKey = prefix + "code:" + kind.role + ":" + phoneKey;
            keys.del(codeKey);
            hashes.hset(codeKey, Map.of("hash", cipher.blindIndex(phoneKey + ":" + code), "attempts", "0"));
            keys.expire(codeKey, config.ttl());
            Map<String, String> params = new LinkedHashMap<>();
            params.put("code", code);
            sms.send(new SmsMessage(phone, config.signName(), config.templateCode(), params));
            return new Sent(config.ttl().toSeconds(), config.resendInterval().toSeconds());
        } catch (SmsDeliveryException e) {
            keys.del(cooldown);
            LOG.warnf("Sign-in SMS not delivered (retryable=%s, code=%s)", e.retryable(), e.providerCode());
            throw new ApiException(503, "sms-unavailable");
        } catch (ApiException e) {
            keys.del(cooldown);
            throw e;
        }
    }

    /** Succeeds once per code; wrong guesses count, the last allowed one burns the code. */
    public void verify(UUID tenantId, SubjectKind kind, String phone, String code) {
        String fixed = testCode(phone);
        if (fixed != null) {
            if (!FieldCipher.same(fixed, code)) {
                throw new ApiException(422, "otp-invalid", 0);
            }
            return;
        }
        String phoneKey = cipher.blindIndex(phone);
        String codeKey = "hearth:" + tenantId + ":otp:code:" + kind.role + ":" + phoneKey;
        String expected = hashes.hget(codeKey, "hash");
        if (expected == null) {
            throw new ApiException(422, "otp-expired");
        }
        long attempts = hashes.hincrby(codeKey, "attempts", 1);
        if (attempts > config.maxAttempts()) {
            keys.del(codeKey);
            throw new ApiException(429, "otp-too-many-attempts");
        }
        if (!FieldCipher.same(expected, cipher.blindIndex(phoneKey + ":" + code))) {
            long left = config.maxAttempts() - attempts;
            if (left <= 0) {
                keys.del(codeKey);
                throw new ApiException(429, "otp-too-many-attempts");
            }
            throw new ApiException(422, "otp-invalid", left);
        }
        keys.del(codeKey);
    }

    private void countWithin(String key, int limit, String messageKey) {
        values.setnx(key, "0");
        keys.expire(key, DAY, new ExpireArgs().nx());
        long n = counters.incr(key);
        if (n > limit) {
            throw new ApiException(429, messageKey, limit);
        }
    }

    private String testCode(String phone) {
        if (!config.testPhonesEnabled()) {
            return null;
        }
        String fixed = config.testPhones().get(phone);
        if (fixed != null) {
            return fixed;
        }
        return config.testPhonePrefixes().orElse(java.util.List.of()).stream().anyMatch(phone::startsWith)
                ? config.testPhoneCode() : null;
    }
}
