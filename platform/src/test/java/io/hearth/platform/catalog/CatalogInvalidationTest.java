package io.hearth.platform.catalog;

import static io.hearth.platform.catalog.Catalogs.APP;
import static io.hearth.platform.catalog.Catalogs.app;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.Tenants;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Another replica's catalog change reaches this replica's near cache through the pub/sub announcement, long before
 * the generation would be read from Redis again (here: a minute).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestProfile(CatalogInvalidationTest.SlowGenerationCheck.class)
class CatalogInvalidationTest {

    public static class SlowGenerationCheck implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hearth.catalog.cache.generation-check", "60s");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RedisDataSource redis;

    @Inject
    CatalogConfig config;

    @Test
    void anotherReplicasAnnouncementIsSeenAtOnce() throws Exception {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String item = Catalogs.createItem(cm, Catalogs.category(cm, "cleaning", null), "Daily cleaning", 5000, 120);
        app(t).when().get(APP + "/items/" + item).then().statusCode(200);
        int cached = app(t).when().get(APP + "/items/" + item).then().extract().path("priceFen");

        // another replica commits a change: the row, its generation in Redis, and the announcement
        Catalogs.setItemColumn(dataSource, item, "base_price_fen", cached + 1234);
        long generation = redis.value(Long.class).incr(CatalogCache.generationKey(t.id()));
        redis.pubsub(String.class).publish(config.cache().channel(), t.id() + " " + generation);

        int seen = cached;
        for (int i = 0; i < 100 && seen == cached; i++) {
            Thread.sleep(100);
            seen = app(t).when().get(APP + "/items/" + item).then().extract().path("priceFen");
        }
        org.junit.jupiter.api.Assertions.assertEquals(cached + 1234, seen,
                "the announcement moved the near cache on, well before the one-minute generation check");
    }
}
