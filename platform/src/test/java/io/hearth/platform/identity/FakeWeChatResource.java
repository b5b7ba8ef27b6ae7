package io.hearth.platform.identity;

import io.hearth.platform.testing.FakeHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the WeChat client at a local fake of api.weixin.qq.com for the whole test class. */
public class FakeWeChatResource implements QuarkusTestResourceLifecycleManager {

    static volatile FakeHttpServer server;

    @Override
    public Map<String, String> start() {
        server = FakeHttpServer.start();
        return Map.of("hearth.wechat.api-base-url", server.baseUri().toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
