/**
 * Sending text messages (sign-in codes, notices): {@link io.hearth.platform.identity.sms.SmsSender} with a
 * log-only sender for development and an Aliyun Dysmsapi sender for production, chosen by
 * {@code hearth.sms.provider}.
 */
package io.hearth.platform.identity.sms;
