package io.hearth.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both languages are complete: every English text of the shared bundle has its Chinese text. */
public class MessageBundlesCompleteTest {

    /** Methods of {@code english} with no {@code @Message} override in {@code chinese}. */
    public static List<String> missing(Class<?> english, Class<?> chinese) {
        return Arrays.stream(english.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .filter(m -> {
                    try {
                        Method zh = chinese.getDeclaredMethod(m.getName(), m.getParameterTypes());
                        Message msg = zh.getAnnotation(Message.class);
                        return msg == null || msg.value().isBlank();
                    } catch (NoSuchMethodException e) {
                        return true;
                    }
                }).map(Method::getName).sorted().toList();
    }

    @Test
    void everySharedTextHasItsChineseText() {
        assertEquals(List.of(), missing(Msg.class, MsgZh.class));
        assertTrue(Msg.class.getDeclaredMethods().length > 30);
    }

    @Test
    void languagesAreMatchedLeniently() {
        assertEquals("zh-CN", UserLanguage.supported("zh-Hans-CN"));
        assertEquals("zh-CN", UserLanguage.supported("ZH-cn"));
        assertEquals("en", UserLanguage.supported("en-GB"));
        assertEquals(null, UserLanguage.supported("fr"));
    }
}
