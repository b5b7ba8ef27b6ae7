package io.hearth.platform.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hearth.platform.shared.web.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plain unit tests: the customer's language pick and the fallback of missing texts. */
class CatalogLocalesTest {

    private static final Map<String, CatalogDto.NamedText> TEXTS = Map.of(
            "zh-CN", new CatalogDto.NamedText("保洁", "说明"),
            "ko", new CatalogDto.NamedText("청소", null));

    @Test
    void picksTheFirstAcceptableCatalogLanguageByLanguageElseTheTenantDefault() {
        assertEquals("zh-CN", CatalogLocales.pick(List.of(Locale.forLanguageTag("zh-TW")), "en"));
        assertEquals("ja", CatalogLocales.pick(List.of(Locale.FRENCH, Locale.JAPAN), "en"));
        assertEquals("en", CatalogLocales.pick(List.of(Locale.FRENCH), "en"));
        assertEquals("ko", CatalogLocales.pick(List.of(), "ko"));
    }

    @Test
    void aMissingTextFallsBackToTheDefaultLocaleThenToAnyLanguage() {
        assertEquals("청소", CatalogLocales.text(TEXTS, "ko", "zh-CN", CatalogDto.NamedText::name));
        assertEquals("说明", CatalogLocales.text(TEXTS, "ko", "zh-CN", CatalogDto.NamedText::description));
        assertEquals("保洁", CatalogLocales.text(TEXTS, "en", "ja", CatalogDto.NamedText::name));
        assertNull(CatalogLocales.text(Map.of("en", new CatalogDto.NamedText("x", null)), "en", "en",
                CatalogDto.NamedText::description));
    }

    @Test
    void unsupportedLocalesAndRemovingTheLastLanguageAreRefused() {
        assertEquals(422, assertThrows(ApiException.class, () -> CatalogLocales.checked(Map.of("de", "x"))).status());
        assertEquals(422, assertThrows(ApiException.class,
                () -> CatalogLocales.without(Map.of("en", "x"), "en")).status());
        assertEquals(404, assertThrows(ApiException.class,
                () -> CatalogLocales.without(Map.of("en", "x"), "ja")).status());
    }
}
