package io.hearth.platform.identity.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** SMS configuration for plain unit tests, without a running Quarkus. */
final class SmsSettings {

    record Aliyun(URI endpoint, Optional<String> accessKeyId, Optional<String> accessKeySecret, String regionId,
            Duration connectTimeout, Duration readTimeout) implements SmsConfig.Aliyun {
    }

    record Log(boolean includeParams) implements SmsConfig.Log {
    }

    record Config(Optional<SmsConfig.Provider> provider, SmsConfig.Log log, SmsConfig.Aliyun aliyun)
            implements SmsConfig {
    }

    private SmsSettings() {
    }

    static Aliyun aliyun(URI endpoint, String accessKeyId, String accessKeySecret, Duration readTimeout) {
        return new Aliyun(endpoint, Optional.ofNullable(accessKeyId), Optional.ofNullable(accessKeySecret),
                "cn-hangzhou", Duration.ofSeconds(1), readTimeout);
    }

    static Config config(SmsConfig.Provider provider, SmsConfig.Aliyun aliyun) {
        return new Config(Optional.ofNullable(provider), new Log(false), aliyun);
    }
}
