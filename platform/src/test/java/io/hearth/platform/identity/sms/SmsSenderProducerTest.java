package io.hearth.platform.identity.sms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsSenderProducerTest {

    private static final URI ALIYUN = URI.create("https://dysmsapi.aliyuncs.com");

    @Test
    void unsetProviderFallsBackToTheLog() {
        SmsSender sender = SmsSenderProducer.select(SmsSettings.config(null, SmsSettings.aliyun(ALIYUN, null, null, Duration.ofSeconds(5))), true);

        assertInstanceOf(LogSmsSender.class, sender);
    }

    @Test
    void aliyunWithKeysSendsThroughAliyun() {
        SmsSender sender = SmsSenderProducer.select(SmsSettings.config(SmsConfig.Provider.ALIYUN,
                SmsSettings.aliyun(ALIYUN, "LTAI5tKeyId", "key-secret", Duration.ofSeconds(5))), true);

        assertInstanceOf(AliyunSmsSender.class, sender);
    }

    @Test
    void aliyunWithoutKeysFailsNamingTheMissingSettingButNoSecret() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SmsSenderProducer.select(
                SmsSettings.config(SmsConfig.Provider.ALIYUN, SmsSettings.aliyun(ALIYUN, null, "key-secret", Duration.ofSeconds(5))),
                true));

        assertTrue(e.getMessage().contains("HEARTH_SMS_ALIYUN_ACCESS_KEY_ID"), e.getMessage());
        assertFalse(e.getMessage().contains("key-secret"), e.getMessage());
    }

    @Test
    void theLogSenderAcceptsEveryMessage() {
        SmsReceipt receipt = new LogSmsSender(true).send(new SmsMessage("13800138000", "家政到家", "SMS_1", Map.of("code", "1234")));

        assertTrue(receipt.messageId().startsWith("log-"));
    }
}
