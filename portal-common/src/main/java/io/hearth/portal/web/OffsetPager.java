package io.hearth.portal.web;

import java.util.Map;

/** Links for a list the platform pages by number (page from 0, with a total). */
public record OffsetPager(int page, int pages, long total, String prevHref, String nextHref) {

    public static OffsetPager of(String path, Map<String, String> filters, int page, int size, long total) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        String q = KeysetPager.query(filters);
        String base = path + "?" + (q.isEmpty() ? "" : q + "&") + "page=";
        return new OffsetPager(page + 1, pages, total, page > 0 ? base + (page - 1) : null,
                page + 1 < pages ? base + (page + 1) : null);
    }
}
