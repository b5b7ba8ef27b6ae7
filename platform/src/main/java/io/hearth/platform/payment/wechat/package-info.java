/**
 * WeChat Pay API v3 for mini programs (JSAPI), with each tenant's own merchant account: request signing
 * ({@code WECHATPAY2-SHA256-RSA2048}), verification of answers and notifications against the WeChat Pay platform
 * certificate or public key (with a 5-minute freshness window), AEAD_AES_256_GCM decryption of notification
 * resources with the APIv3 key, JSAPI prepay and the mini program's pay parameters, close, refunds and refund
 * notifications. JDK crypto only. Protocol: https://pay.weixin.qq.com/doc/v3/merchant/4012365336 (signing),
 * 4012365342 (verifying), 4012071382 (notification decryption), 4012791856 (JSAPI prepay), 4012266109
 * (mini-program pay parameters), 4012791862 (refunds).
 */
package io.hearth.platform.payment.wechat;
