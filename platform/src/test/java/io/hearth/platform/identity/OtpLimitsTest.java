package io.hearth.platform.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.hearth.platform.testing.AppUsers;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Daily limits per phone and per client IP, with small limits and a one-second resend interval. */
@QuarkusTest
@TestProfile(OtpLimitsTest.TightLimits.class)
@WithTestResource(OidcWiremockTestResource.class)
class OtpLimitsTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hearth.auth.otp.resend-interval", "1s", "hearth.auth.otp.daily-per-phone", "2",
                    "hearth.auth.otp.daily-per-ip", "4", "hearth.auth.otp.test-phone-prefixes", "+861700000");
        }
    }

    private static void ask(String slug, String phone, int status) throws InterruptedException {
        Thread.sleep(1_100); // past the resend interval of the previous ask
        given().header("X-Hearth-Tenant", slug).contentType("application/json").body(Map.of("phone", phone))
                .when().post("/api/app/auth/sms-code").then().statusCode(status);
    }

    @Test
    void aPhoneGetsTwoCodesADayAndAnIpFour() throws InterruptedException {
        String slug = Tenants.createCompany().slug();
        String phone = AppUsers.newPhone();
        ask(slug, phone, 202);
        ask(slug, phone, 202);
        Thread.sleep(1_100);
        given().header("X-Hearth-Tenant", slug).contentType("application/json").body(Map.of("phone", phone))
                .when().post("/api/app/auth/sms-code")
                .then().statusCode(429).body("code", equalTo("otp-daily-limit-phone"));
        ask(slug, AppUsers.newPhone(), 202);
        ask(slug, AppUsers.newPhone(), 202);
        Thread.sleep(1_100);
        given().header("X-Hearth-Tenant", slug).contentType("application/json").body(Map.of("phone", AppUsers.newPhone()))
                .when().post("/api/app/auth/sms-code")
                .then().statusCode(429).body("code", equalTo("otp-daily-limit-ip"));
    }

    @Test
    void demoRangePhonesUseTheFixedCodeWithoutLimits() {
        String slug = Tenants.createCompany().slug();
        for (int i = 0; i < 3; i++) {
            given().header("X-Hearth-Tenant", slug).contentType("application/json").body(Map.of("phone", "17000001234"))
                    .when().post("/api/app/auth/sms-code").then().statusCode(202);
        }
        given().header("X-Hearth-Tenant", slug).contentType("application/json")
                .body(Map.of("phone", "17000001234", "code", "246810"))
                .when().post("/api/worker/auth/sms-login").then().statusCode(200);
        given().header("X-Hearth-Tenant", slug).contentType("application/json")
                .body(Map.of("phone", "17100001234", "code", "246810"))
                .when().post("/api/worker/auth/sms-login").then().statusCode(422);
    }

    @Test
    void limitsAreCountedPerTenant() throws InterruptedException {
        String a = Tenants.createCompany().slug();
        String b = Tenants.createCompany().slug();
        String phone = AppUsers.newPhone();
        ask(a, phone, 202);
        ask(a, phone, 202);
        ask(b, phone, 202);
    }
}
