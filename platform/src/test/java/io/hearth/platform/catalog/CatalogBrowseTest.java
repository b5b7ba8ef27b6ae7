package io.hearth.platform.catalog;

import static io.hearth.platform.catalog.Catalogs.APP;
import static io.hearth.platform.catalog.Catalogs.STAFF;
import static io.hearth.platform.catalog.Catalogs.app;
import static io.hearth.platform.catalog.Catalogs.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.hearth.platform.testing.Tenants;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Customers browse: language and fallback, search, filters, sort, pages, packages. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CatalogBrowseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theAnswerFollowsAcceptLanguageAndFallsBackToTheTenantsDefaultLocale() {
        Tenants.Created t = Tenants.createCompany(); // default locale zh-CN
        String cm = Catalogs.manager(t);
        String cat = Catalogs.category(cm, "cleaning", null);
        Map<String, Object> body = Catalogs.item(cat, "Deep cleaning", 20000, 240);
        body.put("texts", Map.of(
                "zh-CN", Map.of("name", "深度保洁", "summary", "全屋深度清洁", "toolsBrought", "专业工具"),
                "en", Map.of("name", "Deep cleaning")));
        String item = Catalogs.createItem(cm, body);

        app(t).header("Accept-Language", "en-US,en;q=0.9").when().get(APP + "/items/" + item).then().statusCode(200)
                .header("Content-Language", "en")
                .body("name", equalTo("Deep cleaning"))
                .body("summary", equalTo("全屋深度清洁")) // no English summary: the tenant's default locale
                .body("toolsBrought", equalTo("专业工具"))
                .body("description", nullValue());
        // Japanese is a catalog language, but this item has no Japanese texts yet
        app(t).header("Accept-Language", "ja").when().get(APP + "/items/" + item).then()
                .header("Content-Language", "ja").body("name", equalTo("深度保洁"));
        // French is not a catalog language: the tenant's default locale
        app(t).header("Accept-Language", "fr-FR").when().get(APP + "/items/" + item).then()
                .header("Content-Language", "zh-CN").body("name", equalTo("深度保洁"));
        app(t).header("Accept-Language", "ko").when().get(APP + "/categories").then().body("[0].name", equalTo("类cleaning"));
        app(t).when().get(APP + "/items/" + item).then().body("name", equalTo("深度保洁"));

        staff(cm).body(Map.of("name", "딥 클리닝")).when().put(STAFF + "/items/" + item + "/translations/ko").then().statusCode(200);
        app(t).header("Accept-Language", "ko-KR").when().get(APP + "/items/" + item).then()
                .header("Content-Language", "ko").body("name", equalTo("딥 클리닝")).body("summary", equalTo("全屋深度清洁"));

        // neither the requested nor the default locale: any language there is
        String english = Catalogs.createItem(cm, cat, "Window cleaning", 9000, 90);
        app(t).header("Accept-Language", "ja").when().get(APP + "/items/" + english).then().body("name", equalTo("Window cleaning"));
    }

    @Test
    void searchFilterSortAndPages() throws Exception {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cleaning = Catalogs.category(cm, "cleaning", null);
        String deep = Catalogs.category(cm, "deep", cleaning);
        String care = Catalogs.category(cm, "care", null);
        String daily = Catalogs.createItem(cm, cleaning, "Daily cleaning", 5000, 120);
        Map<String, Object> kitchenBody = Catalogs.item(deep, "Kitchen deep clean", 30000, 240);
        kitchenBody.put("texts", Map.of("en", Map.of("name", "Kitchen deep clean"), "zh-CN", Map.of("name", "厨房深度清洁")));
        kitchenBody.put("tags", List.of("oil", "hood"));
        String kitchen = Catalogs.createItem(cm, kitchenBody);
        String nanny = Catalogs.createItem(cm, care, "Nanny", 15000, 480);
        String hidden = Catalogs.createItem(cm, cleaning, "Hidden cleaning", 100, 60);
        staff(cm).when().post(STAFF + "/items/" + hidden + "/disable").then().statusCode(200);
        Catalogs.setItemColumn(dataSource, daily, "popularity", 50);
        Catalogs.setItemColumn(dataSource, kitchen, "popularity", 10);
        Catalogs.setItemColumn(dataSource, nanny, "popularity", 99);

        app(t).when().get(APP + "/items").then().statusCode(200)
                .body("items.id", contains(nanny, daily, kitchen)).body("total", equalTo(3));
        // keyword: a name in any language, or a tag
        app(t).queryParam("q", "厨房").when().get(APP + "/items").then().body("items.id", contains(kitchen));
        app(t).queryParam("q", "HOOD").when().get(APP + "/items").then().body("items.id", contains(kitchen));
        app(t).queryParam("q", "cleaning").when().get(APP + "/items").then().body("items.id", contains(daily));
        app(t).queryParam("q", "100%").when().get(APP + "/items").then().body("total", equalTo(0));
        // a category includes its subcategories
        app(t).queryParam("categoryId", cleaning).when().get(APP + "/items").then().body("items.id", containsInAnyOrder(daily, kitchen));
        app(t).queryParam("categoryId", deep).when().get(APP + "/items").then().body("items.id", contains(kitchen));
        // ranges and sort by price
        app(t).queryParam("minDuration", 120).queryParam("maxDuration", 240).queryParam("sort", "price_desc")
                .when().get(APP + "/items").then().body("items.id", contains(kitchen, daily));
        app(t).queryParam("minPrice", 10000).queryParam("sort", "price_asc").when().get(APP + "/items").then()
                .body("items.id", contains(nanny, kitchen)).body("items.priceFen", contains(15000, 30000));
        // pages carry the total
        app(t).queryParam("sort", "price_asc").queryParam("size", 2).queryParam("page", 1).when().get(APP + "/items").then()
                .body("items.id", contains(kitchen)).body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2));
        // a disabled category hides its subtree
        staff(cm).when().post(STAFF + "/categories/" + cleaning + "/disable").then().statusCode(200);
        app(t).when().get(APP + "/items").then().body("items.id", contains(nanny));
        app(t).when().get(APP + "/items/" + kitchen).then().statusCode(404);
        app(t).when().get(APP + "/items/" + hidden).then().statusCode(404);

        app(t).queryParam("sort", "cheapest").when().get(APP + "/items").then().statusCode(400)
                .body("code", equalTo("catalog-sort-unknown"));
        app(t).queryParam("size", 500).when().get(APP + "/items").then().statusCode(400);
        app(t).queryParam("minPrice", 10).queryParam("maxPrice", 5).when().get(APP + "/items").then().statusCode(422);
    }

    @Test
    void packagesShowTheirItemsInTheCustomersLanguageWhileValid() {
        Tenants.Created t = Tenants.createCompany();
        String cm = Catalogs.manager(t);
        String cat = Catalogs.category(cm, "cleaning", null);
        String item = Catalogs.createItem(cm, cat, "Daily cleaning", 5000, 120);
        String pkg = Catalogs.createPackage(cm, Catalogs.pkg("basic-2h", item, 2, 9900));
        Map<String, Object> expired = Catalogs.pkg("old", item, 1, 100);
        expired.put("validUntil", "2020-01-01");
        Catalogs.createPackage(cm, expired);
        Map<String, Object> off = Catalogs.pkg("off", item, 1, 100);
        off.put("enabled", false);
        Catalogs.createPackage(cm, off);

        app(t).header("Accept-Language", "en").when().get(APP + "/packages").then().statusCode(200)
                .body("code", contains("basic-2h")).body("[0].name", equalTo("2-hour basic clean"))
                .body("[0].items[0].name", equalTo("Daily cleaning")).body("[0].items[0].quantity", equalTo(2));
        app(t).when().get(APP + "/packages/" + pkg).then().statusCode(200).body("name", equalTo("两小时基础保洁"))
                .body("priceFen", equalTo(9900));
        // a package whose item customers cannot see is not offered
        staff(cm).when().post(STAFF + "/items/" + item + "/disable").then().statusCode(200);
        app(t).when().get(APP + "/packages").then().body("", hasSize(0));
        app(t).when().get(APP + "/packages/" + pkg).then().statusCode(404);
    }

    @Test
    void theTenantMustBeNamed() {
        io.restassured.RestAssured.given().when().get(APP + "/categories").then().statusCode(400)
                .body("code", equalTo("tenant-header-one"));
        io.restassured.RestAssured.given().header("X-Hearth-Tenant", "no-such-tenant").when().get(APP + "/categories")
                .then().statusCode(404);
    }
}
