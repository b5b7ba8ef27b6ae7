package io.hearth.platform.identity.sms;

/**
 * What the provider answered for an accepted message.
 *
 * @param messageId the provider's id of the message (Aliyun's {@code BizId}), to look up its delivery
 * @param requestId the provider's id of the API call, for support tickets
 */
public record SmsReceipt(String messageId, String requestId) {
}
