package io.hearth.platform.payment;

import java.util.Locale;
import java.util.Optional;

/** The payment providers Hearth talks to (Alipay will join behind the same {@link PaymentProvider} interface). */
public enum ProviderCode {
    /** Simulated provider for demos and tests: no money moves. Only when {@code hearth.payment.sandbox.enabled}. */
    SANDBOX,
    /** WeChat Pay API v3 (JSAPI, for mini programs), with each tenant's own merchant account. */
    WECHAT;

    /** The lower-case name used in notification URLs ({@code /api/payments/notify/wechat}). */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProviderCode> fromPath(String name) {
        for (ProviderCode code : values()) {
            if (code.pathName().equals(name)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
