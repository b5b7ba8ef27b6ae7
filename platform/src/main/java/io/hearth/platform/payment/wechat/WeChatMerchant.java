package io.hearth.platform.payment.wechat;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.UUID;

/** A tenant's WeChat Pay merchant credentials, decrypted for one use; never logged (see {@link #toString()}). */
public record WeChatMerchant(UUID tenantId, String mchId, String appId, String merchantSerialNo, PrivateKey privateKey,
        byte[] apiV3Key, String platformSerialNo, PublicKey platformKey) {

    public static byte[] apiV3KeyBytes(String apiV3Key) {
        return apiV3Key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "WeChatMerchant[tenant=" + tenantId + ", mchId=" + mchId + ", appId=" + appId + ", serial="
                + merchantSerialNo + ", platformSerial=" + platformSerialNo + ", keys=***]";
    }
}
