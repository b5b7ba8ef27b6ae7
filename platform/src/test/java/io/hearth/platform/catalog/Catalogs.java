package io.hearth.platform.catalog;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.StaffTokens;
import io.hearth.platform.testing.Tenants;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds catalog data through the staff API, for the catalog tests. */
final class Catalogs {

    static final String STAFF = "/api/tenant/catalog";
    static final String APP = "/api/app/catalog";

    private Catalogs() {
    }

    static String manager(Tenants.Created t) {
        return StaffTokens.staff(t.slug() + "-catalog", t.slug(), "catalog-manager");
    }

    static RequestSpecification staff(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    static RequestSpecification app(Tenants.Created t) {
        return given().header("X-Hearth-Tenant", t.slug());
    }

    static Map<String, Object> texts(String zh, String en) {
        Map<String, Object> texts = new HashMap<>();
        if (zh != null) {
            texts.put("zh-CN", Map.of("name", zh));
        }
        if (en != null) {
            texts.put("en", Map.of("name", en));
        }
        return texts;
    }

    static String category(String token, String code, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("parentId", parentId);
        body.put("texts", texts("类" + code, "Category " + code));
        return staff(token).body(body).when().post(STAFF + "/categories").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> item(String categoryId, String en, long priceFen, int minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", categoryId);
        body.put("unit", "PER_VISIT");
        body.put("basePriceFen", priceFen);
        body.put("defaultDurationMinutes", minutes);
        body.put("minQuantity", 1);
        body.put("maxQuantity", 4);
        body.put("tags", List.of("home"));
        body.put("texts", Map.of("en", Map.of("name", en, "summary", en + " summary")));
        return body;
    }

    static String createItem(String token, Map<String, Object> body) {
        return staff(token).body(body).when().post(STAFF + "/items").then().statusCode(201).extract().path("id");
    }

    static String createItem(String token, String categoryId, String en, long priceFen, int minutes) {
        return createItem(token, item(categoryId, en, priceFen, minutes));
    }

    static Map<String, Object> pkg(String code, String itemId, int quantity, long priceFen) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("durationMinutes", 120);
        body.put("priceFen", priceFen);
        body.put("items", List.of(Map.of("itemId", itemId, "quantity", quantity)));
        body.put("texts", Map.of("zh-CN", Map.of("name", "两小时基础保洁"), "en", Map.of("name", "2-hour basic clean")));
        return body;
    }

    /** Changes a service item column behind the service's back (popularity has no API; cache tests). */
    static void setItemColumn(AgroalDataSource dataSource, String itemId, String column, long value) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update service_item set " + column + " = ? where id = ?")) {
            ps.setLong(1, value);
            ps.setObject(2, UUID.fromString(itemId));
            ps.executeUpdate();
        }
    }

    static String createPackage(String token, Map<String, Object> body) {
        return staff(token).body(body).when().post(STAFF + "/packages").then().statusCode(201).extract().path("id");
    }
}
