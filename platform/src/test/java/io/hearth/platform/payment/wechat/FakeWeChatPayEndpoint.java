package io.hearth.platform.payment.wechat;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/** The test suite's WeChat Pay is {@link FakeWeChatPay#shared()} (a local stand-in; the real one is unreachable). */
@Mock
@ApplicationScoped
public class FakeWeChatPayEndpoint extends WeChatPayEndpoint {

    @Override
    public URI baseUrl() {
        return FakeWeChatPay.shared().baseUri();
    }
}
