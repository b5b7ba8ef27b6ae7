package io.hearth.platform.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Customers and workers signed in through the real SMS-code flow. */
public final class AppUsers {

    public record Session(String accessToken, String refreshToken, String subjectId, String phone) {
    }

    private AppUsers() {
    }

    /** A mainland mobile number nobody else in the suite uses. */
    public static String newPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static Session customer(CapturingSmsSender sms, String tenantSlug) {
        return signIn(sms, tenantSlug, "/api/app/auth", newPhone());
    }

    public static Session worker(CapturingSmsSender sms, String tenantSlug) {
        return signIn(sms, tenantSlug, "/api/worker/auth", newPhone());
    }

    public static Session signIn(CapturingSmsSender sms, String tenantSlug, String base, String phone) {
        given().header("X-Hearth-Tenant", tenantSlug).contentType("application/json").body(Map.of("phone", phone))
                .when().post(base + "/sms-code").then().statusCode(202);
        JsonPath tokens = given().header("X-Hearth-Tenant", tenantSlug).contentType("application/json")
                .body(Map.of("phone", phone, "code", sms.lastCode(phone)))
                .when().post(base + "/sms-login").then().statusCode(200).extract().jsonPath();
        return new Session(tokens.getString("accessToken"), tokens.getString("refreshToken"), tokens.getString("subjectId"),
                phone);
    }
}
