package io.hearth.platform.payment.wechat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** The WeChat Pay API base address (a bean so the test suite can point it at its local stand-in). */
@ApplicationScoped
public class WeChatPayEndpoint {

    @Inject
    WeChatPayConfig config;

    public URI baseUrl() {
        return config.apiBaseUrl();
    }
}
