package io.hearth.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

/** Creates tenants through the super-admin API, with slugs unique per test run. */
public final class Tenants {

    public record Created(UUID id, String slug) {
    }

    private Tenants() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> company(String slug) {
        return Map.of(
                "slug", slug,
                "type", "COMPANY",
                "displayName", "Company " + slug,
                "primaryColor", "#C2410C",
                "defaultLocale", "zh-CN",
                "timeZone", "Asia/Shanghai",
                "cityCodes", java.util.List.of("330100", "310100"),
                "owner", Map.of("username", slug + "-owner", "email", slug + "@example.test", "firstName", "Mei",
                        "lastName", "Lin"));
    }

    public static Map<String, Object> cityOperator(String slug) {
        return Map.of(
                "slug", slug,
                "type", "CITY_OPERATOR",
                "displayName", "Operator " + slug,
                "defaultLocale", "zh-CN",
                "timeZone", "Asia/Shanghai",
                "cityCodes", java.util.List.of("330100"),
                "serviceArea", Map.of("centerLat", 30.27, "centerLng", 120.15, "radiusKm", 40),
                "owner", Map.of("username", slug + "-owner", "email", slug + "@example.test", "firstName", "Wei"));
    }

    public static Created create(Map<String, Object> body) {
        String id = given().auth().oauth2(StaffTokens.superAdmin()).contentType("application/json").body(body)
                .when().post("/api/platform/tenants")
                .then().statusCode(201)
                .extract().path("tenant.id");
        return new Created(UUID.fromString(id), (String) body.get("slug"));
    }

    public static Created createCompany() {
        return create(company(uniqueSlug("co")));
    }

    public static void suspend(UUID id) {
        given().auth().oauth2(StaffTokens.superAdmin()).contentType("application/json").body(Map.of("reason", "test"))
                .when().post("/api/platform/tenants/" + id + "/suspend")
                .then().statusCode(200);
    }
}
