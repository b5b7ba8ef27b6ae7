package io.hearth.platform.identity;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.hearth.platform.identity.sms.LogSmsSender;
import io.hearth.platform.identity.sms.SmsSender;
import io.hearth.platform.identity.wechat.WeChatSessionClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** In the test profile text messages go to the log, and the WeChat client is ready for injection. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OutboundClientsWiringTest {

    @Inject
    SmsSender smsSender;

    @Inject
    WeChatSessionClient weChat;

    @Test
    void testProfileLogsTextMessages() {
        assertInstanceOf(LogSmsSender.class, smsSender);
    }

    @Test
    void weChatClientIsABean() {
        assertNotNull(weChat);
    }
}
