package io.hearth.platform.identity.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsMessageTest {

    @ParameterizedTest
    @CsvSource({
            "+8613800138000, 13800138000",
            "008613800138000, 13800138000",
            "8613800138000, 13800138000",
            "13800138000, 13800138000",
            "'+86 138-0013-8000', 13800138000",
            "+85261234567, 85261234567",
            "0085261234567, 85261234567",
            "+14155550123, 14155550123" })
    void phoneIsKeptInTheFormAliyunTakes(String given, String kept) {
        assertEquals(kept, message(given).phone());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12345", "+86123", "23800138000", "85261234567", "+0123456789", "abc" })
    void anythingElseIsNotAPhoneNumber(String given) {
        assertThrows(IllegalArgumentException.class, () -> message(given));
    }

    @Test
    void maskedPhoneShowsOnlyTheEnds() {
        assertEquals("138****8000", message("+8613800138000").maskedPhone());
    }

    @Test
    void templateParamsKeepTheCallersOrder() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("zone", "A");
        params.put("code", "482913");
        params.put("minutes", "5");
        SmsMessage message = new SmsMessage("13800138000", "家政到家", "SMS_1", params);
        assertEquals(List.of("zone", "code", "minutes"), List.copyOf(message.templateParams().keySet()));
    }

    @Test
    void printingAMessageRevealsNeitherTheCodeNorTheNumber() {
        String printed = new SmsMessage("13800138000", "家政到家", "SMS_1", Map.of("code", "482913")).toString();
        assertFalse(printed.contains("482913"), printed);
        assertFalse(printed.contains("13800138000"), printed);
        assertTrue(printed.contains("138****8000"), printed);
    }

    @Test
    void signAndTemplateAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new SmsMessage("13800138000", " ", "SMS_1", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new SmsMessage("13800138000", "家政到家", null, Map.of()));
    }

    private static SmsMessage message(String phone) {
        return new SmsMessage(phone, "家政到家", "SMS_1", Map.of());
    }
}
