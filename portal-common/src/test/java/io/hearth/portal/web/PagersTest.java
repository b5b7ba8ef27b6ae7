package io.hearth.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keyset links carry the cursors of earlier pages so "previous" works; offset links count from page 0. */
class PagersTest {

    static final Map<String, String> FILTERS = new LinkedHashMap<>(Map.of("status", "ACCEPTED"));

    @Test
    void keysetFirstPageHasOnlyNext() {
        KeysetPager p = KeysetPager.of("/orders", FILTERS, null, null, "c2");
        assertNull(p.firstHref());
        assertNull(p.prevHref());
        assertEquals("/orders?status=ACCEPTED&cursor=c2", p.nextHref());
    }

    @Test
    void keysetWalksForwardAndBack() {
        KeysetPager second = KeysetPager.of("/orders", FILTERS, "c2", null, "c3");
        assertEquals("/orders?status=ACCEPTED", second.prevHref());
        assertEquals("/orders?status=ACCEPTED&cursor=c3&trail=c2", second.nextHref());
        KeysetPager third = KeysetPager.of("/orders", FILTERS, "c3", "c2", null);
        assertEquals("/orders?status=ACCEPTED&cursor=c2", third.prevHref());
        assertEquals("/orders?status=ACCEPTED", third.firstHref());
        assertNull(third.nextHref());
    }

    @Test
    void keysetLinksWithoutFiltersHaveNoStrayAmpersand() {
        assertEquals("/inbox?cursor=k2", KeysetPager.of("/inbox", Map.of(), null, null, "k2").nextHref());
        KeysetPager second = KeysetPager.of("/inbox", Map.of(), "k2", null, "k3");
        assertEquals("/inbox", second.firstHref());
        assertEquals("/inbox?cursor=k3&trail=k2", second.nextHref());
    }

    @Test
    void offsetPagesCountFromZero() {
        OffsetPager p = OffsetPager.of("/workers", Map.of(), 1, 20, 45);
        assertEquals(2, p.page());
        assertEquals(3, p.pages());
        assertEquals("/workers?page=0", p.prevHref());
        assertEquals("/workers?page=2", p.nextHref());
        assertNull(OffsetPager.of("/workers", Map.of(), 0, 20, 0).nextHref());
    }
}
