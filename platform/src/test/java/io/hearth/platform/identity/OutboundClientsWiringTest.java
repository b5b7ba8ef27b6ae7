package io.hearth.platform.identity;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.hearth.platform.identity.sms.SmsSender;
import io.hearth.platform.identity.wechat.WeChatSessionClient;
import io.hearth.platform.testing.CapturingSmsSender;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The outbound clients are beans the rest of the platform can inject. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OutboundClientsWiringTest {

    @Inject
    SmsSender smsSender;

    @Inject
    WeChatSessionClient weChat;

    /** The suite reads sign-in codes from the capturing sender; SmsSenderProducerTest covers the producer's choice. */
    @Test
    void theSuiteCapturesTextMessages() {
        assertInstanceOf(CapturingSmsSender.class, smsSender);
    }

    @Test
    void weChatClientIsABean() {
        assertNotNull(weChat);
    }
}
