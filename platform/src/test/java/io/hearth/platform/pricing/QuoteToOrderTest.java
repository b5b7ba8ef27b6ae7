package io.hearth.platform.pricing;

import static io.hearth.platform.pricing.PricingFixtures.address;
import static io.hearth.platform.pricing.PricingFixtures.postQuote;
import static io.hearth.platform.pricing.PricingFixtures.putRules;
import static io.hearth.platform.pricing.PricingFixtures.quote;
import static io.hearth.platform.pricing.PricingFixtures.weekday;
import static io.hearth.platform.worker.WorkerFixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.order.OrderWorld;
import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.InMemorySkillCatalog;
import io.hearth.platform.testing.TwoTenants;
import io.hearth.platform.worker.WorkerFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A quote's points and coupon are spent when the order is made from it and given back when that order is cancelled. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class QuoteToOrderTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    InMemorySkillCatalog catalog;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestCouponEngine coupons;

    private long balance(AppUsers.Session c) {
        return ((Number) as(c.accessToken()).when().get("/api/app/me/points").then().statusCode(200).extract()
                .path("balance")).longValue();
    }

    @Test
    void pointsAndCouponFollowTheOrder() throws Exception {
        TwoTenants two = TwoTenants.create(sms);
        String owner = two.a().ownerToken();
        UUID item = catalog.add(two.a().tenant().id());
        WorkerFixtures.approvedWorker(owner, two.a().worker(), List.of(item), PricingFixtures.LAT, PricingFixtures.LNG,
                "08:00", "20:00");
        putRules(owner, Map.of("points", Map.of("fenPerPoint", 1, "maxDiscountBp", 5_000))).statusCode(200);
        AppUsers.Session c = two.a().customer();
        UUID at = address(c);
        PricingFixtures.grantPoints(dataSource, two.a().tenant().id(), c.subjectId(), 3_000);

        Map<String, Object> body = quote(item, at, weekday(3), "10:00");
        body.put("points", 1_000);
        body.put("couponCode", TestCouponEngine.CODE);
        String quoteId = postQuote(c, body).statusCode(201)
                .body("lines.kind", contains("BASE", "COUPON", "POINTS"))
                .body("totalFen", equalTo(3_000)).extract().path("id");
        assertEquals(3_000, balance(c), "quoting spends nothing");

        String orderId = as(c.accessToken()).body(OrderWorld.createBody(UUID.fromString(quoteId)))
                .when().post("/api/app/orders").then().statusCode(201)
                .body("money.totalFen", equalTo(3_000))
                .body("lines.kind", contains("BASE", "COUPON", "POINTS"))
                .extract().path("id");
        assertEquals(2_000, balance(c));
        assertEquals(TestCouponEngine.CODE, coupons.redeemedFor(UUID.fromString(orderId)));
        assertFalse(coupons.restored(UUID.fromString(orderId)));

        as(c.accessToken()).body(Map.of("reason", "plans changed")).when().post("/api/app/orders/" + orderId + "/cancel")
                .then().statusCode(200);
        assertEquals(3_000, balance(c));
        assertTrue(coupons.restored(UUID.fromString(orderId)));
        // cancelling again changes nothing, and the balance stays
        as(c.accessToken()).body(Map.of("reason", "again")).when().post("/api/app/orders/" + orderId + "/cancel")
                .then().statusCode(409);
        assertEquals(3_000, balance(c));
    }
}
