package io.hearth.platform.identity.sms;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** {@code hearth.sms.*}: which provider sends text messages, and its settings (see application.properties). */
@ConfigMapping(prefix = "hearth.sms")
public interface SmsConfig {

    /** Unset means {@code log}, with a warning at startup: nobody would receive a sign-in code. */
    Optional<Provider> provider();

    Log log();

    Aliyun aliyun();

    enum Provider {
        /** Writes messages to the application log; nothing is sent. */
        LOG,
        /** Aliyun Short Message Service (Dysmsapi {@code SendSms}). */
        ALIYUN
    }

    interface Log {
        /** Whether the template parameters (the sign-in code) are logged; only ever true in dev and test. */
        @WithDefault("false")
        boolean includeParams();
    }

    interface Aliyun {
        @WithDefault("https://dysmsapi.aliyuncs.com")
        URI endpoint();

        /** Required when the provider is aliyun; deliberately without a default. */
        Optional<String> accessKeyId();

        /** Required when the provider is aliyun; deliberately without a default. */
        Optional<String> accessKeySecret();

        @WithDefault("cn-hangzhou")
        String regionId();

        @WithDefault("2s")
        Duration connectTimeout();

        /** How long to wait for Aliyun's answer once connected; Aliyun advises at least 1s for mainland SMS. */
        @WithDefault("5s")
        Duration readTimeout();
    }
}
