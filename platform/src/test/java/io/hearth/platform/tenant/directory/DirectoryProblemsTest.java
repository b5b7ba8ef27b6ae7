package io.hearth.platform.tenant.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** How directory failures reach an API caller; no Keycloak needed (one that is not there is the point). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DirectoryProblemsTest {

    @Test
    void anUnreachableKeycloakIsServiceUnavailable() {
        given().when().get("/test-probe/directory/unreachable")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("directory-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("Keycloak"));
    }

    @Test
    void theOutageIsExplainedInChineseToo() {
        given().header("Accept-Language", "zh-CN").when().get("/test-probe/directory/unreachable")
                .then().statusCode(503)
                .body("detail", containsString("身份认证服务"));
    }

    @Test
    void aClashIsAConflictNamingTheValue() {
        given().when().get("/test-probe/directory/conflict")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("directory-conflict"))
                .body("detail", containsString("sparkle-owner"));
    }
}
