package io.hearth.platform.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** The benchmark's constant endpoint does not exist unless the benchmark turns it on. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BenchPingResourceTest {

    @Test
    void withoutTheBenchSettingThePingAnswers404LikeAnUnknownPath() {
        given().when().get("/api/bench/ping").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
