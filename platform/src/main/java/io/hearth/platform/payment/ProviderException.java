package io.hearth.platform.payment;

/**
 * A provider call failed. {@code retryable}: no answer, a server error, throttling (worth trying again later);
 * otherwise the provider refused the request as it is. Messages never carry keys or signatures.
 */
public class ProviderException extends Exception {

    private final boolean retryable;
    private final String providerCode;

    public ProviderException(String message, boolean retryable, String providerCode, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.providerCode = providerCode;
    }

    public ProviderException(String message, boolean retryable, String providerCode) {
        this(message, retryable, providerCode, null);
    }

    public boolean retryable() {
        return retryable;
    }

    /** The provider's own error code (e.g. WeChat's {@code NOT_ENOUGH}), or null. */
    public String providerCode() {
        return providerCode;
    }
}
