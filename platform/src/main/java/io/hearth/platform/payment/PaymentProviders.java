package io.hearth.platform.payment;

import io.hearth.platform.shared.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** The provider implementation for each {@link ProviderCode}. */
@ApplicationScoped
public class PaymentProviders {

    private final Map<ProviderCode, PaymentProvider> byCode = new EnumMap<>(ProviderCode.class);

    @Inject
    public PaymentProviders(@Any Instance<PaymentProvider> providers) {
        for (PaymentProvider p : providers) {
            if (byCode.put(p.code(), p) != null) {
                throw new IllegalStateException("Two payment providers for " + p.code());
            }
        }
    }

    public PaymentProvider get(ProviderCode code) {
        PaymentProvider p = byCode.get(code);
        if (p == null) {
            throw new ApiException(422, "payment-provider-disabled", code);
        }
        return p;
    }

    /** The provider named in a notification URL; 404 for anything else. */
    public PaymentProvider byPath(String name) {
        return ProviderCode.fromPath(name).map(byCode::get)
                .orElseThrow(() -> new ApiException(404, "no-such-resource"));
    }
}
