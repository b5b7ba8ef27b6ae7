package io.hearth.platform.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.CapturingSmsSender;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CustomerSignInTest {

    @Inject
    CapturingSmsSender sms;

    @Inject
    RedisDataSource redis;

    private static RequestSpecification as(String tenantSlug) {
        return given().header("X-Hearth-Tenant", tenantSlug).contentType("application/json");
    }

    @Test
    void phoneAndCodeSignInCreatesTheCustomerOnceAndMasksThePhone() {
        Tenants.Created t = Tenants.createCompany();
        String phone = AppUsers.newPhone();
        as(t.slug()).body(Map.of("phone", phone)).when().post("/api/app/auth/sms-code")
                .then().statusCode(202).body("expiresInSeconds", equalTo(300)).body("resendAfterSeconds", equalTo(60));
        String firstId = as(t.slug()).body(Map.of("phone", phone, "code", sms.lastCode(phone))).when().post("/api/app/auth/sms-login")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900)).body("kind", equalTo("customer"))
                .body("refreshToken", notNullValue())
                .extract().path("subjectId");
        redis.key().keys("hearth:" + t.id() + ":otp:cooldown:*").forEach(k -> redis.key().del(k));
        AppUsers.Session again = AppUsers.signIn(sms, t.slug(), "/api/app/auth", phone);
        assertEquals(firstId, again.subjectId());
        given().auth().oauth2(again.accessToken()).when().get("/api/app/me")
                .then().statusCode(200)
                .body("id", equalTo(again.subjectId()))
                .body("phone", equalTo("+86" + phone.substring(0, 3) + "****" + phone.substring(7)))
                .body("phoneBound", equalTo(true));
    }

    @Test
    void wrongCodesCountAndTheLastOneBurnsTheCode() {
        Tenants.Created t = Tenants.createCompany();
        String phone = AppUsers.newPhone();
        as(t.slug()).body(Map.of("phone", phone)).when().post("/api/app/auth/sms-code").then().statusCode(202);
        String right = sms.lastCode(phone);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            as(t.slug()).body(Map.of("phone", phone, "code", wrong)).when().post("/api/app/auth/sms-login")
                    .then().statusCode(422).body("code", equalTo("otp-invalid")).body("detail", equalTo("The code is wrong. " + left + " attempts left."));
        }
        as(t.slug()).body(Map.of("phone", phone, "code", wrong)).when().post("/api/app/auth/sms-login")
                .then().statusCode(429).body("code", equalTo("otp-too-many-attempts"));
        as(t.slug()).body(Map.of("phone", phone, "code", right)).when().post("/api/app/auth/sms-login")
                .then().statusCode(422).body("code", equalTo("otp-expired"));
    }

    @Test
    void aCodeIsUsableOnceAndOnlyInItsTenant() {
        Tenants.Created a = Tenants.createCompany();
        Tenants.Created b = Tenants.createCompany();
        String phone = AppUsers.newPhone();
        as(a.slug()).body(Map.of("phone", phone)).when().post("/api/app/auth/sms-code").then().statusCode(202);
        String code = sms.lastCode(phone);
        as(b.slug()).body(Map.of("phone", phone, "code", code)).when().post("/api/app/auth/sms-login")
                .then().statusCode(422).body("code", equalTo("otp-expired"));
        as(a.slug()).body(Map.of("phone", phone, "code", code)).when().post("/api/app/auth/sms-login").then().statusCode(200);
        as(a.slug()).body(Map.of("phone", phone, "code", code)).when().post("/api/app/auth/sms-login")
                .then().statusCode(422).body("code", equalTo("otp-expired"));
    }

    @Test
    void resendingWithinAMinuteIsRefusedWithTheWait() {
        Tenants.Created t = Tenants.createCompany();
        String phone = AppUsers.newPhone();
        as(t.slug()).body(Map.of("phone", phone)).when().post("/api/app/auth/sms-code").then().statusCode(202);
        as(t.slug()).body(Map.of("phone", phone)).when().post("/api/app/auth/sms-code")
                .then().statusCode(429).body("code", equalTo("otp-resend-too-soon"));
        assertEquals(1, sms.countTo(phone));
    }

    @Test
    void refreshRotatesAndAReusedTokenEndsTheSession() {
        Tenants.Created t = Tenants.createCompany();
        AppUsers.Session s = AppUsers.customer(sms, t.slug());
        String second = given().contentType("application/json").body(Map.of("refreshToken", s.refreshToken()))
                .when().post("/api/app/auth/refresh").then().statusCode(200)
                .body("subjectId", equalTo(s.subjectId())).extract().path("refreshToken");
        assertNotEquals(s.refreshToken(), second);
        given().contentType("application/json").body(Map.of("refreshToken", s.refreshToken()))
                .when().post("/api/app/auth/refresh").then().statusCode(401).body("code", equalTo("refresh-reused"));
        given().contentType("application/json").body(Map.of("refreshToken", second))
                .when().post("/api/app/auth/refresh").then().statusCode(401).body("code", equalTo("refresh-invalid"));
        given().auth().oauth2(s.accessToken()).when().get("/api/app/me")
                .then().statusCode(401).body("code", equalTo("session-ended"));
    }

    @Test
    void logoutEndsAccessAndRefresh() {
        Tenants.Created t = Tenants.createCompany();
        AppUsers.Session s = AppUsers.customer(sms, t.slug());
        given().auth().oauth2(s.accessToken()).when().post("/api/app/auth/logout").then().statusCode(204);
        given().auth().oauth2(s.accessToken()).when().get("/api/app/me").then().statusCode(401);
        given().contentType("application/json").body(Map.of("refreshToken", s.refreshToken()))
                .when().post("/api/app/auth/refresh").then().statusCode(401);
    }

    @Test
    void aCustomerTokenIsNotAWorkerTokenAndViceVersa() {
        Tenants.Created t = Tenants.createCompany();
        AppUsers.Session customer = AppUsers.customer(sms, t.slug());
        AppUsers.Session worker = AppUsers.worker(sms, t.slug());
        given().auth().oauth2(worker.accessToken()).when().get("/api/app/me").then().statusCode(403);
        given().auth().oauth2(customer.accessToken()).when().post("/api/worker/auth/logout").then().statusCode(403);
        given().auth().oauth2(customer.accessToken()).when().get("/api/platform/me").then().statusCode(403);
        given().contentType("application/json").body(Map.of("refreshToken", customer.refreshToken()))
                .when().post("/api/worker/auth/refresh").then().statusCode(401);
    }

    @Test
    void customersAndWorkersOfASuspendedTenantAreRefused() {
        Tenants.Created t = Tenants.createCompany();
        AppUsers.Session s = AppUsers.customer(sms, t.slug());
        AppUsers.Session w = AppUsers.worker(sms, t.slug());
        Tenants.suspend(t.id());
        given().auth().oauth2(s.accessToken()).when().get("/api/app/me")
                .then().statusCode(403).body("code", equalTo("tenant-suspended"));
        given().auth().oauth2(w.accessToken()).when().post("/api/worker/auth/logout")
                .then().statusCode(403).body("code", equalTo("tenant-suspended"));
        as(t.slug()).body(Map.of("phone", AppUsers.newPhone())).when().post("/api/app/auth/sms-code").then().statusCode(404);
    }

    @Test
    void badInputIsExplained() {
        Tenants.Created t = Tenants.createCompany();
        as(t.slug()).body(Map.of("phone", "12345")).when().post("/api/app/auth/sms-code")
                .then().statusCode(422).body("code", equalTo("phone-invalid"));
        given().contentType("application/json").body(Map.of("phone", AppUsers.newPhone()))
                .when().post("/api/app/auth/sms-code").then().statusCode(400).body("code", equalTo("tenant-header-one"));
        as("no-such-tenant").body(Map.of("phone", AppUsers.newPhone())).when().post("/api/app/auth/sms-code")
                .then().statusCode(404);
        as(t.slug()).body(Map.of("phone", AppUsers.newPhone(), "code", "12ab")).when().post("/api/app/auth/sms-login")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().contentType("application/json").body(Map.of("refreshToken", "garbage"))
                .when().post("/api/app/auth/refresh").then().statusCode(401).body("code", equalTo("refresh-invalid"));
    }

    @Test
    void aForgedPlatformTokenIsRefused() {
        Tenants.Created t = Tenants.createCompany();
        AppUsers.Session s = AppUsers.customer(sms, t.slug());
        String[] parts = s.accessToken().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA";
        given().auth().oauth2(forged).when().get("/api/app/me").then().statusCode(401);
    }

    @Test
    void theTestPhoneSignsInWithItsFixedCodeAndNoSms() {
        Tenants.Created t = Tenants.createCompany();
        as(t.slug()).body(Map.of("phone", "19999999999")).when().post("/api/app/auth/sms-code")
                .then().statusCode(202).body("resendAfterSeconds", equalTo(0));
        as(t.slug()).body(Map.of("phone", "+8619999999999", "code", "135790")).when().post("/api/app/auth/sms-login")
                .then().statusCode(200).body("expiresIn", greaterThan(0));
        assertEquals(0, sms.countTo("19999999999"));
    }
}
