package io.hearth.platform.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hearth.platform.payment.NotificationRejected;
import io.hearth.platform.payment.PaymentProvider.ProviderMessage;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Verifying and opening WeChat Pay notifications, built by the stand-in with its own platform key. */
class WeChatPayNotificationTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static FakeWeChatPay weChat;
    private static WeChatMerchant merchant;
    private static String outTradeNo;

    @BeforeAll
    static void merchantWithAPaidOrder() throws Exception {
        weChat = FakeWeChatPay.start();
        merchant = WeChatPayClientTest.merchant(weChat, UUID.randomUUID());
        outTradeNo = "hp" + TestKeys.serial().substring(0, 30).toLowerCase(Locale.ROOT);
        new WeChatPayClient(weChat::baseUri, Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC(), MAX_AGE)
                .jsapiPrepay(merchant, new WeChatPayClient.JsapiOrder("Cleaning", outTradeNo, "https://example.test/n", 8800,
                        "o-openid"));
    }

    @AfterAll
    static void stop() {
        weChat.close();
    }

    private static WeChatPayNotification.Opened open(FakeWeChatPay.Notification n, List<WeChatMerchant> candidates)
            throws NotificationRejected {
        Map<String, String> lower = new HashMap<>();
        n.headers().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return WeChatPayNotification.open(new ProviderMessage(lower, n.body()), candidates, Clock.systemUTC(), MAX_AGE,
                "transaction");
    }

    private static NotificationRejected.Reason refusal(FakeWeChatPay.Notification n, List<WeChatMerchant> candidates) {
        return assertThrows(NotificationRejected.class, () -> open(n, candidates)).reason();
    }

    @Test
    void aGenuineNotificationOpensForItsMerchant() throws NotificationRejected {
        WeChatPayNotification.Opened opened = open(weChat.paymentNotification(outTradeNo), List.of(merchant));
        assertEquals(merchant, opened.merchant());
        assertEquals("TRANSACTION.SUCCESS", opened.envelope().path("event_type").asText());
        assertEquals(outTradeNo, opened.resource().path("out_trade_no").asText());
        assertEquals(8800, opened.resource().path("amount").path("total").asLong());
        assertEquals("SUCCESS", opened.resource().path("trade_state").asText());
    }

    @Test
    void forgedOrAlteredNotificationsAreRefused() {
        FakeWeChatPay.Notification genuine = weChat.paymentNotification(outTradeNo);
        KeyPair attacker = TestKeys.rsa();
        assertEquals(NotificationRejected.Reason.SIGNATURE, refusal(weChat.forged(genuine, attacker.getPrivate()), List.of(merchant)));
        assertEquals(NotificationRejected.Reason.SIGNATURE,
                refusal(new FakeWeChatPay.Notification(genuine.headers(), genuine.body().replace("TRANSACTION", "TRANSACTIOM")),
                        List.of(merchant)));
        Map<String, String> noSignature = new HashMap<>(genuine.headers());
        noSignature.remove("Wechatpay-Signature");
        assertEquals(NotificationRejected.Reason.SIGNATURE,
                refusal(new FakeWeChatPay.Notification(noSignature, genuine.body()), List.of(merchant)));
        Map<String, String> otherSerial = new HashMap<>(genuine.headers());
        otherSerial.put("Wechatpay-Serial", TestKeys.serial());
        assertEquals(NotificationRejected.Reason.SIGNATURE,
                refusal(new FakeWeChatPay.Notification(otherSerial, genuine.body()), List.of(merchant)));
        assertEquals(NotificationRejected.Reason.SIGNATURE, refusal(genuine, List.of()));
    }

    @Test
    void notificationsSignedMoreThanFiveMinutesAwayAreReplays() throws NotificationRejected {
        Instant now = Instant.now();
        assertEquals(NotificationRejected.Reason.STALE,
                refusal(weChat.paymentNotification(outTradeNo, 8800, now.minusSeconds(301)), List.of(merchant)));
        assertEquals(NotificationRejected.Reason.STALE,
                refusal(weChat.paymentNotification(outTradeNo, 8800, now.plusSeconds(301)), List.of(merchant)));
        open(weChat.paymentNotification(outTradeNo, 8800, now.minusSeconds(240)), List.of(merchant));
    }

    @Test
    void theRightMerchantIsFoundAmongThoseSharingAPlatformKey() throws NotificationRejected {
        WeChatMerchant sameKeyOtherApiV3Key = new WeChatMerchant(UUID.randomUUID(), merchant.mchId(), merchant.appId(),
                merchant.merchantSerialNo(), merchant.privateKey(),
                WeChatMerchant.apiV3KeyBytes(TestKeys.apiV3Key()), merchant.platformSerialNo(), merchant.platformKey());
        assertEquals(merchant, open(weChat.paymentNotification(outTradeNo), List.of(sameKeyOtherApiV3Key, merchant)).merchant());
        assertEquals(NotificationRejected.Reason.MALFORMED,
                refusal(weChat.paymentNotification(outTradeNo), List.of(sameKeyOtherApiV3Key)));
    }
}
