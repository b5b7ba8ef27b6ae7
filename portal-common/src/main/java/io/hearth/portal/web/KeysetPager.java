package io.hearth.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Links for a list the platform pages by keyset ({@code nextCursor}). The platform only goes forward, so the
 * cursors of the pages before this one travel in the link ({@code trail}) to allow "previous".
 *
 * @param firstHref null on the first page
 * @param prevHref  null on the first page
 * @param nextHref  null on the last page
 */
public record KeysetPager(String firstHref, String prevHref, String nextHref) {

    /**
     * @param path    the page's path
     * @param filters the list's filters (blank values are left out)
     * @param cursor  the cursor of this page (null: the first)
     * @param trail   the cursors of the pages before, comma separated (the first page has none)
     * @param next    the platform's nextCursor
     */
    public static KeysetPager of(String path, Map<String, String> filters, String cursor, String trail, String next) {
        List<String> before = trail == null || trail.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(trail.split(",")));
        String q = query(filters);
        String first = q.isEmpty() ? path : path + "?" + q;
        // the prefix of a link with a cursor: "/inbox?cursor=…" without filters, "/orders?status=X&cursor=…" with
        String base = q.isEmpty() ? path + "?" : path + "?" + q + "&";
        if (cursor == null || cursor.isBlank()) {
            return new KeysetPager(null, null, next == null ? null : base + "cursor=" + enc(next));
        }
        String prev;
        if (before.isEmpty()) {
            prev = first;
        } else {
            String prevCursor = before.remove(before.size() - 1);
            prev = prevCursor.isEmpty() ? first
                    : base + "cursor=" + enc(prevCursor) + (before.isEmpty() ? "" : "&trail=" + enc(String.join(",", before)));
        }
        List<String> forward = trail == null || trail.isBlank() ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(trail.split(",")));
        forward.add(cursor);
        String nextHref = next == null ? null
                : base + "cursor=" + enc(next) + "&trail=" + enc(String.join(",", forward));
        return new KeysetPager(first, prev, nextHref);
    }

    public boolean any() {
        return prevHref != null || nextHref != null;
    }

    static String query(Map<String, String> filters) {
        StringBuilder q = new StringBuilder();
        filters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                if (q.length() > 0) {
                    q.append('&');
                }
                q.append(enc(k)).append('=').append(enc(v));
            }
        });
        return q.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
