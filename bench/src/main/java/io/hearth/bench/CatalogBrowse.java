package io.hearth.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 1. Anonymous catalog reads of every tenant (item list by popularity and the category tree, in the tenant's
 * language), served from the Redis cache once warm — against the app's constant endpoint, the most the
 * framework (HTTP, security, JSON) serves on this machine.
 */
final class CatalogBrowse implements Scenario {

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "Catalog browse (cached)";
    }

    @Override
    public List<Row> run(Run run) throws Exception {
        List<String> slugs;
        try (Connection c = run.db.connect()) {
            slugs = Db.texts(c, "select slug from tenant where status = 'ACTIVE' and slug like 'bench-%' order by slug");
        }
        List<Wrk.Request> catalog = new ArrayList<>();
        for (String slug : slugs) {
            catalog.add(new Wrk.Request("/api/app/catalog/items?sort=popularity&size=20", "X-Hearth-Tenant: " + slug,
                    "Accept-Language: zh-CN"));
            catalog.add(new Wrk.Request("/api/app/catalog/categories", "X-Hearth-Tenant: " + slug, "Accept-Language: en"));
        }
        var items = run.http.expect(200, "GET", run.url("/api/app/catalog/items?sort=popularity&size=20"), null, null,
                "X-Hearth-Tenant", Env.BIG_SLUG);
        if (items.path("items").size() == 0) {
            throw new IllegalStateException("the big tenant's catalog answers no items: " + items);
        }
        List<Wrk.Request> ping = List.of(new Wrk.Request("/api/bench/ping"));
        run.http.expect(200, "GET", run.url("/api/bench/ping"), null, null);

        int c = run.connections();
        run.wrk.run("catalog-warm", catalog, c, run.warmSeconds());
        Stats measured = run.wrk.run("catalog", catalog, c, run.seconds());
        run.wrk.run("ping-warm", ping, c, run.warmSeconds());
        Stats baseline = run.wrk.run("ping", ping, c, run.seconds());
        return List.of(new Row("1", title(), String.format(Locale.ROOT, "wrk, %d connections; %,d tenants × (items, categories)",
                c, slugs.size()), measured, "GET /api/bench/ping (constant answer, same app)", baseline,
                "cache warmed for every tenant first", Map.of("tenants", slugs.size())));
    }
}
