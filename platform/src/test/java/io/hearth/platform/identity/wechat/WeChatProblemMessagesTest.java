package io.hearth.platform.identity.wechat;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hearth.platform.shared.web.ProblemMessages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeChatProblemMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = { "wechat-code-invalid", "wechat-login-blocked", "wechat-unavailable" })
    void everyWeChatProblemIsTranslated(String key) {
        String english = ProblemMessages.detail(key, new Object[0], Locale.ENGLISH);
        String chinese = ProblemMessages.detail(key, new Object[0], Locale.SIMPLIFIED_CHINESE);

        assertNotEquals(key, english);
        assertNotEquals(key, chinese);
        assertNotEquals(english, chinese);
    }
}
