package io.hearth.platform.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProblemMapperTest {

    @Test
    void invalidFieldsAreListedOneByOne() {
        given().contentType("application/json").body("{\"name\":\"\",\"priceFen\":-1}")
                .when().post("/test-probe/problems/validated")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("name"))
                .body("errors[1].field", equalTo("priceFen"));
    }

    @Test
    void fieldMessagesFollowTheRequestLanguage() {
        given().contentType("application/json").header("Accept-Language", "zh-CN")
                .body("{\"name\":\"x\",\"priceFen\":-1}")
                .when().post("/test-probe/problems/validated")
                .then().statusCode(400)
                .body("detail", containsString("字段"))
                .body("errors[0].message", equalTo("必须是正数或零"));
    }

    @Test
    void queryParameterViolationNamesTheParameter() {
        given().when().get("/test-probe/problems/page?size=1000")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType("application/json").body("{\"name\":")
                .when().post("/test-probe/problems/validated")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("bad-request"));
    }

    @Test
    void domainNotFoundNamesWhatIsMissing() {
        given().when().get("/test-probe/problems/things/42")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hearth:problem:not-found"))
                .body("detail", equalTo("Thing 42 does not exist."))
                .body("instance", equalTo("/test-probe/problems/things/42"));
    }

    @Test
    void aDuplicateFoundAtCommitIsAConflictNotACrash() {
        given().when().get("/test-probe/problems/duplicate-at-commit")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("conflict-duplicate"));
    }

    @Test
    void unexpectedFailuresDoNotLeakInternals() {
        given().when().get("/test-probe/problems/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("code", equalTo("internal-error"))
                .body(not(containsString("secret internals")));
    }
}
