package io.hearth.platform.payment.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/** Signing messages and their SHA256withRSA signatures, against WeChat Pay's documented examples where they exist. */
class WeChatPaySignatureTest {

    /** 签名生成, https://pay.weixin.qq.com/wiki/doc/api_external/ch/wechatpay/wechatpay4_0.shtml (step six). */
    @Test
    void requestMessageIsTheDocumentedFiveLines() {
        assertEquals("GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n",
                WeChatPaySignature.requestMessage("GET", "/v3/certificates", "1554208460",
                        "593BEC0C930BF1AFEB40B4A08C8FB242", ""));
        assertEquals("POST\n/v3/pay/transactions/jsapi\n1554208460\nN\n{\"a\":1}\n",
                WeChatPaySignature.requestMessage("POST", "/v3/pay/transactions/jsapi", "1554208460", "N", "{\"a\":1}"));
    }

    /** The documented Authorization header, signature value aside (it needs the documentation's private key). */
    @Test
    void authorizationHeaderHasTheDocumentedLayout() {
        assertEquals("WECHATPAY2-SHA256-RSA2048 mchid=\"1900009191\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\","
                + "signature=\"SIG\",timestamp=\"1554208460\",serial_no=\"1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C\"",
                WeChatPaySignature.authorization("1900009191", "593BEC0C930BF1AFEB40B4A08C8FB242", "SIG", "1554208460",
                        "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"));
    }

    /** 小程序调起支付, https://pay.weixin.qq.com/doc/v3/merchant/4012266109 (数据举例). */
    @Test
    void paySignMessageIsTheDocumentedFourLines() {
        assertEquals("wx8888888888888888\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n"
                + "prepay_id=wx201410272009395522657a690389285100\n",
                WeChatPaySignature.payMessage("wx8888888888888888", "1414561699", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
                        "prepay_id=wx201410272009395522657a690389285100"));
    }

    /** The official Java SDK's published vector: its test merchant key's signature of "message". */
    @Test
    void verifiesTheSignaturePublishedWithTheOfficialSdk() throws IOException {
        PublicKey sdkMerchant = WeChatPayKeys.platformKey(resource("/payment/wechatpay-java-test-merchant-certificate.pem")).key();
        String signature = "Rq+5ZpWV6IHTWE1+9gCrYJKguNgbItpMdlIA+PVCPCdUAKNlohZz7CL7Y8xWDIFJjdGnErMj6Z+Q/h9CF5MV+nAVkqDmBR0uP5pp"
                + "sUEzco4ijvKHsvI2ro4boSW6vSfQs3W8I4QSI9a0/NFIgvj83Fv27LIYZf7deaFWmEwd1fpAeJRCyoKyBeJPdsjVx0//Lqe6"
                + "Wze2zVdliLcBvaHCfpd8+rAVGS+FQDeWgHqJ7n/Zy09LmV1/ghs7pO1mdjdD16SHKlysAD3K5hNGUJX/SHrEXEcu1yO1AOb/"
                + "YvOVkjNh8243rcfXNE5L4ph2XS11vS+2aToKYSOcKUagf0LLaw==";
        assertTrue(WeChatPaySignature.verify(sdkMerchant, "message", signature));
        assertFalse(WeChatPaySignature.verify(sdkMerchant, "messagE", signature));
    }

    @Test
    void whatIsSignedVerifiesOnlyWithTheSameKeyAndMessage() {
        KeyPair merchant = TestKeys.rsa();
        KeyPair other = TestKeys.rsa();
        String message = WeChatPaySignature.answerMessage("1554208460", "c5ac7061fccab6bf3e254dcf98995b8c", "{\"x\":\"中文\"}");
        String signature = WeChatPaySignature.sign(merchant.getPrivate(), message);

        assertTrue(WeChatPaySignature.verify(merchant.getPublic(), message, signature));
        assertFalse(WeChatPaySignature.verify(other.getPublic(), message, signature));
        assertFalse(WeChatPaySignature.verify(merchant.getPublic(), message.replace("中文", "中午"), signature));
        assertFalse(WeChatPaySignature.verify(merchant.getPublic(), message, "not base64 !"));
        assertFalse(WeChatPaySignature.verify(merchant.getPublic(), message, ""));
        assertFalse(WeChatPaySignature.verify(merchant.getPublic(), message, null));
    }

    static String resource(String path) throws IOException {
        try (InputStream in = WeChatPaySignatureTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
