package io.hearth.platform.payment;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** Where providers send their notifications: {@code <base>/api/payments/notify/<provider>[/refund]}. */
@ApplicationScoped
public class NotifyUrls {

    @Inject
    PaymentConfig config;

    @Inject
    HttpServer httpServer;

    public URI payment(ProviderCode provider) {
        return URI.create(publicBase() + "/api/payments/notify/" + provider.pathName());
    }

    public URI refund(ProviderCode provider) {
        return URI.create(publicBase() + "/api/payments/notify/" + provider.pathName() + "/refund");
    }

    /** This instance itself (the sandbox notifies its own process). */
    public URI local(String path) {
        return URI.create("http://127.0.0.1:" + httpServer.getPort() + path);
    }

    private String publicBase() {
        if (config.publicBaseUrl().isPresent()) {
            String base = config.publicBaseUrl().get().toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("hearth.payment.public-base-url (HEARTH_PAYMENT_PUBLIC_BASE_URL) is required:"
                    + " payment providers need a public address to send notifications to");
        }
        return "http://127.0.0.1:" + httpServer.getPort();
    }
}
