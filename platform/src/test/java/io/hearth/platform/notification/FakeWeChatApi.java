package io.hearth.platform.notification;

import io.hearth.platform.testing.FakeHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the WeChat clients at a local stand-in for api.weixin.qq.com for the notification tests. */
public class FakeWeChatApi implements QuarkusTestResourceLifecycleManager {

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
