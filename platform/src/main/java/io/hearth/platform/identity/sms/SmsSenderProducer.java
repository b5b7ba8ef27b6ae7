package io.hearth.platform.identity.sms;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Makes the {@link SmsSender} that {@code hearth.sms.provider} names. It is built at startup so that a
 * production instance with {@code provider=aliyun} and missing keys fails to start instead of failing on the
 * first sign-in.
 */
@Singleton
public class SmsSenderProducer {

    private static final Logger LOG = Logger.getLogger(SmsSenderProducer.class);

    @Produces
    @Singleton
    @Startup
    SmsSender smsSender(SmsConfig config) {
        return select(config, LaunchMode.current() == LaunchMode.NORMAL);
    }

    static SmsSender select(SmsConfig config, boolean production) {
        if (config.provider().isEmpty()) {
            LOG.warn("hearth.sms.provider is not set: text messages are only written to the log and nobody receives"
                    + " them. Set HEARTH_SMS_PROVIDER=aliyun (with its access keys) to send them.");
            return new LogSmsSender(config.log().includeParams());
        }
        return switch (config.provider().get()) {
            case ALIYUN -> new AliyunSmsSender(config.aliyun());
            case LOG -> {
                if (production) {
                    LOG.warn("hearth.sms.provider=log in production: text messages are only written to the log.");
                }
                yield new LogSmsSender(config.log().includeParams());
            }
        };
    }
}
