package io.hearth.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hearth.platform.shared.web.ApiException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The built-in templates render every event in Chinese and English; placeholders are checked; WeChat limits hold. */
class NotificationRenderingTest {

    static final DefaultTemplates DEFAULTS = new DefaultTemplates(new ObjectMapper());

    /** 2026-11-23 06:00 UTC = 14:00 in Shanghai. */
    static OrderFacts facts() {
        return new OrderFacts(UUID.randomUUID(), "HS202611230042", UUID.randomUUID(), UUID.randomUUID(),
                Map.of("zh-CN", "日常保洁", "en", "Standard cleaning"), Instant.parse("2026-11-23T06:00:00Z"), 12_800,
                "王阿姨", 5_000L, "Sunny Home", ZoneId.of("Asia/Shanghai"), "zh-CN");
    }

    @ParameterizedTest
    @EnumSource(NotificationEvent.class)
    void everyEventRendersInChineseAndEnglish(NotificationEvent event) {
        OrderFacts f = facts();
        Rendered zh = NotificationRenderer.render(Channel.IN_APP, "zh-CN",
                DEFAULTS.get(event, Channel.IN_APP, "zh-CN").orElseThrow(), f);
        Rendered en = NotificationRenderer.render(Channel.IN_APP, "en",
                DEFAULTS.get(event, Channel.IN_APP, "en").orElseThrow(), f);
        assertTrue(zh.body().contains("HS202611230042"), zh.body());
        assertTrue(en.body().contains("HS202611230042"), en.body());
        assertTrue(zh.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                zh.title());
        assertTrue(en.title().chars().allMatch(c -> c < 0x80), en.title());
        assertFalse(zh.body().contains("{") || en.body().contains("{"), "every placeholder filled");
        for (Channel c : Channel.values()) {
            for (String locale : NotificationLocales.SUPPORTED) {
                TemplateContent t = DEFAULTS.get(event, c, locale).orElseThrow();
                TemplateContent checked = c == Channel.WECHAT ? new TemplateContent(null, null, null, "tmpl", t.page(), t.params()) : t;
                TemplateText.check(event, c, checked); // the defaults obey the whitelist they impose
            }
        }
    }

    @Test
    void timesInTheTenantZoneAndTheReadersLanguageMoneyInYuan() {
        OrderFacts f = facts();
        Rendered zh = NotificationRenderer.render(Channel.IN_APP, "zh-CN",
                DEFAULTS.get(NotificationEvent.BOOKED, Channel.IN_APP, "zh-CN").orElseThrow(), f);
        Rendered en = NotificationRenderer.render(Channel.IN_APP, "en",
                DEFAULTS.get(NotificationEvent.BOOKED, Channel.IN_APP, "en").orElseThrow(), f);
        assertEquals("您预约的日常保洁（订单 HS202611230042）已支付 ¥128.00，服务时间 2026年11月23日 14:00，我们正在为您安排服务人员。",
                zh.body());
        assertEquals("Your Standard cleaning (order HS202611230042) is paid (¥128.00) for Nov 23, 2026 14:00."
                + " We are finding you a worker.", en.body());
        Rendered refund = NotificationRenderer.render(Channel.IN_APP, "en",
                DEFAULTS.get(NotificationEvent.REFUNDED, Channel.IN_APP, "en").orElseThrow(), f);
        assertTrue(refund.body().contains("¥50.00"), refund.body());
    }

    @Test
    void weChatValuesAreCutToWeChatsLimitsAndTimesUseTheChineseForm() {
        OrderFacts f = new OrderFacts(UUID.randomUUID(), "HS202611230042", null, null,
                Map.of("en", "Deep cleaning of the whole apartment with windows"), Instant.parse("2026-11-23T06:00:00Z"),
                12_800, null, null, "T", ZoneId.of("Asia/Shanghai"), "en");
        TemplateContent t = new TemplateContent(null, null, null, "tmpl-1", "pages/order?id={orderId}",
                Map.of("thing2", "{serviceName}", "time3", "{startTime}", "character_string1", "{orderNo}",
                        "amount4", "{amount}"));
        Rendered r = NotificationRenderer.render(Channel.WECHAT, "en", t, f);
        assertEquals("Deep cleaning of th…", r.params().get("thing2"));
        assertEquals(20, r.params().get("thing2").length());
        assertEquals("2026年11月23日 14:00", r.params().get("time3"));
        assertEquals("¥128.00", r.params().get("amount4"));
        assertEquals("en_US", r.lang());
        assertEquals("pages/order?id=" + f.orderId(), r.page());
        assertEquals("1234567890123456789012345678901", WeChatValues.fit("character_string1", "1234567890123456789012345678901"));
        assertEquals(32, WeChatValues.fit("character_string1", "x".repeat(40)).length());
        assertEquals("王阿姨", WeChatValues.fit("name3", "王阿姨"));
    }

    @Test
    void unknownPlaceholdersTooLongTextsAndBadWeChatKeysAreRefused() {
        ApiException unknown = assertThrows(ApiException.class, () -> TemplateText.check(NotificationEvent.BOOKED,
                Channel.IN_APP, TemplateContent.inApp("Hi", "Your {orderNo} by {workerName}")));
        assertEquals(422, unknown.status());
        assertEquals("notification-template-placeholder-unknown", unknown.messageKey());
        assertEquals("workerName", unknown.args()[0]);
        ApiException tooLong = assertThrows(ApiException.class, () -> TemplateText.check(NotificationEvent.BOOKED,
                Channel.IN_APP, TemplateContent.inApp("x".repeat(61), "b")));
        assertEquals("notification-template-too-long", tooLong.messageKey());
        ApiException key = assertThrows(ApiException.class, () -> TemplateText.check(NotificationEvent.BOOKED,
                Channel.WECHAT, new TemplateContent(null, null, null, "t", null, Map.of("stuff1", "{orderNo}"))));
        assertEquals("notification-wechat-key-invalid", key.messageKey());
        assertEquals("Order : HS1", TemplateText.render("Order {x}: {orderNo}", Map.of("orderNo", "HS1")));
    }
}
