package io.hearth.platform.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tenant's branding fields, one rule at a time (no application). */
class BrandingRulesTest {

    static Map<String, String> check(String name, String color, String appId, String phone) {
        return BrandingRules.check(new BrandingSettings.Change(name, color, null, appId, phone, 3).normalized());
    }

    @Test
    void wellFormedValuesPass() {
        assertEquals(Map.of(), check("洁家家政", "#C2410C", "wx0123456789abcdef", "400-820-8820"));
        assertEquals(Map.of(), check("x".repeat(120), null, " ", ""));
        assertEquals(Map.of(), check("A", "#000000", null, "+8613800138000"));
        assertEquals(Map.of(), check("A", null, null, "95105"));
    }

    @Test
    void eachBadFieldHasItsKey() {
        assertEquals(Map.of("displayName", "branding-display-name-required"), check("  ", null, null, null));
        assertEquals(Map.of("displayName", "branding-display-name-too-long"), check("x".repeat(121), null, null, null));
        assertEquals(Map.of("primaryColor", "branding-color-format"), check("A", "C2410C", null, null));
        assertEquals(Map.of("primaryColor", "branding-color-format"), check("A", "#c2410", null, null));
        assertEquals(Map.of("miniProgramAppId", "branding-app-id-format"), check("A", null, "wx0123456789ABCDEF", null));
        assertEquals(Map.of("miniProgramAppId", "branding-app-id-format"), check("A", null, "wx0123456789abcde", null));
        assertEquals(Map.of("servicePhone", "branding-phone-format"), check("A", null, null, "1234"));
        assertEquals(Map.of("servicePhone", "branding-phone-format"), check("A", null, null, "400--820"));
        assertEquals(Map.of("servicePhone", "branding-phone-format"), check("A", null, null, "1".repeat(21)));
        assertEquals(Map.of("version", "branding-version-required"),
                BrandingRules.check(new BrandingSettings.Change("A", null, null, null, null, null).normalized()));
    }

    @Test
    void normalizingTrimsBlanksAndLowersTheColour() {
        BrandingSettings.Change n = new BrandingSettings.Change("  Name ", "#ABCDEF", null, "  ", " 021-1234567 ", 1)
                .normalized();
        assertEquals(new BrandingSettings.Change("Name", "#abcdef", null, null, "021-1234567", 1), n);
    }
}
