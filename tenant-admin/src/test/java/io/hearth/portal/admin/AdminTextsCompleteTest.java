package io.hearth.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hearth.portal.web.MessageBundlesCompleteTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every tenant-admin text exists in Chinese too. */
class AdminTextsCompleteTest {

    @Test
    void everyTextHasItsChineseText() {
        assertEquals(List.of(), MessageBundlesCompleteTest.missing(Ta.class, TaZh.class));
        assertEquals(List.of(), MessageBundlesCompleteTest.missing(Tb.class, TbZh.class));
    }
}
