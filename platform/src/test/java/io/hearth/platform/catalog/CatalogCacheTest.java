package io.hearth.platform.catalog;

import static io.hearth.platform.catalog.Catalogs.APP;
import static io.hearth.platform.catalog.Catalogs.STAFF;
import static io.hearth.platform.catalog.Catalogs.app;
import static io.hearth.platform.catalog.Catalogs.staff;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.Tenants;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Customer reads come from Redis, per tenant, until a change of that tenant's catalog. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CatalogCacheTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RedisDataSource redis;

    @Test
    void aChangeThroughTheApiIsSeenAtOnce() {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cat = Catalogs.category(cm, "cleaning", null);
        String item = Catalogs.createItem(cm, cat, "Daily cleaning", 5000, 120);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(5000));
        app(t).when().get(APP + "/items").then().body("items[0].priceFen", equalTo(5000));

        staff(cm).body(Catalogs.item(cat, "Daily cleaning", 5800, 120)).when().put(STAFF + "/items/" + item).then().statusCode(200);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(5800));
        app(t).when().get(APP + "/items").then().body("items[0].priceFen", equalTo(5800));
        staff(cm).body(Map.of("name", "每日保洁")).when().put(STAFF + "/categories/" + cat + "/translations/zh-CN").then().statusCode(200);
        app(t).when().get(APP + "/categories").then().body("[0].name", equalTo("每日保洁"));
    }

    @Test
    void theSecondReadComesFromTheCacheUntilTheTenantsCatalogChanges() throws Exception {
        Tenants.Created t = Tenants.createCompany();
        Tenants.Created other = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cat = Catalogs.category(cm, "cleaning", null);
        String item = Catalogs.createItem(cm, cat, "Daily cleaning", 5000, 120);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(5000));

        // behind the service's back: the cache still answers the old price
        Catalogs.setItemColumn(dataSource, item, "base_price_fen", 7777);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(5000));
        List<String> keys = redis.key().keys("hearth:" + t.id() + ":catalog:v*");
        assertFalse(keys.isEmpty());
        assertTrue(keys.stream().allMatch(k -> k.startsWith("hearth:" + t.id() + ":catalog:")), keys.toString());

        // another tenant's change does not invalidate this tenant's entries
        String otherCm = Catalogs.manager(other);
        Catalogs.category(otherCm, "cleaning", null);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(5000));

        // any change of this tenant's catalog does
        Catalogs.category(cm, "windows", null);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(7777));
    }

    @Test
    void staffReadsAreNeverCached() throws Exception {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String item = Catalogs.createItem(cm, Catalogs.category(cm, "cleaning", null), "Daily cleaning", 5000, 120);
        staff(cm).when().get(STAFF + "/items/" + item).then().body("basePriceFen", equalTo(5000));
        Catalogs.setItemColumn(dataSource, item, "base_price_fen", 6000);
        staff(cm).when().get(STAFF + "/items/" + item).then().body("basePriceFen", equalTo(6000));
    }

    @Test
    void anotherReplicasChangeIsSeenOnceTheGenerationIsCheckedAgain() throws Exception {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String item = Catalogs.createItem(cm, Catalogs.category(cm, "cleaning", null), "Daily cleaning", 5000, 120);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(5000));

        // another replica commits a change: the database row and the tenant's generation in Redis
        Catalogs.setItemColumn(dataSource, item, "base_price_fen", 6400);
        redis.value(Long.class).incr(CatalogCache.generationKey(t.id()));
        Thread.sleep(GENERATION_CHECK_MS + 200);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(6400));
    }

    @Test
    void aRestartedRedisNeverBringsBackAnOlderGenerationsAnswer() throws Exception {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cat = Catalogs.category(cm, "cleaning", null);
        String item = Catalogs.createItem(cm, cat, "Daily cleaning", 5000, 120);
        forgetTenantsCatalogKeys(t);
        Thread.sleep(GENERATION_CHECK_MS + 200);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(5000)); // cached as generation 0

        staff(cm).body(Catalogs.item(cat, "Daily cleaning", 5800, 120)).when().put(STAFF + "/items/" + item).then().statusCode(200);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(5800)); // generation 1

        // Redis restarts (it keeps nothing on disk): the counter starts from 0 again
        forgetTenantsCatalogKeys(t);
        Catalogs.setItemColumn(dataSource, item, "base_price_fen", 6100);
        Thread.sleep(GENERATION_CHECK_MS + 200);
        app(t).when().get(APP + "/items/" + item).then().body("priceFen", equalTo(6100));
    }

    /** The default of hearth.catalog.cache.generation-check. */
    static final long GENERATION_CHECK_MS = 1000;

    private void forgetTenantsCatalogKeys(Tenants.Created t) {
        List<String> keys = redis.key().keys("hearth:" + t.id() + ":catalog:*");
        if (!keys.isEmpty()) {
            redis.key().del(keys.toArray(String[]::new));
        }
    }
}
