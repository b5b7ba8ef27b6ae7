package io.hearth.platform.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.payment.ProviderException;
import io.hearth.platform.testing.FakeHttpServer;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against the local stand-in, which checks our signatures with its own code and signs its answers. */
class WeChatPayClientTest {

    private static FakeWeChatPay weChat;
    private static WeChatMerchant merchant;
    private static WeChatPayClient client;

    /** A merchant registered with the stand-in, holding the stand-in's platform key. */
    static WeChatMerchant merchant(FakeWeChatPay weChat, UUID tenantId) {
        KeyPair keys = TestKeys.rsa();
        String mchId = "19" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
        String appId = "wx" + TestKeys.serial().substring(0, 16).toLowerCase(Locale.ROOT);
        String serial = TestKeys.serial();
        String apiV3Key = TestKeys.apiV3Key();
        weChat.register(new FakeWeChatPay.Merchant(mchId, appId, serial, keys.getPublic(), apiV3Key));
        return new WeChatMerchant(tenantId, mchId, appId, serial, keys.getPrivate(), WeChatMerchant.apiV3KeyBytes(apiV3Key),
                weChat.platformSerial(), WeChatPayKeys.platformKey(weChat.platformPublicKeyPem()).key());
    }

    @BeforeAll
    static void start() {
        weChat = FakeWeChatPay.start();
        merchant = merchant(weChat, UUID.randomUUID());
        client = new WeChatPayClient(weChat::baseUri, Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC(),
                Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() {
        weChat.close();
    }

    private static String outTradeNo() {
        return "hp" + TestKeys.serial().substring(0, 30).toLowerCase(Locale.ROOT);
    }

    @Test
    void jsapiPrepayIsSignedAndSendsTheDocumentedFields() throws Exception {
        String no = outTradeNo();
        String prepayId = client.jsapiPrepay(merchant, new WeChatPayClient.JsapiOrder("日常保洁 3小时", no,
                "https://hearth.example/api/payments/notify/wechat", 15000, "o-customer"));

        assertEquals(weChat.transaction(no).prepayId(), prepayId);
        FakeHttpServer.Request sent = weChat.requests().stream().filter(r -> r.body().contains(no)).findFirst().orElseThrow();
        assertEquals("POST", sent.method());
        assertEquals("/v3/pay/transactions/jsapi", sent.path());
        assertTrue(sent.header("Authorization").startsWith("WECHATPAY2-SHA256-RSA2048 mchid=\"" + merchant.mchId() + "\""));
        JsonNode body = new ObjectMapper().readTree(sent.body());
        assertEquals(merchant.appId(), body.path("appid").asText());
        assertEquals(merchant.mchId(), body.path("mchid").asText());
        assertEquals("日常保洁 3小时", body.path("description").asText());
        assertEquals(no, body.path("out_trade_no").asText());
        assertEquals(15000, body.path("amount").path("total").asLong());
        assertEquals("CNY", body.path("amount").path("currency").asText());
        assertEquals("o-customer", body.path("payer").path("openid").asText());
        assertEquals("https://hearth.example/api/payments/notify/wechat", body.path("notify_url").asText());
    }

    @Test
    void payParametersAreSignedForTheMiniProgram() {
        Map<String, String> params = client.payParameters(merchant, "wx201410272009395522657a690389285100");
        assertEquals(merchant.appId(), params.get("appId"));
        assertEquals("prepay_id=wx201410272009395522657a690389285100", params.get("package"));
        assertEquals("RSA", params.get("signType"));
        assertEquals(32, params.get("nonceStr").length());
        KeyPair unrelated = TestKeys.rsa();
        String message = WeChatPaySignature.payMessage(params.get("appId"), params.get("timeStamp"), params.get("nonceStr"),
                params.get("package"));
        assertFalse(WeChatPaySignature.verify(unrelated.getPublic(), message, params.get("paySign")));
        assertTrue(WeChatPaySignature.verify(merchantPublicKey(), message, params.get("paySign")));
    }

    @Test
    void aWrongMerchantKeyIsRefusedByWeChatPay() {
        int refusedBefore = weChat.refusals().size();
        WeChatMerchant wrongKey = new WeChatMerchant(merchant.tenantId(), merchant.mchId(), merchant.appId(),
                merchant.merchantSerialNo(), TestKeys.rsa().getPrivate(), merchant.apiV3Key(), merchant.platformSerialNo(),
                merchant.platformKey());
        ProviderException e = assertThrows(ProviderException.class, () -> client.jsapiPrepay(wrongKey,
                new WeChatPayClient.JsapiOrder("x", outTradeNo(), "https://h.example/n", 100, "o")));
        assertEquals("SIGN_ERROR", e.providerCode());
        assertFalse(e.retryable());
        assertEquals(List.of("signature does not verify"), weChat.refusals().subList(refusedBefore, weChat.refusals().size()));
    }

    @Test
    void answersNotSignedByThePlatformKeyAreNotBelieved() {
        WeChatMerchant otherPlatform = new WeChatMerchant(merchant.tenantId(), merchant.mchId(), merchant.appId(),
                merchant.merchantSerialNo(), merchant.privateKey(), merchant.apiV3Key(), merchant.platformSerialNo(),
                TestKeys.rsa().getPublic());
        ProviderException e = assertThrows(ProviderException.class, () -> client.jsapiPrepay(otherPlatform,
                new WeChatPayClient.JsapiOrder("x", outTradeNo(), "https://h.example/n", 100, "o")));
        assertTrue(e.getMessage().contains("not trusted"), e.getMessage());
    }

    @Test
    void serverErrorsAreRetryableAndParameterErrorsAreNot() {
        weChat.failNext();
        ProviderException busy = assertThrows(ProviderException.class, () -> client.jsapiPrepay(merchant,
                new WeChatPayClient.JsapiOrder("x", outTradeNo(), "https://h.example/n", 100, "o")));
        assertTrue(busy.retryable());
        ProviderException bad = assertThrows(ProviderException.class, () -> client.jsapiPrepay(merchant,
                new WeChatPayClient.JsapiOrder("x", outTradeNo(), "https://h.example/n", 0, "o")));
        assertEquals("PARAM_ERROR", bad.providerCode());
        assertFalse(bad.retryable());
    }

    @Test
    void refundsAndCloseAreSignedToo() throws Exception {
        String no = outTradeNo();
        client.jsapiPrepay(merchant, new WeChatPayClient.JsapiOrder("x", no, "https://h.example/n", 5000, "o"));
        JsonNode refund = client.refund(merchant, new WeChatPayClient.RefundOrder("hr" + no.substring(2), null, no,
                "客户取消", "https://h.example/r", 2000, 5000));
        assertEquals("PROCESSING", refund.path("status").asText());
        assertEquals(weChat.refund("hr" + no.substring(2)).refundId(), refund.path("refund_id").asText());
        assertEquals(2000, weChat.refund("hr" + no.substring(2)).refundFen());

        String other = outTradeNo();
        client.jsapiPrepay(merchant, new WeChatPayClient.JsapiOrder("x", other, "https://h.example/n", 5000, "o"));
        client.close(merchant, other);
        assertTrue(weChat.isClosed(other));
    }

    private java.security.PublicKey merchantPublicKey() {
        return weChat.merchantPublicKey(merchant.mchId());
    }
}
