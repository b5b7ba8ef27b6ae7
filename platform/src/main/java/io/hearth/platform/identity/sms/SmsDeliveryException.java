package io.hearth.platform.identity.sms;

/**
 * The provider did not accept a message. {@link #retryable()} says whether sending the same message later
 * may succeed (throttling, timeouts, provider outages); {@link #providerCode()} is the provider's error code,
 * absent when no answer was received.
 */
public class SmsDeliveryException extends RuntimeException {

    private final boolean retryable;
    private final String providerCode;

    public SmsDeliveryException(String message, boolean retryable, String providerCode) {
        this(message, retryable, providerCode, null);
    }

    public SmsDeliveryException(String message, boolean retryable, String providerCode, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.providerCode = providerCode;
    }

    public boolean retryable() {
        return retryable;
    }

    /** The provider's code, e.g. {@code isv.MOBILE_NUMBER_ILLEGAL}; null when the provider never answered. */
    public String providerCode() {
        return providerCode;
    }
}
