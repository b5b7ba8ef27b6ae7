package io.hearth.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

/**
 * What both portals promise: an anonymous visitor is sent to Keycloak, health stays public, and a
 * signed-in user sees what the platform says about them. Each portal runs it with
 * {@code @QuarkusTest @WithTestResource(OidcWiremockTestResource.class)} on a subclass.
 */
public abstract class PortalContractTest {

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @InjectMock
    @RestClient
    PlatformClient platform;

    @Test
    void anonymousVisitorIsSentToTheKeycloakLogin() {
        given().redirects().follow(false)
                .when().get("/")
                .then().statusCode(302)
                .header("Location", startsWith(realmUrl.replaceAll("/$", "")))
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("client_id=" + clientId))
                .header("Location", containsString("scope=openid"))
                .header("Location", containsString("organization"));
    }

    @Test
    void deepLinksAlsoRequireSignIn() {
        given().redirects().follow(false)
                .when().get("/orders/42")
                .then().statusCode(302)
                .header("Location", startsWith(realmUrl.replaceAll("/$", "")))
                .header("Location", containsString("redirect_uri=http%3A%2F%2F127.0.0.1%3A"))
                .header("Location", containsString("%2Forders%2F42"));
    }

    @Test
    void healthIsPublic() {
        RestAssured.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        RestAssured.get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void signedInUserSeesWhatThePlatformSays() {
        when(platform.me()).thenReturn(new StaffSession(
                new StaffSession.Staff("s-1", "sparkle-owner", "Li Na", "li@sparkle.example", Set.of("owner"), List.of("sparkle")),
                new StaffSession.Tenant("t-1", "sparkle", "COMPANY", "ACTIVE", "zh-CN", "Asia/Shanghai")));
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Welcome, Li Na"))
                .body(containsString("sparkle"))
                .body(not(containsString("not reachable")));
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void aRefusalByThePlatformShowsItsReason() {
        when(platform.me()).thenThrow(new jakarta.ws.rs.WebApplicationException(jakarta.ws.rs.core.Response.status(403)
                .type("application/problem+json")
                .entity("{\"status\":403,\"detail\":\"Tenant sparkle is suspended.\"}").build()));
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("The platform refused your account."))
                .body(containsString("Tenant sparkle is suspended."));
    }

    @Test
    @TestSecurity(user = "sparkle-owner", roles = "owner")
    void platformOutageIsShownNotHidden() {
        when(platform.me()).thenThrow(new ProcessingException("connection refused"));
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("The platform API is not reachable right now."));
    }
}
