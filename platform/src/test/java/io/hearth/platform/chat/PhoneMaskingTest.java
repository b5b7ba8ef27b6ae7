package io.hearth.platform.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneMaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13800138000|138****8000",
            "call 13800138000 please|call 138****8000 please",
            "138 0013 8000|138****8000",
            "138-0013-8000|138****8000",
            "1 3 8 0 0 1 3 8 0 0 0|138****8000",
            "+8613800138000|138****8000",
            "+86 138 0013 8000|138****8000",
            "+86-13800138000|138****8000",
            "008613800138000|138****8000",
            "8613800138000|138****8000",
            "我的电话13912345678，微信同号|我的电话139****5678，微信同号",
            "two: 13800138000 and 15912345678.|two: 138****8000 and 159****5678.",
            "phone:19912345678|phone:199****5678" })
    void masksMainlandMobileNumbers(String text, String masked) {
        assertEquals(masked, PhoneMasking.mask(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "order 20261122000123456789",
            "12345678901",
            "1380013800",
            "138001380001",
            "room 1801, code 4711#",
            "pay 13800 fen at 13:00",
            "landline 0571-88888888" })
    void leavesOtherNumbersAlone(String text) {
        assertEquals(text, PhoneMasking.mask(text));
    }

    @Test
    void nothingToMask() {
        assertNull(PhoneMasking.mask(null));
        assertEquals("", PhoneMasking.mask(""));
        assertEquals("hello", PhoneMasking.mask("hello"));
    }
}
